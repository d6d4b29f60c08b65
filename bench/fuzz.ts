// Long fuzz run over every parser of hostile input (the targets of tests/unit/fuzz).
//   npx tsx bench/fuzz.ts [--runs N] [--seed N] [--only name,name] [--no-long]
// Prints one row per target (generated inputs) and per target's ~100 KB adversarial pass, the
// total, and the first failures (each names its input; rerun with the same --seed to reproduce).
import { pathToFileURL } from 'node:url';
import { BENCH_PROFILE } from '../tests/unit/fuzz/gen.ts';
import { runCounted, runLong, TIME_BOUND_MS, LONG_TIME_BOUND_MS, type TargetReport } from '../tests/unit/fuzz/harness.ts';
import { TARGETS } from '../tests/unit/fuzz/targets.ts';
import { KNOWN_ISSUES } from '../tests/unit/fuzz/known.ts';

export const DEFAULT_SEED = 0x5eed;
/** Enough runs per target for at least 100,000 generated inputs in all. */
export const DEFAULT_RUNS = Math.ceil(100_000 / TARGETS.length / 1000) * 1000;

export interface FuzzOptions {
  runsPerTarget: number;
  /** fast-check seed of the first target (target i uses seed + i); fixed by default */
  seed?: number;
  /** also feed each target the ~100 KB adversarial strings (default true) */
  long?: boolean;
  /** only the targets with these names */
  only?: string[];
  /** called as each row is done (progress) */
  onRow?: (row: TargetReport) => void;
}

export type FuzzRow = { target: string; runs: number; failures: number; maxMs: number; examples: string[]; seconds: number };

export async function runFuzz(opts: FuzzOptions): Promise<FuzzRow[]> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const targets = TARGETS.filter((t) => !opts.only || opts.only.includes(t.name));
  const rows: FuzzRow[] = [];
  for (const [i, t] of targets.entries()) {
    const row = await runCounted(t, opts.runsPerTarget, seed + TARGETS.indexOf(t), BENCH_PROFILE);
    rows.push(row);
    opts.onRow?.(row);
    void i;
  }
  if (opts.long !== false) {
    for (const t of targets) {
      const row = await runLong(t);
      rows.push(row);
      opts.onRow?.(row);
    }
  }
  return rows;
}

function parseArgs(argv: string[]): FuzzOptions {
  const opts: FuzzOptions = { runsPerTarget: DEFAULT_RUNS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') opts.runsPerTarget = Number(next());
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--only') opts.only = next().split(',');
    else if (a === '--no-long') opts.long = false;
    else throw new Error(`unknown argument ${a} (use --runs N, --seed N, --only a,b, --no-long)`);
  }
  if (!Number.isInteger(opts.runsPerTarget) || opts.runsPerTarget < 1) throw new Error('--runs must be a positive integer');
  if (opts.seed !== undefined && !Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const seed = opts.seed ?? DEFAULT_SEED;
  const w = Math.max(...TARGETS.map((t) => t.name.length)) + 16;
  const line = (a: string, b: string, c: string, d: string, e: string) => `${a.padEnd(w)} ${b.padStart(8)} ${c.padStart(9)} ${d.padStart(9)} ${e.padStart(8)}`;
  console.log(`fuzz: ${opts.runsPerTarget} runs per target, seed ${seed}; bound ${TIME_BOUND_MS} ms per input (<= 64 KB), ${LONG_TIME_BOUND_MS} ms per 100 KB adversarial input`);
  console.log(line('target', 'runs', 'failures', 'max ms', 'time s'));
  const t0 = performance.now();
  const rows = await runFuzz({ ...opts, onRow: (r) => console.log(line(r.target, String(r.runs), String(r.failures), r.maxMs.toFixed(1), r.seconds.toFixed(1))) });
  const generated = rows.filter((r) => !r.target.includes('['));
  const sum = (rs: FuzzRow[], k: 'runs' | 'failures') => rs.reduce((n, r) => n + r[k], 0);
  console.log(line('TOTAL', String(sum(rows, 'runs')), String(sum(rows, 'failures')), Math.max(...rows.map((r) => r.maxMs)).toFixed(1), rows.reduce((n, r) => n + r.seconds, 0).toFixed(1)));
  console.log(`generated inputs: ${sum(generated, 'runs')} (${sum(generated, 'failures')} failures); adversarial inputs: ${sum(rows, 'runs') - sum(generated, 'runs')}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const r of rows.filter((x) => x.failures > 0)) {
    console.log(`\n${r.target}: ${r.failures} failure(s); first ones:`);
    for (const e of r.examples) console.log(`  - ${e.length > 600 ? `${e.slice(0, 600)}…` : e}`);
  }
  const failing = new Set(rows.filter((r) => r.failures > 0).map((r) => r.target.replace(/ \[.*$/, '')));
  const known = KNOWN_ISSUES.filter((k) => failing.has(k.target));
  if (known.length > 0) {
    console.log('\nknown issues in src/lib/message (tests/unit/fuzz/known.ts), reported, not fixed here:');
    for (const k of known) console.log(`  - ${k.target}: ${k.where}\n    ${k.reproducer} takes ${k.observed}`);
  }
  if (sum(rows, 'failures') > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  });
}
