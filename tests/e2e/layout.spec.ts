// The page as people use it (issue 13): phones from 320 px, the first minute, offline honesty,
// and one short status for screen readers.
import type { Page } from '@playwright/test';
import { test, expect, appUrl, openEverything, pasteAndAnalyze, readSample, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');


/** what sticks out to the right of the viewport (for the failure message) */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > w + 0.5 && getComputedStyle(e).position !== 'fixed')
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}px: ${(e.textContent ?? '').slice(0, 60)}`);
  });

const cases = [320, 360, 390].flatMap((width) => (['en', 'ja'] as const).map((lang) => ({ width, lang })));

for (const { width, lang } of cases) {
  test(`no horizontal scrolling at ${width} px in ${lang}, every panel open`, async ({ browser, doh }) => {
    const ctx = await browser.newContext({ viewport: { width, height: 800 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    const page = await ctx.newPage();
    await page.goto(appUrl(doh));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await pasteAndAnalyze(page, readSample(SAMPLES.before));
    await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
    await expect(page.getByTestId('share')).toBeVisible();
    // the live check adds its expected / found lines
    await page.getByTestId('check-dns').click();
    await expect(page.getByTestId('fix-status').first()).toBeVisible();
    await openEverything(page);
    await expect(page.getByTestId('headers-table')).toBeVisible();
    await expect(page.getByTestId('dns-log')).toBeVisible();
    // panels off screen skip layout (content-visibility: auto) and clip what they hold: lay every
    // one out, so what would stick out when scrolled to is measured too
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('#results > *').forEach((e) => (e.style.contentVisibility = 'visible')));
    const m = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: innerWidth }));
    expect(m.scroll, (await overflowing(page)).join('\n')).toBeLessThanOrEqual(m.inner);
    // the hop picker is on screen, not in a column off to the right
    const pick = page.getByTestId('hops').getByRole('button').first();
    const box = await pick.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    await ctx.close();
  });
}

test('a long headline badge wraps at 320 px (ja, no DMARC policy)', async ({ browser, doh }) => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'ja-JP' });
  const page = await ctx.newPage();
  await page.goto(appUrl(doh));
  const msg = ['From: Someone <someone@no-dmarc-here.example>', 'To: a@b.example', 'Subject: x', 'Date: Sat, 18 May 2024 05:22:57 +0000', '', 'body', ''].join('\r\n');
  await pasteAndAnalyze(page, msg);
  const badge = page.getByTestId('verdict').locator('h2 .badge');
  await expect(badge).toContainText('適用される DMARC ポリシーはありません');
  const m = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: innerWidth }));
  expect(m.scroll, (await overflowing(page)).join('\n')).toBeLessThanOrEqual(m.inner);
  await ctx.close();
});

test('each fix record is a card: type, name, value on their own lines, Copy after its label', async ({ page, doh }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const mx = page.getByTestId('fix-record').filter({ hasText: 'feedback-smtp' });
  await expect(mx).toBeVisible();
  const name = await mx.locator('code').first().boundingBox();
  const value = await mx.locator('code').nth(1).boundingBox();
  expect(value!.y).toBeGreaterThan(name!.y + name!.height - 1);
  // the long exchange name keeps whole lines: no one-character-per-line column
  expect(value!.width).toBeGreaterThan(200);
  // the Copy button sits with the Value label, before the value it copies
  const copy = await mx.getByRole('button', { name: /Copy/ }).boundingBox();
  expect(copy!.y).toBeLessThan(value!.y);
  // the zone-file and table buttons carry their own words
  await expect(page.getByRole('button', { name: 'Copy all as a zone file' })).toBeVisible();
});

test('the summary shows result and alignment apart, why, and the fix drawn as advice', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const v = page.getByTestId('verdict');
  await expect(v).toContainText('テストメール');
  await expect(v).toContainText('info@example.jp → someone@gmail.com');
  const spf = page.getByTestId('tile-spf');
  await expect(spf.locator('.badge.good')).toContainText('pass');
  await expect(spf.locator('.badge.warn')).toContainText('not aligned');
  await expect(page.getByTestId('tile-dkim').locator('.badge.good').first()).toContainText('pass');
  await expect(page.getByTestId('tile-dmarc')).toContainText('aligned via DKIM');
  await expect(page.getByTestId('verdict-why')).toContainText('ap-northeast-1.amazonses.com');
  // DMARC passes: the SES fix is advice, not a failure
  await expect(v.locator('.primary-fix.advice')).toContainText('Recommended');
  await expect(v.locator('.primary-fix.required')).toHaveCount(0);
  await expect(v.getByTestId('verdict-record')).toHaveCount(2);
  await v.getByTestId('verdict-check').click();
  await expect(v.getByTestId('verdict-record').filter({ hasText: 'feedback-smtp' })).toContainText(/missing/);
  // plain words, no diff notation
  await expect(v.getByTestId('fix-status').first()).toContainText('Expected');
  await expect(v.getByTestId('fix-status').first()).not.toContainText(/^- |\n- |\n\+ /);
});

test('an empty paste and a body-only paste give a hint, not a report', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await page.getByTestId('analyze').click();
  await expect(page.getByTestId('hint')).toContainText('Nothing to analyse');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('share')).toHaveCount(0);
  await pasteAndAnalyze(page, 'Hi Taro,\n\nthe invoice is attached. Thanks!\n\nHanako\n');
  await expect(page.getByTestId('hint')).toContainText('No header fields');
  await expect(page.getByTestId('hint').getByTestId('source-help')).toContainText('Gmail');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('share')).toHaveCount(0);
  // a real message afterwards gives the report and no hint
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await expect(page.getByTestId('hint')).toHaveCount(0);
});

test('"Try a sample" analyses the SES sample against its own DNS snapshot, and says so', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  const before = doh.requests.length;
  await page.getByTestId('sample').click();
  await expect(page.getByTestId('source')).toHaveValue(/amazonses\.com/);
  await expect(page.getByTestId('sample-note')).toContainText('example.jp');
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await expect(page.getByTestId('tile-spf').locator('.badge.warn')).toContainText('not aligned');
  await expect(page.getByTestId('verdict-advice')).toContainText('Custom MAIL FROM domain mail.example.jp');
  // the snapshot holds the reverse DNS the Received line shows: no false "no PTR record"
  await expect(page.getByTestId('requirements').locator('[data-req="ptr-fcrdns"]')).toHaveAttribute('data-status', 'met');
  expect(doh.requests.length).toBe(before);
  // editing the text leaves the sample: the note goes
  await page.getByTestId('source').press('End');
  await page.getByTestId('source').type(' ');
  await expect(page.getByTestId('sample-note')).toHaveCount(0);
});

test('the How do I get the source? steps are there in both languages', async ({ browser, doh }) => {
  for (const [locale, words] of [['en-US', ['Gmail', 'Show original', 'Outlook', 'Apple Mail', 'Thunderbird', 'Yahoo']], ['ja-JP', ['ソースの取り出し方', 'メッセージのソースを表示', 'Outlook', 'Apple Mail', 'Thunderbird', 'Yahoo']]] as const) {
    const ctx = await browser.newContext({ locale });
    const page = await ctx.newPage();
    await page.goto(appUrl(doh));
    const help = page.getByTestId('source-help').first();
    await help.locator('summary').click();
    for (const w of words) await expect(help).toContainText(w);
    await ctx.close();
  }
});

test('one short status for screen readers; the results area is not a live region', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('status')).toHaveText('Analysis finished: DMARC pass, 1 fix.');
  await expect(page.getByTestId('status')).toHaveAttribute('role', 'status');
  await expect(page.locator('#results')).not.toHaveAttribute('aria-live', /./);
  await expect(page.locator('#results [aria-live]')).toHaveCount(0);
});

test('offline: no "Nothing to fix"; what could not be checked is named; the header-based fix stays', async ({ page, context, doh }) => {
  await page.goto(appUrl(doh));
  // the app's own files must be cached before the network goes (the results view and the worker are
  // fetched after first paint): wait for the service worker to control the page, as offline.spec does
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await page.evaluate(() => dispatchEvent(new Event('offline')));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC');
  await expect(page.locator('body')).not.toContainText('Nothing to fix');
  await expect(page.getByTestId('not-checked')).toContainText('DMARC record');
  await expect(page.getByTestId('fixes-offline')).toBeVisible();
  await expect(page.locator('[data-problem="spf-alignment"]')).toContainText('mail.example.jp');
  await expect(page.locator('[data-problem="no-dmarc"]')).toHaveCount(0);
  await context.setOffline(false);
});

test('notices are in the flow, cover nothing, and can be dismissed', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await page.evaluate(() => dispatchEvent(new Event('app-offline-ready')));
  const n = page.getByTestId('offline-ready');
  await expect(n).toBeVisible();
  expect(await n.evaluate((e) => getComputedStyle(e).position)).not.toBe('fixed');
  expect(await n.evaluate((e) => getComputedStyle(e.parentElement!).position)).not.toBe('fixed');
  await n.getByRole('button', { name: 'Dismiss' }).click();
  await expect(n).toHaveCount(0);
});

test('a domain in the summary (tiles, the sentence on why, the fix card) wraps after a dot, never at a hyphen inside a label', async ({ browser, doh }) => {
  for (const width of [320, 360, 768]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(appUrl(doh));
    await pasteAndAnalyze(page, readSample(SAMPLES.before));
    await expect(page.getByTestId('tile-spf').locator('.domain-name')).toHaveText('ap-northeast-1.amazonses.com');
    await expect(page.getByTestId('verdict-why').locator('.domain-name').first()).toHaveText(/^ap-northeast-1\.amazonses\.com/);
    await expect(page.getByTestId('verdict-record').first().locator('.domain-name')).toHaveCount(2);
    for (const domain of await page.locator('[data-testid="tile-spf"] .domain-name, [data-testid="verdict-why"] .domain-name, [data-testid="verdict-record"] .domain-name').all()) {
      // every line break falls right after a dot: the text before each break ends in "."
      const lines = await domain.evaluate((el) => {
        const text = el.textContent ?? '';
        const range = document.createRange();
        const out: string[] = [];
        let line = '';
        let top: number | null = null;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < n.textContent!.length; i++) {
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const t = Math.round(range.getBoundingClientRect().top);
            if (top !== null && t > top) {
              out.push(line);
              line = '';
            }
            top = t;
            line += n.textContent![i];
          }
        }
        out.push(line);
        return { text, out };
      });
      expect(lines.out.join('')).toBe(lines.text);
      for (const l of lines.out.slice(0, -1)) expect(l, `a line of ${JSON.stringify(lines.out)} at ${width} px`).toMatch(/\.$/);
    }
    await ctx.close();
  }
});
