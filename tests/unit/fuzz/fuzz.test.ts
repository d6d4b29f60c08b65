// Generated inputs for every parser of hostile input: no exception, the documented shape, and
// at most 50 ms per input (<= 64 KB). The long run is bench/fuzz.ts (same targets, more runs).
// The seed is fixed (tests/support/fast-check-seed.ts); FUZZ_SEED=<n> picks another one.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { TEST_PROFILE } from './gen.ts';
import { targetProperty, warmUp } from './harness.ts';
import { TEST_RUN_CAPS } from './known.ts';
import { TARGETS } from './targets.ts';

/** Runs per target: modest, so that the fuzz suite stays well under 20 s on 2 cores. */
const RUNS: Record<string, number> = { decodeShare: 1000, previewRedaction: 1500, normaliseInput: 1500, parseAuthResults: 1500, parseReceived: 1500 };
const DEFAULT_RUNS = 2000;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe('fuzz: generated inputs', () => {
  for (const t of TARGETS) {
    const numRuns = RUNS[t.name] ?? DEFAULT_RUNS;
    const profile = { ...TEST_PROFILE, maxRun: Math.min(TEST_PROFILE.maxRun, TEST_RUN_CAPS[t.name] ?? Infinity) };
    it(`${t.name}: ${numRuns} runs (${t.covers})`, async () => {
      await warmUp(t, profile);
      await fc.assert(targetProperty(t, profile), { numRuns, ...(seed !== undefined ? { seed } : {}) });
    });
  }
});
