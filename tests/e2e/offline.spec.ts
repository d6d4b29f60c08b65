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
