import { test, expect, appUrl, readSample, SAMPLES, pasteAndAnalyze, watchWorkers } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

test('the language follows the browser, can be switched, and the switch is remembered', async ({ browser, doh }) => {
  const ctx = await browser.newContext({ locale: 'ja-JP' });
  const page = await ctx.newPage();
  await page.goto(appUrl(doh));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByTestId('analyze')).toHaveText('解析');
  await page.getByLabel(/言語|Language/).selectOption('en');
  await expect(page.getByTestId('analyze')).toHaveText('Analyze');
  await page.reload();
  await expect(page.getByTestId('analyze')).toHaveText('Analyze');
  await ctx.close();
});

test('switching language renders the same report again: no new analysis, no DNS query', async ({ page, doh }) => {
  const traffic = await watchWorkers(page);
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('DMARC pass');
  await expect(page.locator('#results')).toContainText('Custom MAIL FROM domain mail.example.jp for Amazon SES');
  const asked = doh.requests.length;
  expect(asked).toBeGreaterThan(0);
  const lang = page.getByLabel(/言語|Language/);
  await lang.selectOption('ja');
  await expect(page.locator('#results')).toContainText('Amazon SES のカスタム MAIL FROM ドメイン mail.example.jp');
  await expect(verdict).toContainText('DMARC pass');
  await lang.selectOption('en');
  await expect(page.locator('#results')).toContainText('Custom MAIL FROM domain mail.example.jp for Amazon SES');
  // the same analysis, put into words twice more: one analysis, two re-renders, no DNS query
  expect(doh.requests.length).toBe(asked);
  const sent = (await traffic()).sent.map((m) => m.type);
  expect(sent.filter((t) => t === 'analyze')).toHaveLength(1);
  expect(sent.filter((t) => t === 'rerender')).toHaveLength(2);
});

test('the whole analysis works from the keyboard alone', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  const text = readSample(SAMPLES.before);
  // Tab until the text area has focus
  for (let i = 0; i < 20 && !(await page.getByTestId('source').evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('source')).toBeFocused();
  await page.getByTestId('source').fill(text);
  for (let i = 0; i < 5 && !(await page.getByTestId('analyze').evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('analyze')).toBeFocused();
  // the focus ring is visible
  const outline = await page.getByTestId('analyze').evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  // verdicts carry text, not colour alone
  await expect(page.locator('[data-step="spf-alignment"] .badge')).toHaveText(/\S/);
});
