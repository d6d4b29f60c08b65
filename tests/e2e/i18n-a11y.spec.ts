import { test, expect, appUrl, readSample, SAMPLES } from './helpers.ts';
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
