import { test, expect, appUrl, pasteAndAnalyze, readSample, SAMPLES } from './helpers.ts';
import { haveShared } from '../support/shared.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

test('an mbox of 100 messages lists 100 rows without freezing the page, and each opens', async ({ page, doh }) => {
  test.setTimeout(120_000);
  await page.goto(appUrl(doh));
  // measure the mbox work, not the page's own start-up
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const one = readSample(SAMPLES.before).replace(/\r\n/g, '\n');
  const parts: string[] = [];
  for (let i = 0; i < 100; i++) {
    // every tenth message is unsigned and sent from another domain: its verdict differs
    const msg = i % 10 === 9 ? `From: Someone <someone@other.example>\nTo: a@b.example\nSubject: n${i}\nDate: Sat, 18 May 2024 05:22:57 +0000\n\nbody ${i}\nFrom the start\n` : one;
    parts.push(`From sender${i}@example.jp Sat May 18 05:22:57 2024\n${msg.replace(/^From /gm, '>From ')}\n`);
  }
  await page.getByTestId('file').setInputFiles({ name: 'box.mbox', mimeType: 'application/mbox', buffer: Buffer.from(parts.join('')) });
  await expect(page.getByTestId('mbox-row')).toHaveCount(100);
  await expect(page.getByTestId('mbox-progress')).toContainText(/90 pass DMARC/, { timeout: 90_000 });
  // the page stayed responsive throughout
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(`mbox of 100: longest main-thread task ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(200);
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
