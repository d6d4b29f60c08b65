// Runs fuzz targets: one input at a time (timed, then checked), a fast-check property for the test
// run, a counting run for the bench, and the long-adversarial-string pass. No vitest import.
import fc from 'fast-check';
import type { AnyTarget } from './targets.ts';
import type { Profile } from './gen.ts';
import { TIMING } from '../../support/timing.ts';

/** Per-input time bound for inputs up to MAX_BOUNDED_SIZE (characters or bytes). */
export const TIME_BOUND_MS = 50;
export const MAX_BOUNDED_SIZE = 64 * 1024;
/** Bound for one ~100 KB adversarial input: linear code takes a few ms, super-linear code seconds. */
export const LONG_TIME_BOUND_MS = 250;
export const LONG_LENGTH = 100 * 1024;

/** Larger generated inputs (e.g. several Received values together) get a proportional bound. */
export function boundFor(size: number): number {
  return size <= MAX_BOUNDED_SIZE ? TIME_BOUND_MS : (TIME_BOUND_MS * size) / MAX_BOUNDED_SIZE;
}

export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
  constructor(
    message: string,
    /** the measured time, when the failure is the time bound */
    readonly ms?: number,
  ) {
    super(message);
  }
}

function describe(t: AnyTarget, input: unknown): string {
  try {
    return t.show ? t.show(input) : JSON.stringify(typeof input === 'string' ? input.slice(0, 200) : input)?.slice(0, 300) ?? String(input);
  } catch {
    return String(input);
  }
}

async function timed(t: AnyTarget, input: unknown): Promise<{ ms: number; out: unknown }> {
  const t0 = performance.now();
  let out = t.exec(input);
  if (out instanceof Promise) out = await out;
  return { ms: performance.now() - t0, out };
}

/**
 * One input: the call is timed; when it is over the bound (but not far over) it is run twice
 * more and the fastest time counts (a GC pause or a busy machine is not a super-linear parser).
 * Then the result is checked. Resolves to the time; rejects with a FuzzFailure naming the input.
 */
export async function runOne(t: AnyTarget, input: unknown, bound = boundFor(t.size(input))): Promise<number> {
  let first: { ms: number; out: unknown };
  try {
    first = await timed(t, input);
  } catch (e) {
    throw new FuzzFailure(`${t.name} threw on ${describe(t, input)}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  let ms = first.ms;
  if (ms <= 10 * bound) for (let retry = 0; retry < 2 && ms > bound; retry++) ms = Math.min(ms, (await timed(t, input)).ms);
  if (ms > bound && TIMING) throw new FuzzFailure(`${t.name} took ${ms.toFixed(1)} ms (bound ${bound.toFixed(0)} ms) on ${describe(t, input)} (size ${t.size(input)})`, ms);
  try {
    t.check(input, first.out);
  } catch (e) {
    throw new FuzzFailure(`${t.name}: ${e instanceof Error ? e.message : String(e)} — input ${describe(t, input)}`);
  }
  return ms;
}

/** Untimed calls before timing, so that the first timed input does not pay for compiling the code. */
export async function warmUp(t: AnyTarget, profile: Profile): Promise<void> {
  for (const input of [...t.long('warm up; a=b (c) "d" <e@f.example>'), ...fc.sample(t.arb(profile), { numRuns: 30, seed: 1 })]) {
    try {
      await t.exec(input);
    } catch {
      /* failures are for the timed runs to report */
    }
  }
}

/** The fast-check property of a target (shrinks to a minimal failing input). Call warmUp first. */
export function targetProperty(t: AnyTarget, profile: Profile, stats?: { maxMs: number }): fc.IAsyncPropertyWithHooks<[unknown]> {
  return fc.asyncProperty(t.arb(profile), async (input) => {
    const ms = await runOne(t, input);
    if (stats && ms > stats.maxMs) stats.maxMs = ms;
  });
}

export interface TargetReport {
  target: string;
  runs: number;
  failures: number;
  /** slowest input, failing ones included */
  maxMs: number;
  /** the first few failures, for the report */
  examples: string[];
  /** wall time of the whole row */
  seconds: number;
}

/** Counting run (no shrinking): every failure is counted, the first few are kept. */
export async function runCounted(t: AnyTarget, runs: number, seed: number, profile: Profile): Promise<TargetReport> {
  const t0 = performance.now();
  const rep: TargetReport = { target: t.name, runs: 0, failures: 0, maxMs: 0, examples: [], seconds: 0 };
  await warmUp(t, profile);
  await fc.check(
    fc.asyncProperty(t.arb(profile), async (input) => {
      rep.runs++;
      try {
        rep.maxMs = Math.max(rep.maxMs, await runOne(t, input));
      } catch (e) {
        rep.failures++;
        if (e instanceof FuzzFailure && e.ms !== undefined) rep.maxMs = Math.max(rep.maxMs, e.ms);
        if (rep.examples.length < 3) rep.examples.push(e instanceof Error ? e.message : String(e));
      }
      return true;
    }),
    { numRuns: runs, seed },
  );
  rep.seconds = (performance.now() - t0) / 1000;
  return rep;
}

const PIECES = [
  ' ', '\t', '\r\n ', '\n', '\r', '(', ')', '"', '\\', '%', '%{', ';', '=', ':', '.', '/', '@', '<', '[', 'a', '1', '-', ',',
  'a.', '1.', 'a@', '=?', '//1', '(a', '(a)', 'i=1;', '\u00e9', '\u0000',
];

/**
 * ~100 KB strings a backtracking regex or a rescanning loop chokes on: a run of one piece
 * followed by a character outside it (the `X+$` and `X+Y` failure cases) and, unless
 * `terminatedOnly`, the bare run too.
 */
export function longStrings(opts: { length?: number; terminatedOnly?: boolean } = {}): { label: string; text: string }[] {
  const length = opts.length ?? LONG_LENGTH;
  const out: { label: string; text: string }[] = [];
  for (const p of PIECES) {
    const run = p.repeat(Math.ceil(length / p.length));
    const end = p.includes('x') ? '!' : 'x';
    if (!opts.terminatedOnly) out.push({ label: `${JSON.stringify(p)} x ${run.length}`, text: run });
    out.push({ label: `${JSON.stringify(p)} x ${run.length} + ${JSON.stringify(end)}`, text: run + end });
  }
  return out;
}

/** Every long string, embedded as the target embeds it, once; bounded by LONG_TIME_BOUND_MS. */
export async function runLong(t: AnyTarget, strings = longStrings()): Promise<TargetReport> {
  const t0 = performance.now();
  const rep: TargetReport = { target: `${t.name} [${Math.round(LONG_LENGTH / 1024)} KB runs]`, runs: 0, failures: 0, maxMs: 0, examples: [], seconds: 0 };
  for (const input of t.long('warm up')) {
    try {
      await t.exec(input);
    } catch {
      /* reported by the timed run */
    }
  }
  for (const { label, text } of strings) {
    for (const input of t.long(text)) {
      rep.runs++;
      try {
        rep.maxMs = Math.max(rep.maxMs, await runOne(t, input, LONG_TIME_BOUND_MS));
      } catch (e) {
        rep.failures++;
        if (e instanceof FuzzFailure && e.ms !== undefined) rep.maxMs = Math.max(rep.maxMs, e.ms);
        if (rep.examples.length < 3) rep.examples.push(`[${label}] ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  rep.seconds = (performance.now() - t0) / 1000;
  return rep;
}
