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
  // the page's dictionary and the worker's catalogue (the page's own findings texts come from the worker)
  await expect.poll(async () => (await cached())['lang-ja']?.length ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  const all = await cached();
  const precache = Object.entries(all)
    .filter(([k]) => k.includes('precache'))
    .flatMap(([, v]) => v);
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
  // and the page's own findings texts, which the worker sends it
  await expect(page.getByTestId('fix-importance').first()).toContainText(/[\u3040-\u30ff\u4e00-\u9fff]/);
  // the domain check was never opened, and is not precached: the page says so in Japanese
  await page.getByTestId('mode-domain').click();
  await expect(page.getByTestId('domain-unavailable')).toContainText('ドメイン検査を読み込めませんでした');
  await context.close();
});

test('the domain check is not precached: offline before its first use it says so; once used it opens offline', async ({ page, context, doh }) => {
  await page.goto(appUrl(doh));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  // a second visit: the page and its worker are under the service worker from their start
  await page.reload();
  const caches = () =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await window.caches.keys())
        out[name] = (await (await window.caches.open(name)).keys()).map((r) => new URL(r.url).pathname.replace(/.*\//, ''));
      return out;
    });
  const precache = Object.entries(await caches())
    .filter(([k]) => k.includes('precache'))
    .flatMap(([, v]) => v);
  expect(precache.length).toBeGreaterThan(5);
  expect(precache.filter((f) => /^(?:domaincheck|DomainCheck)-/.test(f))).toEqual([]);

  // offline, never opened: the page says the check cannot load, in words
  await context.setOffline(true);
  await page.getByTestId('mode-domain').click();
  await expect(page.getByTestId('domain-unavailable')).toContainText('The domain check could not be loaded');
  await expect(page.getByTestId('domain-input')).toHaveCount(0);
  // the connection returns: it loads
  await context.setOffline(false);
  await expect(page.getByTestId('domain-input')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('domain-unavailable')).toHaveCount(0);

  // the form was kept, the worker's part was not (it loads with the first check): offline, the check says so
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('mode-domain').click();
  await page.getByTestId('domain-input').fill('example.jp');
  await page.getByTestId('domain-check').click();
  await expect(page.getByTestId('domain-results').getByRole('alert')).toContainText('The domain check could not be loaded');

  // used once online, every part of it is kept
  await context.setOffline(false);
  await page.getByTestId('domain-check').click();
  await expect(page.getByTestId('domain-heading')).toContainText('example.jp', { timeout: 20_000 });
  await expect
    .poll(async () => ((await caches())['domain-check'] ?? []).map((f) => f.replace(/-.*\./, '.')).sort(), { timeout: 20_000 })
    .toEqual(['DomainCheck.js', 'domaincheck.js']);

  // offline again: the link opens it and it runs (its DNS queries fail, which it reports as such)
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('domain-input')).toHaveValue('example.jp');
  const results = page.getByTestId('domain-results');
  await expect(page.getByTestId('domain-heading').or(results.getByRole('alert'))).toBeVisible({ timeout: 20_000 });
  await expect(results).not.toContainText('could not be loaded');
  await expect(page.getByTestId('domain-unavailable')).toHaveCount(0);
});

test('a language switch while offline keeps the analysis that was made online (rendered again, not re-run without DNS)', async ({ browser, doh }) => {
  // a Japanese reader (the Japanese texts are loaded while online); English is built in
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const spf = page.locator('[data-step="spf"]');
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await expect(page.getByTestId('fixes')).toContainText('Amazon SES のカスタム MAIL FROM ドメイン mail.example.jp');
  const asked = doh.requests.length;
  await context.setOffline(true);
  await page.getByLabel(/言語|Language/).selectOption('en');
  // our own SPF evaluation, now in English: not the receiver's result an offline run falls back to
  await expect(spf).toContainText('54.240.27.10 is allowed to send mail for ap-northeast-1.amazonses.com');
  await expect(spf).not.toContainText('could not be recomputed');
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await expect(page.getByTestId('fixes')).toContainText('Custom MAIL FROM domain mail.example.jp for Amazon SES');
  expect(doh.requests.length).toBe(asked);
  await context.close();
});
