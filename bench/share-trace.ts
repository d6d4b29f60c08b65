// Explains the long main-thread tasks of a shared link to the SES analysis (what Lighthouse's
// TBT counts): a source-mapped build, the page opened with the CPU slowed 4× (Lighthouse mobile),
// a Chromium trace from navigation to 3 s after the verdict, each task ≥ 50 ms by its parts and
// the JS functions that ran in it. npx tsx bench/share-trace.ts [--dist DIR] (EMPTY=1: the page
// without a shared link, for comparison; CPU_SLOWDOWN=n, TOP=n lines per task, MIN_MS=n: the shortest task shown, 30 by default; PARTS=n parts per task, TRACE_OUT=file: keep the raw trace)
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { startDohServer } from '../tests/support/doh-server.ts';
import { sharedPath } from '../tests/support/shared.ts';
import { SES, sesZone } from './corpus.ts';
import { buildApp, startPreview } from './preview.ts';
import { builtSourceResolver } from './attribution.ts';
import { explainLongTasks, jsHotspots, TRACE_CATEGORIES, type CpuProfile } from './trace.ts';
import { AnalysisSession } from '../src/lib/report/session.ts';
import { encodeShare, buildShareUrl, headersOnly, senderView } from '../src/lib/share/index.ts';

const i = process.argv.indexOf('--dist');
const dist = i > 0 ? process.argv[i + 1]! : buildApp(undefined, ['--sourcemap']);
const slow = Number(process.env.CPU_SLOWDOWN ?? 4);
const preview = await startPreview(dist);
const doh = await startDohServer({ zones: sesZone('before') });
const source = readFileSync(sharedPath(SES.before), 'utf8');
const report = await new AnalysisSession({ endpoints: [doh.url], format: 'json' }).analyze(source, { lang: 'en' });
const fragment = await encodeShare({ v: 2, source: headersOnly(source), options: { lang: 'en' }, sender: senderView(report) });
const u = new URL(preview.url);
u.searchParams.set('doh', doh.url);
const link = process.env.EMPTY ? u.toString() : buildShareUrl(u.toString(), fragment);
const browser = await chromium.launch({ ...(config.use?.launchOptions ?? {}), executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow });
  await page.addInitScript(() => console.timeStamp('bench:change'));
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(link);
  await (process.env.EMPTY ? page.getByTestId('source') : page.getByTestId('redact-local')).waitFor({ timeout: 60_000 }).catch(() => {});
  const tv = Date.now() - t0;
  await page.waitForTimeout(3000);
  await page.evaluate(() => console.timeStamp('bench:verdict'));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const trace = (await browser.stopTracing()).toString('utf8');
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, trace);
  // every task from the navigation on: use the first marker's time minus the page load
  const ex = explainLongTasks(trace, Number(process.env.MIN_MS ?? 30), 0, 'bench:change', 'bench:verdict');
  const resolve = builtSourceResolver(dist);
  const hot = jsHotspots(profile, ex.tasks, ex.zeroUs, resolve, Number(process.env.TOP ?? 8));
  console.log(`CPU ×${slow}; share section after ${tv} ms; tasks ≥ ${process.env.MIN_MS ?? 30} ms: ${ex.tasks.length}; TBT-like sum(d-50) = ${ex.tasks.reduce((s, t) => s + Math.max(0, t.durationMs - 50), 0).toFixed(0)} ms`);
  ex.tasks.forEach((t, k) => {
    console.log(`\n#${k} at ${t.startMs.toFixed(0)} ms: ${t.durationMs.toFixed(1)} ms — ${t.parts.slice(0, Number(process.env.PARTS ?? 6)).map((p) => `${p.what} ${p.selfMs.toFixed(1)}`).join('; ')}`);
    for (const h of hot[k] ?? []) console.log(`    ${h}`);
  });
} finally {
  await browser.close();
  await preview.close();
  await doh.close();
}
