// A 25 MB message with attachments, chosen through the file input: the verdict appears, and the
// page keeps off its main thread what would freeze it. This checks how the work is split, not how
// long it takes (a loaded machine stretches every task): the file goes to the worker as bytes
// (never decoded into a 25 MB string on the page), the source box shows the headers only, what
// comes back is a report of bounded size, and the page lays out no more than the report. The
// longest main-thread task and the time to verdict are measured by bench/large.ts (goal 50 ms).
import { test, expect, appUrl, watchWorkers } from './helpers.ts';
import { haveShared } from '../support/shared.ts';
import { buildLargeMessage } from '../../bench/large-message.ts';

test.skip(!haveShared('samples'), '../shared/samples is missing');

test('a 25 MB message with attachments reaches a verdict, analysed in the worker and shown without its body', async ({ page, doh, dialogs }) => {
  test.setTimeout(180_000);
  const bytes = buildLargeMessage();
  const traffic = await watchWorkers(page);
  await page.goto(appUrl(doh));
  await page.getByTestId('file').setInputFiles({ name: 'large.eml', mimeType: 'message/rfc822', buffer: bytes });
  await expect(page.getByTestId('verdict')).toContainText('DMARC', { timeout: 120_000 });
  await expect(page.getByTestId('verdict')).toContainText('example.jp');
  const t = await traffic();
  // one analysis, of the file's bytes as they are
  const analyses = t.sent.filter((m) => m.type === 'analyze');
  expect(analyses, JSON.stringify(t.sent)).toEqual([{ type: 'analyze', input: 'bytes', length: bytes.length }]);
  // the report that came back is a summary, not the message
  const results = t.received.filter((m) => m.type === 'result');
  expect(results).toHaveLength(1);
  expect(results[0]!.reportChars!).toBeLessThan(bytes.length / 50);
  // the source box holds the headers and a note, not 25 MB of text
  const source = await page.getByTestId('source').inputValue();
  expect(source.length).toBeLessThan(64 * 1024);
  expect(source).toContain('is not shown here');
  // the page laid out the report, not the body
  const text = await page.evaluate(() => document.body.textContent?.length ?? 0);
  expect(text).toBeLessThan(bytes.length / 50);
  expect(dialogs).toEqual([]);
});
