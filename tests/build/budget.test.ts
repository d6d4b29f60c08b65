// Bundle budget (issue "Speed and resilience"): gzipped first load ≤ 40 KB (index.html + the JS/CSS
// it loads at once, not the worker or lazily imported chunks) and everything the service worker
// precaches ≤ 150 KB. Reads dist/, so it is not part of the unit run (vite.config.ts: the unit run
// scans tests/unit): `npm test` runs it after its build (`npm run test:budget:built`), and
// `npm run test:budget` builds first. A missing build fails; so does one older than the sources,
// unless BUDGET_FORCE=1 says the build was just made (a stale build says nothing about the
// current code). bench/bundle.ts does the measuring; `npm run bench` prints what each chunk is
// made of.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
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

/** Why dist/ cannot be checked, or null. */
function buildProblem(): string | null {
  if (!existsSync(join(dist, 'index.html'))) return 'dist/ is absent: run `npm run test:budget` (it builds first)';
  if (process.env.BUDGET_FORCE === '1') return null;
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const sources = Math.max(newest(resolve(root, 'src')), statSync(resolve(root, 'index.html')).mtimeMs, statSync(resolve(root, 'vite.config.ts')).mtimeMs);
  return sources > built ? 'dist/ is older than src/: run `npm run test:budget` (it builds first), or set BUDGET_FORCE=1 if it was just built' : null;
}

