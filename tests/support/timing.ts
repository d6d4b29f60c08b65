// Wall-clock bounds measure the machine as much as the code: on a loaded 2-core box a linear
// parser can miss a 50 ms bound. Under vitest they are asserted only with TIMING=1
// (`npm run test:timing`, on an idle machine); outside vitest (bench/) always. Without it the
// inputs still run to the end, so a hang still fails on vitest's timeout and every result check
// still applies. No vitest import: bench/fuzz.ts uses this through the fuzz harness.

export const TIMING = process.env.TIMING === '1' || !process.env.VITEST;

export function expectWithin(ms: number, boundMs: number, what = 'elapsed'): void {
  if (TIMING && !(ms < boundMs)) throw new Error(`${what}: ${ms.toFixed(1)} ms, over the ${boundMs} ms bound`);
}
