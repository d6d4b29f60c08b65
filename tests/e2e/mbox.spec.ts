// Many messages: progress while the pool works, a summary by sending source that sorts, the list a page at a time.
import { test, expect, appUrl, readSample, SAMPLES } from './helpers.ts';

test('an mbox shows progress, a sortable summary by sending source, and its messages a page at a time', async ({ page, doh }) => {
  test.setTimeout(120_000);
  doh.setLatency(20);
  await page.goto(appUrl(doh));
  const one = readSample(SAMPLES.before).replace(/\r\n/g, '\n');
  const parts: string[] = [];
  for (let i = 0; i < 150; i++) {
    const msg = i % 5 === 4 ? `From: Someone <someone@other.example>\nTo: a@b.example\nSubject: n${i}\nDate: Sat, 18 May 2024 05:22:57 +0000\n\nbody ${i}\n` : one;
    parts.push(`From sender${i}@example.jp Sat May 18 05:22:57 2024\n${msg.replace(/^From /gm, '>From ')}\n`);
  }
  await page.getByTestId('file').setInputFiles({ name: 'box.mbox', mimeType: 'application/mbox', buffer: Buffer.from(parts.join('')) });
  const progress = page.getByTestId('mbox-progress');
  await expect(progress).toHaveAttribute('data-total', '150');
  await expect(progress).toHaveAttribute('data-done', '150', { timeout: 90_000 });
  await expect(progress).toContainText('120 pass DMARC, 0 fail; 30 without an aligned SPF or DKIM pass');

  const sources = page.getByTestId('mbox-source');
  await expect(sources).toHaveCount(2);
  // by count (the default): SES first
  await expect(sources.first()).toContainText('example.jp');
  await expect(sources.first()).toContainText('120');
  // sort by "Neither aligned": the unaligned source first
  await page.locator('[data-sort="unaligned"]').click();
  await expect(sources.first()).toContainText('other.example');
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Neither aligned');
  // again: ascending
  await page.locator('[data-sort="unaligned"]').click();
  await expect(sources.first()).toContainText('example.jp');

  // a page of 100 rows, then the rest
  await expect(page.getByTestId('mbox-row')).toHaveCount(100);
  await page.getByTestId('mbox-more').click();
  await expect(page.getByTestId('mbox-row')).toHaveCount(150);
  await page.getByTestId('mbox-row').nth(144).getByRole('button').click();
  await expect(page.getByTestId('verdict')).toContainText(/other\.example/);
});
