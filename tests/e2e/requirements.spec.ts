// The sender requirements panel for the SES "before" sample: each rule's status as an icon and a
// word, the evidence as raw text, the providers with links; English and Japanese; no sideways
// scrolling on a 320 px phone.
import { test, expect, appUrl, pasteAndAnalyze, readSample, readZone, SAMPLES } from './helpers.ts';
import { mergeZones } from '../support/doh-server.ts';
import { haveShared, repoRoot } from '../support/shared.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Zone } from '../../src/lib/dns/zone.ts';

test.skip(!haveShared('samples'), 'samples missing');

const ptrZone = JSON.parse(readFileSync(resolve(repoRoot, 'tests/fixtures/requirements/ses-ptr.zone.json'), 'utf8')) as Zone;

test('the requirements panel shows each rule for the SES sample', async ({ page, doh, dialogs }) => {
  doh.setZone(mergeZones(readZone(SAMPLES.beforeZone), ptrZone));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const panel = page.getByTestId('requirements');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-req]')).toHaveCount(12);
  for (const id of ['spf-or-dkim', 'spf-and-dkim', 'dmarc-record', 'dmarc-alignment', 'ptr-fcrdns', 'tls', 'rfc5322']) {
    await expect(panel.locator(`[data-req="${id}"]`)).toHaveAttribute('data-status', 'met');
  }
  const oneClick = panel.locator('[data-req="one-click-unsubscribe"]');
  await expect(oneClick).toHaveAttribute('data-status', 'not-met');
  await expect(oneClick).toContainText('✖');
  await expect(oneClick).toContainText('Not met');
  await expect(oneClick.getByRole('link', { name: 'Gmail' })).toHaveAttribute('href', 'https://support.google.com/a/answer/81126');
  await expect(oneClick).toContainText('Bulk senders');
  // the providers that state a rule are a list with a space after each comma (in its evidence,
  // built when opened: a met rule's is not built until then)
  await expect(panel.locator('[data-req="spf-or-dkim"] .rule')).toHaveCount(0);
  await panel.locator('[data-req="spf-or-dkim"] summary').click();
  await expect(panel.locator('[data-req="spf-or-dkim"] .rule')).toHaveCount(1);
  await expect(panel.locator('[data-req="spf-or-dkim"]')).toContainText(/Gmail \([^)]+\), Yahoo/);
  await expect(panel.locator('[data-req="spam-rate"]')).toHaveAttribute('data-status', 'unknown');
  await expect(panel.locator('[data-req="spam-rate"]')).toContainText('Postmaster Tools');

  // evidence: the DNS answers of the PTR check, raw and untranslated
  const ptr = panel.locator('[data-req="ptr-fcrdns"]');
  await ptr.locator('summary').click();
  await expect(ptr.locator('code[translate="no"]').getByText('e27-10.smtp-out.ap-northeast-1.amazonses.com', { exact: true })).toBeVisible();
  // the PTR query went to the DoH server
  expect(doh.requests.some((r) => r.name === '10.27.240.54.in-addr.arpa' && r.type === 'PTR')).toBe(true);

  // Japanese from the catalogue
  await page.getByLabel(/言語|Language/).selectOption('ja');
  await expect(panel.locator('#requirements-title')).toContainText('送信者の要件');
  await expect(oneClick).toContainText('満たさない');
  expect(dialogs).toEqual([]);
});

test('without the PTR the panel says which step failed', async ({ page, doh }) => {
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const ptr = page.getByTestId('requirements').locator('[data-req="ptr-fcrdns"]');
  await expect(ptr).toHaveAttribute('data-status', 'not-met');
  await expect(ptr).toContainText('has no PTR record');
});

test('no horizontal overflow at 320 px', async ({ page, doh }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  doh.setZone(mergeZones(readZone(SAMPLES.beforeZone), ptrZone));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.before));
  const panel = page.getByTestId('requirements');
  await expect(panel).toBeVisible();
  for (const d of await panel.locator('details').all()) if (!(await d.getAttribute('open'))) await d.locator('summary').click();
  const over = await panel.evaluate((el) => {
    const w = el.getBoundingClientRect().right;
    return [...el.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > Math.max(w, 320) + 1).map((n) => n.tagName + ' ' + (n.textContent ?? '').slice(0, 40));
  });
  expect(over).toEqual([]);
  expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});
