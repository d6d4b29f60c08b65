import { test, expect, appUrl, pasteAndAnalyze, readSample, readZone, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';
import { mergeZones } from '../support/doh-server.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

test('the live check sees the SES fix missing, then published after the zone changes', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const fix = page.locator('[data-problem="spf-alignment"]');
  await expect(fix).toBeVisible();
  await page.getByTestId('check-dns').click();
  const mx = fix.getByTestId('fix-record').filter({ hasText: 'feedback-smtp' });
  const txt = fix.getByTestId('fix-record').filter({ hasText: 'include:amazonses.com' });
  await expect(mx).toContainText(/missing/);
  await expect(txt).toContainText(/missing/);

  // the user publishes the records: the fixture now serves the after-fix zone
  doh.setZone(mergeZones(readZone(SAMPLES.beforeZone), readZone(SAMPLES.afterZone)));
  await page.getByTestId('check-dns').click();
  await expect(mx).toContainText(/published/);
  await expect(txt).toContainText(/published/);
  // everything published: the page says what to do next
  await expect(page.getByTestId('all-published').first()).toContainText('send a new message');
});

test('a language switch keeps the live check made, in the new language, without asking DNS again', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const fix = page.locator('[data-problem="spf-alignment"]');
  await page.getByTestId('check-dns').click();
  const mx = fix.getByTestId('fix-record').filter({ hasText: 'feedback-smtp' });
  await expect(mx).toContainText(/missing/);
  const asked = doh.requests.length;
  await page.getByLabel(/言語|Language/).selectOption('ja');
  await expect(fix).toContainText('Amazon SES のカスタム MAIL FROM ドメイン');
  await expect(mx).toContainText('未公開');
  expect(doh.requests.length).toBe(asked);
});
