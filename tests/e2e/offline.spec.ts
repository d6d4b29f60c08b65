import { test, expect, appUrl, pasteAndAnalyze, readSample, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

test('installs a service worker, then works offline with the receiver’s results labelled', async ({ page, context, doh }) => {
  await page.goto(appUrl(doh));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  // the manifest is linked and names the app
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBeTruthy();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('source')).toBeVisible();
  const before = doh.requests.length;
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText(/DMARC pass/);
  await expect(page.locator('#results')).toContainText(/Offline/);
  await expect(page.locator('[data-step="spf"]')).toContainText(/receiver/i);
  expect(doh.requests.length).toBe(before);

  // the connection returns: the analysis re-runs with DNS
  await context.setOffline(false);
  await expect(page.locator('[data-step="spf"]')).not.toContainText(/could not be recomputed/, { timeout: 20_000 });
  await expect.poll(() => doh.requests.length, { timeout: 20_000 }).toBeGreaterThan(before);
});

test('Japanese texts are not precached, yet a Japanese page works offline after its first visit', async ({ browser, doh }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(appUrl(doh));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  // the precache holds no Japanese chunk; the page put the ones it and the worker use in their cache
  const cached = () =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.replace(/.*\//, ''));
      return out;
    });
  await expect.poll(async () => (await cached())['lang-ja']?.length ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const all = await cached();
  const precache = Object.entries(all).filter(([k]) => k.includes('precache')).flatMap(([, v]) => v);
  expect(precache.length).toBeGreaterThan(5);
  expect(precache.filter((f) => f.startsWith('lang-ja-'))).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC');
  // the engines' words and the page's come out in Japanese, offline
  await expect(page.locator('#results')).toContainText('オフライン');
  await expect(page.getByTestId('verdict-why')).toContainText(/[\u3040-\u30ff]/);
  await context.close();
});