// no skipping here: this file runs only when a build is expected, so no build is a failure
const problem = buildProblem();
if (problem) throw new Error(`bundle budget: ${problem}`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('bundle budget (gzip)', () => {
  const sizes = measureBundle(dist);
  const list = (files: { path: string; gz: number }[]) => files.map((f) => `${f.path} ${kb(f.gz)}`).join(', ');

  test(`first load ≤ ${kb(BUDGET.firstLoadGz)}`, () => {
    // eslint-disable-next-line no-console
    console.log(`[budget] first load ${kb(sizes.firstLoadGz)} gz: ${list(sizes.firstLoad)}`);
    expect(sizes.firstLoad.some((f) => f.path.endsWith('.js')), 'index.html loads a script').toBe(true);
    expect(sizes.firstLoadGz, `first load ${kb(sizes.firstLoadGz)} gz (${list(sizes.firstLoad)})`).toBeLessThanOrEqual(ENFORCED.firstLoadGz);
  });

  test(`everything precached ≤ ${kb(ENFORCED.precacheGz)} (goal ${kb(BUDGET.precacheGz)}, not met yet)`, () => {
    // eslint-disable-next-line no-console
    console.log(`[budget] precache ${kb(sizes.precacheGz)} gz: ${list(sizes.precache)}`);
    expect(sizes.missing, 'precache entries missing from dist/').toEqual([]);
    expect(sizes.precache.length, 'dist/sw.js has a precache manifest').toBeGreaterThan(0);
    expect(sizes.precacheGz, `precache ${kb(sizes.precacheGz)} gz (${list(sizes.precache)})`).toBeLessThanOrEqual(ENFORCED.precacheGz);
  });

  test('the domain check is not precached (it asks DNS over the network; cached once used)', () => {
    const files = readdirSync(join(dist, 'assets')).filter((f) => /^(?:domaincheck|DomainCheck)-/.test(f));
    expect(files.some((f) => f.startsWith('domaincheck-')), "the worker's domaincheck-* chunk").toBe(true);
    expect(files.some((f) => f.startsWith('DomainCheck-')), "the page's DomainCheck-* chunk").toBe(true);
    expect(sizes!.precache.filter((f) => /(?:domaincheck|DomainCheck)-/.test(f.path)).map((f) => f.path)).toEqual([]);
  });
});

// What each reader downloads (issue 14): the worker and the page's chunks hold no Japanese text
// (those live in lang-ja-* chunks, loaded only by a Japanese page); the page's chunks hold none of
// the engines' explanations (rendered in the worker, they reach the page as text).
describe('words in the built chunks', () => {
  let langChunks: string[] = [];
  let others: string[] = [];
  let worker: string[] = [];
  let page: string[] = [];
  let text = new Map<string, string>();
  let japanese: string[] = [];
  let engineEnglish: string[] = [];
  let pageOwn: Record<string, string> = {};
  beforeAll(async () => {
    const { ja: jaCatalogue } = await import('../../src/lib/findings/ja/index.ts');
    const { ja: jaDictionary } = await import('../../src/lib/i18n/ja.ts');
    const { en: enCatalogue } = await import('../../src/lib/findings/en/index.ts');
    const { pageEn } = await import('../../src/lib/findings/en/page.ts');
    pageOwn = pageEn;
    const assets = join(dist, 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    langChunks = js.filter((f) => f.startsWith('lang-ja-'));
    others = js.filter((f) => !f.startsWith('lang-ja-'));
    worker = others.filter((f) => f.startsWith('analyzer.worker-'));
    page = others.filter((f) => !f.startsWith('analyzer.worker-'));
    text = new Map(js.map((f) => [f, readFileSync(join(assets, f), 'utf8')]));
    // texts long enough to be sentences (short ones such as "pass" or "SPF" may be shared)
    japanese = [...new Set([...Object.values(jaCatalogue), ...Object.values(jaDictionary)])].filter((s) => s.length >= 12 && /[\u3040-\u30ff\u4e00-\u9fff]/u.test(s));
    // the page's own areas (a shared link's comparison runs in the worker: the page parses no
    // Authentication-Results field)
    const pageCodes = new Set(Object.keys(pageEn));
    const pageTexts = new Set(Object.entries(enCatalogue).flatMap(([k, v]) => (pageCodes.has(k) ? [v] : [])));
    engineEnglish = Object.entries(enCatalogue)
      .filter(([k, v]) => !pageCodes.has(k) && !pageTexts.has(v) && v.length >= 40)
      .map(([, v]) => v);
  });

  test('the Japanese texts are in lang-ja chunks of their own', () => {
    expect(langChunks.length).toBeGreaterThanOrEqual(3);
    expect(worker.length).toBe(1);
    const found = langChunks.flatMap((f) => japanese.filter((s) => text.get(f)!.includes(s)));
    expect(found.length).toBeGreaterThan(japanese.length / 2);
  });

  test('no other chunk (the worker, the page) holds a Japanese text', () => {
    const found = others.flatMap((f) => japanese.filter((s) => text.get(f)!.includes(s)).map((s) => `${f}: ${s.slice(0, 60)}`));
    expect(found).toEqual([]);
  });

  test("the page's precached chunks hold none of its own catalogue's texts either (the worker sends them)", () => {
    const own = Object.values(pageOwn).filter((v) => v.length >= 40);
    expect(own.length).toBeGreaterThan(50);
    expect(worker.some((f) => own.filter((s) => text.get(f)!.includes(s)).length > own.length / 2)).toBe(true);
    // the domain check's chunk keeps its form's words (it opens before the worker answers; not precached)
    const found = page.filter((f) => !f.startsWith('DomainCheck-')).flatMap((f) => own.filter((s) => text.get(f)!.includes(s)).map((s) => `${f}: ${s.slice(0, 60)}`));
    expect(found.slice(0, 10)).toEqual([]);
  });

  test("the page's chunks hold none of the engines' explanations", () => {
    expect(engineEnglish.length).toBeGreaterThan(300);
    expect(worker.some((f) => engineEnglish.filter((s) => text.get(f)!.includes(s)).length > engineEnglish.length / 2)).toBe(true);
    const found = page.flatMap((f) => engineEnglish.filter((s) => text.get(f)!.includes(s)).map((s) => `${f}: ${s.slice(0, 60)}`));
    expect(found.slice(0, 10)).toEqual([]);
  });
});

// V8's compile hint (vite.config.ts compileHints): the page's chunks are compiled while they
// stream in, not function by function inside the first render tasks; texts and the domain check are not.
describe('compile hints', () => {
  test('every page chunk but the texts and the domain check starts with the hint; the worker does not need it', async () => {
    const { COMPILE_HINT } = await import('../../vite.config.ts');
    const assets = join(dist, 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const hinted = (f: string) => readFileSync(join(assets, f), 'utf8').startsWith(`${COMPILE_HINT}\n`);
    const skipped = (f: string) => /^(?:lang-ja|DomainCheck|domaincheck|analyzer\.worker)-/.test(f);
    expect(js.filter((f) => !skipped(f) && !hinted(f))).toEqual([]);
    expect(js.filter((f) => skipped(f) && hinted(f))).toEqual([]);
    expect(js.some((f) => f.startsWith('Results-') && hinted(f))).toBe(true);
    // the entry too (its preamble is added late in the build)
    const entry = /src="\.\/assets\/(index-[\w-]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
    expect(entry && hinted(entry)).toBe(true);
  });
});
