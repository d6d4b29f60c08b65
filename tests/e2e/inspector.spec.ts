import { test, expect, appUrl, pasteAndAnalyze, readSample, SAMPLES, watchWorkers } from './helpers.ts';
import { MBOX_BATCH_ROWS } from '../../src/worker/protocol.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

// The page stays responsive because the work is split: the mbox goes to the workers as bytes, and
// the rows come back in batches of at most MBOX_BATCH_ROWS, each batch one task on the page. This
// checks that split, not a duration (a loaded machine stretches every task); the longest
// main-thread task is measured by bench/mbox.ts (MBOX_MESSAGES=250 npx tsx bench/mbox.ts).
// 250 messages: more than MBOX_BATCH_ROWS for each worker of the largest pool (4, MAX_POOL in
// src/app/analyzer.ts), so a worker that sent its rows all at once would show as a batch over the
// bound.
const N = 250;

test(`an mbox of ${N} messages is analysed in workers, its rows received in batches, the first 100 listed, and each opens`, async ({ page, doh }) => {
  test.setTimeout(120_000);
  expect(N / 4).toBeGreaterThan(MBOX_BATCH_ROWS);
  const traffic = await watchWorkers(page);
  await page.goto(appUrl(doh));
  const one = readSample(SAMPLES.before).replace(/\r\n/g, '\n');
  const parts: string[] = [];
  for (let i = 0; i < N; i++) {
    // every tenth message is unsigned and sent from another domain: its verdict differs
    const msg = i % 10 === 9 ? `From: Someone <someone@other.example>\nTo: a@b.example\nSubject: n${i}\nDate: Sat, 18 May 2024 05:22:57 +0000\n\nbody ${i}\nFrom the start\n` : one;
    parts.push(`From sender${i}@example.jp Sat May 18 05:22:57 2024\n${msg.replace(/^From /gm, '>From ')}\n`);
  }
  const mbox = Buffer.from(parts.join(''));
  await page.getByTestId('file').setInputFiles({ name: 'box.mbox', mimeType: 'application/mbox', buffer: mbox });
  await expect(page.getByTestId('mbox-progress')).toContainText(new RegExp(`${(N * 9) / 10} pass DMARC`), { timeout: 90_000 });
  // a page of rows at a time (tests/e2e/mbox.spec.ts shows the next)
  await expect(page.getByTestId('mbox-row')).toHaveCount(100);
  const t = await traffic();
  // the page split nothing itself: each worker of the pool got the whole file, as bytes
  const sent = t.sent.filter((m) => m.type === 'mbox');
  expect(sent.length).toBeGreaterThanOrEqual(1);
  expect(sent.every((m) => m.input === 'bytes' && m.length === mbox.length), JSON.stringify(sent)).toBe(true);
  // the rows came back in several batches of bounded size, not all at once
  const batches = t.received.filter((m) => m.type === 'mbox-rows').map((m) => m.rows!);
  expect(batches.reduce((a, n) => a + n, 0)).toBe(N);
  expect(batches.length, `batches: ${batches.join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(N / MBOX_BATCH_ROWS));
  expect(Math.max(...batches), `batches: ${batches.join(', ')}`).toBeLessThanOrEqual(MBOX_BATCH_ROWS);
  // the rows are summaries: no full report crossed to the page
  expect(t.received.filter((m) => m.type === 'result')).toEqual([]);
  await page.getByTestId('mbox-row').nth(4).getByRole('button').click();
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await page.getByTestId('mbox-row').nth(9).getByRole('button').click();
  await expect(page.getByTestId('verdict')).toContainText(/other\.example/);
});

test('hops, every header (searchable, decoded) and the SPF trace are shown', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  const hops = page.getByTestId('hops');
  await expect(hops).toContainText('54.240.27.10');
  await expect(hops).toContainText('mx.google.com');
  await page.getByRole('heading', { name: /All headers/ }).click();
  const table = page.getByTestId('headers-table');
  // the panel builds its rows when it opens
  await expect(table.getByTestId('header-row').first()).toBeVisible();
  const all = await table.getByTestId('header-row').count();
  expect(all).toBeGreaterThan(15);
  // the search finds the decoded (RFC 2047) value, not only the raw one
  await page.getByTestId('header-search').fill('テストメール');
  await expect(table.getByTestId('header-row')).toHaveCount(1);
  await expect(table.getByTestId('header-row')).toContainText('Subject');
  await page.getByTestId('header-search').fill('feedback-id');
  await expect(table.getByTestId('header-row')).toHaveCount(1);
  await page.getByRole('heading', { name: /SPF evaluation trace/ }).click();
  const trace = page.getByTestId('spf-trace');
  await expect(trace).toContainText('include:amazonses.com');
  await expect(trace.locator('[data-term-status="matched"]').first()).toBeVisible();
});

test('a Microsoft 365 antispam report is decoded field by field', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  const msg = [
    'Authentication-Results: spf=pass (sender IP is 54.240.27.10) smtp.mailfrom=ap-northeast-1.amazonses.com; dkim=pass (signature was verified) header.d=example.jp;dmarc=pass action=none header.from=example.jp;compauth=pass reason=100',
    'X-Forefront-Antispam-Report: CIP:54.240.27.10;CTRY:JP;LANG:ja;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:e27-10.smtp-out.ap-northeast-1.amazonses.com;PTR:e27-10.smtp-out.ap-northeast-1.amazonses.com;CAT:NONE;SFS:(13230031);DIR:INB;',
    'X-Microsoft-Antispam: BCL:0;',
    'From: Example Shop <info@example.jp>',
    'Subject: hi',
    '',
    'body',
  ].join('\n');
  await pasteAndAnalyze(page, msg);
  await page.getByRole('heading', { name: /Spam filter verdicts/ }).click();
  const spam = page.getByTestId('antispam');
  await expect(spam).toContainText('compauth=pass');
  await expect(spam.getByTestId('antispam-field').filter({ hasText: 'SFV' })).toContainText(/not spam|Not spam|NSPM/);
  await expect(spam.getByTestId('antispam-field').filter({ hasText: 'CTRY' })).toContainText('JP');
  // the receiver panel's summary line keeps a space between its results
  await expect(page.locator('section[aria-labelledby="receiver-title"]')).toContainText('dmarc=pass compauth=pass');
  await expect(spam.getByTestId('antispam-field').filter({ hasText: 'SCL' }).first()).toContainText(/1/);
});

test('an Outlook .msg file is read for its transport headers', async ({ page, doh }) => {
  const { writeCfb } = await import('../support/msg-writer.ts');
  const sample = readSample(SAMPLES.before).replace(/\r?\n/g, '\r\n');
  const cut = sample.indexOf('\r\n\r\n');
  const utf16 = (s: string) => {
    const b = new Uint8Array(s.length * 2 + 2);
    for (let i = 0; i < s.length; i++) {
      b[2 * i] = s.charCodeAt(i) & 0xff;
      b[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return b;
  };
  const file = writeCfb([
    { name: '__substg1.0_007D001F', data: utf16(sample.slice(0, cut + 2)) },
    { name: '__substg1.0_1000001F', data: utf16(sample.slice(cut + 4)) },
  ]);
  await page.goto(appUrl(doh));
  await page.getByTestId('file').setInputFiles({ name: 'message.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from(file.bytes) });
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  await expect(page.locator('[data-step="spf"]')).toContainText('54.240.27.10');
  // the header signatures verify; the body rebuilt by Outlook is said to be unreliable
  await expect(page.locator('#results')).toContainText(/\.msg/);
});
