// "Check a domain": the domain check in the page against the DoH fixture (the SES "before" zone),
// then its shared link opened in a fresh page, in Japanese, and at phone width.
import { test, expect, appUrl } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), 'samples are missing');

test('checks a domain for Amazon SES, shows the records to publish, and its link re-runs the check', async ({ page, context, doh }) => {
  const foreign: string[] = [];
  const watch = (p: typeof page) =>
    p.on('request', (r) => {
      const u = r.url();
      // the page and the DoH fixture both live on 127.0.0.1: anything else is a request it must not make
      if (!/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1') foreign.push(u);
    });
  watch(page);
  await page.goto(appUrl(doh));
  await page.getByTestId('mode-domain').click();
  await page.getByTestId('domain-input').fill('https://Example.JP/');
  await page.getByTestId('domain-service').selectOption('amazon-ses');
  await page.getByTestId('domain-region').fill('ap-northeast-1');
  await page.getByTestId('domain-check').click();

  const results = page.getByTestId('domain-results');
  await expect(results.getByTestId('domain-heading')).toContainText('example.jp');
  const dmarc = results.locator('[data-step="domain-dmarc"]');
  await expect(dmarc).toContainText('_dmarc.example.jp');
  await expect(dmarc).toContainText('v=DMARC1; p=none; rua=mailto:dmarc@example.jp');
  await expect(results.locator('[data-step="domain-spf"]')).toContainText('v=spf1 include:amazonses.com ~all');

  // the fixes with the live check already done, the copy / zone-file export and "Check my DNS now"
  const fix = results.locator('[data-problem="spf-alignment"]');
  const mx = fix.getByTestId('fix-record').filter({ hasText: 'feedback-smtp.ap-northeast-1.amazonses.com' });
  await expect(mx).toContainText('mail.example.jp');
  await expect(mx).toContainText(/missing/);
  await expect(fix.getByTestId('fix-record').filter({ hasText: 'v=spf1 include:amazonses.com ~all' })).toContainText(/missing/);
  await expect(results.locator('[data-problem="dkim-alignment"]')).toContainText('<token1>._domainkey.example.jp');
  // each record that holds a placeholder says so beside its value
  await expect(results.locator('[data-problem="dkim-alignment"]').getByTestId('rec-placeholders').first()).toContainText('<token1>');
  // sources: links, and our reference's tags as kinds of evidence, never the reference file itself
  await expect(results.locator('[data-problem="dkim-alignment"]').getByTestId('fix-sources')).toContainText('the service’s documentation');
  await expect(results.getByTestId('fixes')).not.toContainText('esp-fixes');
  await expect(results.getByTestId('fixes').getByRole('button', { name: /zone file/i })).toBeVisible();
  await results.getByTestId('check-dns').click();
  await expect(mx).toContainText(/missing/);

  // the shareable link
  const link = await results.getByTestId('domain-share-url').inputValue();
  expect(link).toContain('#domain=example.jp&service=amazon-ses&region=ap-northeast-1');
  expect(page.url()).toBe(link);

  // opened in a fresh page, the link runs the check by itself; the share decoder does not object
  const other = await context.newPage();
  watch(other);
  await other.goto(link);
  const r2 = other.getByTestId('domain-results');
  await expect(r2.locator('[data-step="domain-dmarc"]')).toContainText('v=DMARC1; p=none');
  await expect(r2.locator('[data-problem="spf-alignment"]').getByTestId('fix-record').first()).toContainText('feedback-smtp.ap-northeast-1.amazonses.com');
  await expect(other.getByTestId('domain-service')).toHaveValue('amazon-ses');
  await expect(other.getByTestId('share-error')).toHaveCount(0);
  await expect(other.getByTestId('source')).toBeHidden();

  // Japanese: the steps are re-rendered in Japanese
  await other.locator('header select').selectOption('ja');
  await expect(r2.locator('[data-step="domain-dmarc"]')).toContainText('ポリシーは none です');
  await expect(other.getByTestId('domain-check')).toHaveText('ドメインを検査');

  expect(foreign).toEqual([]);
});

test('at 320 px nothing overflows sideways', async ({ page, doh }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(appUrl(doh, '#domain=example.jp&service=amazon-ses&region=ap-northeast-1'));
  await expect(page.getByTestId('domain-results').locator('[data-problem="spf-alignment"]')).toBeVisible();
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && getComputedStyle(e).position !== 'fixed' && !e.closest('.scroll'))
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
  );
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('back to the message view: the paste box is there and a domain link is not a shared analysis', async ({ page, doh }) => {
  await page.goto(appUrl(doh, '#domain=example.jp'));
  await expect(page.getByTestId('domain-results').locator('[data-step="domain-dmarc"]')).toContainText('_dmarc.example.jp');
  await expect(page.getByTestId('share-error')).toHaveCount(0);
  await page.getByTestId('mode-message').click();
  await expect(page.getByTestId('source')).toBeVisible();
  await expect(page.getByTestId('domain-results')).toHaveCount(0);
});

test('a language switch renders the same domain check again: no DNS query', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await page.getByTestId('mode-domain').click();
  await page.getByTestId('domain-input').fill('example.jp');
  await page.getByTestId('domain-service').selectOption('amazon-ses');
  await page.getByTestId('domain-region').fill('ap-northeast-1');
  await page.getByTestId('domain-check').click();
  const results = page.getByTestId('domain-results');
  const dmarc = results.locator('[data-step="domain-dmarc"]');
  await expect(dmarc).toContainText('DMARC record');
  const asked = doh.requests.length;
  expect(asked).toBeGreaterThan(0);
  await page.getByLabel(/言語|Language/).selectOption('ja');
  await expect(dmarc).toContainText('DMARC レコード');
  await expect(results.locator('[data-problem="spf-alignment"]')).toContainText('カスタム MAIL FROM');
  await page.getByLabel(/言語|Language/).selectOption('en');
  await expect(dmarc).toContainText('DMARC record');
  expect(doh.requests.length).toBe(asked);
});

test('the domain field: a named address is read for its domain; nothing typed, or a bad region, says so in the page language', async ({ browser, doh }) => {
  const ctx = await browser.newContext({ locale: 'ja-JP' });
  const page = await ctx.newPage();
  await page.goto(appUrl(doh));
  await page.getByTestId('mode-domain').click();
  // a named address: the domain inside the angle brackets
  await page.getByTestId('domain-input').fill('"Taro" <taro@example.jp>');
  await page.getByTestId('domain-check').click();
  await expect(page.getByTestId('domain-input')).toHaveValue('example.jp');
  await expect(page.getByTestId('domain-heading')).toContainText('example.jp');
  // a region of the wrong form: named, in Japanese
  await page.getByTestId('domain-region').fill('tokyo');
  await page.getByTestId('domain-check').click();
  await expect(page.locator('p.banner.bad[role="alert"]')).toContainText('"tokyo" はリージョン名ではありません');
  // nothing typed: a hint, and neither the earlier error nor a stale result stays
  await page.getByTestId('domain-region').fill('');
  await page.getByTestId('domain-input').fill('   ');
  await page.getByTestId('domain-check').click();
  await expect(page.locator('p.banner.bad[role="alert"]')).toContainText('検査するドメイン名');
  await expect(page.getByTestId('domain-heading')).toHaveCount(0);
  await ctx.close();
});
