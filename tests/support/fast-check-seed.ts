// Vitest setup: every fast-check property runs from a fixed seed, so a run is reproducible and a
// failure is the same on every machine. FUZZ_SEED=<n> explores another part of the input space
// (fast-check prints the seed and the shrunk input on failure).
import fc from 'fast-check';

export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261207;
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FUZZ_SEED });
