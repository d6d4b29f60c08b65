import { test, expect, appUrl, pasteAndAnalyze, readSample, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';
import { deflateRawSync } from 'node:zlib';
import { decodeShare } from '../../src/lib/share/index.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

async function verdicts(page: import('@playwright/test').Page) {
  const v = page.getByTestId('verdict');
  await expect(v).toContainText(/DMARC/);
  // as a reader sees it: scrolled to (panels off screen are not laid out: content-visibility)
  const text = async (sel: string) => {
    const l = page.locator(sel);
    await l.scrollIntoViewIfNeeded();
    return (await l.innerText()).trim();
  };
  return {
    verdict: await text('[data-testid="verdict"] h2'),
    spf: await text('[data-step="spf"] .summary'),
    spfAlign: await text('[data-step="spf-alignment"] .summary'),
    dkimAlign: await text('[data-step="dkim-alignment"] .summary'),
    dmarc: await text('[data-step="dmarc-result"] .summary'),
  };
}

test('a share URL opened in a fresh browser context gives the same verdicts', async ({ page, doh, browser }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const mine = await verdicts(page);
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/#v2\.[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('share-length')).toContainText(String(url.length));
  // the body is left out unless chosen
  const decoded = await decodeShare(url.split('#')[1]!);
  expect(decoded.ok).toBe(true);
  if (decoded.ok) expect(decoded.payload.source).not.toContain('This is a test message sent with Amazon SES');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByTestId('source')).toHaveValue(/DKIM-Signature/);
  expect(await verdicts(other)).toEqual(mine);
  await fresh.close();
});

test('a redacted share URL carries none of the masked values', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  const text = readSample(SAMPLES.before);
  await pasteAndAnalyze(page, text);
  for (const id of ['redact-local', 'redact-ips', 'redact-subject', 'redact-msgid', 'redact-rcpt']) await page.getByTestId(id).check();
  await expect(page.getByTestId('share-preview')).not.toContainText('54.240.27.10');
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const decoded = await decodeShare(url.split('#')[1]!);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  const shared = decoded.payload.source;
  const masked = [
    'someone@gmail.com', // recipient
    'someone', // its local part
    'info@example.jp', // From address: local part masked
    '54.240.27.10', // IP
    '44OG44K544OI44Oh44O844Or', // Subject (encoded-word)
    '0106018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000', // Message-ID id-left and Return-Path local part
  ];
  for (const v of masked) expect(shared, v).not.toContain(v);
  // domains survive so that SPF/DKIM/DMARC can still be explained
  expect(shared).toContain('example.jp');
  expect(shared).toContain('amazonses.com');
  expect(decoded.payload.options?.redacted).toBe(true);
});

for (const [name, frag, msg] of [
  ['corrupt', '#v1.AAAA____', /damaged|cannot be opened/],
  ['wrong version', '#v9.abc', /another version/],
  ['not base64', '#v1.%%%%', /damaged|cannot be opened/],
] as const) {
  test(`a ${name} fragment gives a clear message`, async ({ page, doh, dialogs }) => {
    await page.goto(appUrl(doh) + frag);
    await expect(page.getByTestId('share-error')).toContainText(msg);
    expect(dialogs).toEqual([]);
  });
}

test('a fragment that inflates past the size bound is refused without freezing', async ({ page, doh }) => {
  // 64 MB of zeros deflates to about 64 KB: a decompression bomb in a URL
  const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }).toString('base64url');
  await page.goto(appUrl(doh) + '#v1.' + bomb);
  await expect(page.getByTestId('share-error')).toContainText(/more than \d+ bytes/);
  // the page still answers
  await expect(page.getByTestId('analyze')).toBeEnabled();
});

test('a damaged link opened over an analysis leaves no earlier verdict under its error', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await page.evaluate(() => {
    location.hash = '#v1.AAAA____';
  });
  await expect(page.getByTestId('share-error')).toContainText(/damaged|cannot be opened/);
  await expect(page.getByTestId('verdict')).toHaveCount(0);
});
