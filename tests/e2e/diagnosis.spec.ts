// The verdict line names what happened and who must act, in the built app: a forwarded message,
// a mailing-list message, a spoofed one and one whose domain has two DMARC records (fixtures of
// tests/fixtures/diagnosis, DNS from the DoH fixture server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, appUrl, pasteAndAnalyze, readSample, readZone, SAMPLES } from './helpers.ts';
import { repoRoot } from '../support/shared.ts';
import type { Zone } from '../../src/lib/dns/zone.ts';

const DIR = join(repoRoot, 'tests/fixtures/diagnosis');
const eml = (n: string) => readFileSync(join(DIR, `${n}.eml`), 'latin1');
const zone = (n: string) => JSON.parse(readFileSync(join(DIR, `${n}.zone.json`), 'utf8')) as Zone;

const CASES = [
  { name: 'forwarded-spf-only', code: 'forwarded-broken', en: [/Nothing to fix in your DNS/, /Who must act: the forwarder/, /forwarded by fwd\.example/], ja: [/あなたの DNS で直すものはありません/, /対応すべき人: 転送/, /転送されました/] },
  { name: 'list-footer', code: 'mailing-list-modified', en: [/Nothing to fix in your DNS/, /Who must act: the mailing-list operator/, /mailing list/], ja: [/あなたの DNS で直すものはありません/, /メーリングリスト/] },
  { name: 'spoof-unknown-ip', code: 'spoof-unrecognised-sender', en: [/Nothing to fix in your DNS/, /Who must act: nobody/, /may be spoofing/], ja: [/あなたの DNS で直すものはありません/, /なりすましの可能性/] },
  { name: 'dmarc-duplicate', code: 'dmarc-duplicate-records', en: [/Your DNS needs a change/, /Who must act: the domain owner/, /2 DMARC records/], ja: [/DNS の変更が必要/, /DMARC レコードが 2 件/] },
];

for (const c of CASES) {
  test(`verdict line: ${c.name}`, async ({ page, doh }) => {
    doh.setZone(zone(c.name));
    await page.goto(appUrl(doh));
    await pasteAndAnalyze(page, eml(c.name));
    const line = page.getByTestId('verdict-diagnosis');
    await expect(line).toHaveAttribute('data-code', c.code);
    for (const re of c.en) await expect(line).toContainText(re);
    // no "To fix" line when the owner has nothing required to publish
    if (c.code !== 'dmarc-duplicate-records') await expect(page.getByTestId('verdict-fix')).toHaveCount(0);
    // the language switch re-renders the same diagnosis in Japanese
    await page.getByLabel(/言語|Language/).selectOption('ja');
    await expect(page.getByTestId('verdict-diagnosis')).toHaveAttribute('data-code', c.code);
    for (const re of c.ja) await expect(page.getByTestId('verdict-diagnosis')).toContainText(re);
    await page.getByLabel(/言語|Language/).selectOption('en');
  });
}

test('fixes carry importance and who acts; DMARC passing draws no advice red', async ({ page, doh }) => {
  doh.setZone(zone('ses-not-aligned'));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, eml('ses-not-aligned'));
  await expect(page.getByTestId('verdict-fix')).toContainText(/Custom MAIL FROM domain mail\.shop\.example .* or Easy DKIM/);
  const labels = page.getByTestId('fix-importance');
  await expect(labels.first()).toHaveAttribute('data-importance', 'required');
  await expect(page.getByTestId('fix-actor').first()).toHaveAttribute('data-actor', 'owner');

  doh.setZone(zone('forwarded-dkim-survives'));
  await page.getByTestId('source').fill('');
  await pasteAndAnalyze(page, eml('forwarded-dkim-survives'));
  await expect(page.getByTestId('verdict-diagnosis')).toHaveAttribute('data-code', 'forwarded-survived');
  await expect(page.getByTestId('verdict-diagnosis')).toContainText('Nothing to fix in your DNS');
  await expect(page.locator('[data-step="fix"] .badge.bad')).toHaveCount(0);
});

test('the sentence on why joins its sentences as each language writes them (no space after 。)', async ({ page, doh }) => {
  doh.setZone(zone('list-footer'));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, eml('list-footer'));
  const why = page.getByTestId('verdict-why');
  await expect(why).toContainText('aligned to shop.example. SPF passes');
  await page.getByLabel(/言語|Language/).selectOption('ja');
  await expect(why).toContainText('していません。SPF は');
  expect(await why.textContent()).not.toMatch(/。 /);
});

test('DNS did not answer: the page says the verdict is not decided, keeps the alignment it saw, and never says "Nothing to fix"', async ({ page, doh }) => {
  doh.setZone(zone('dns-temperror'));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, eml('dns-temperror'));
  await expect(page.getByTestId('verdict-diagnosis')).toHaveAttribute('data-code', 'dns-unavailable');
  await expect(page.getByTestId('verdict-diagnosis')).toContainText('Not decided yet: DNS did not answer');
  await expect(page.getByTestId('verdict-diagnosis')).not.toContainText('Your DNS needs a change');
  // the SPF and DKIM tiles say aligned; the DMARC tile does not contradict them
  await expect(page.getByTestId('tile-spf')).toContainText('aligned');
  await expect(page.getByTestId('tile-dmarc')).toContainText('aligned via SPF and DKIM');
  await expect(page.getByTestId('fixes-none')).toContainText('the DMARC lookup failed (temperror)');
  await expect(page.locator('body')).not.toContainText('Nothing to fix: SPF or DKIM passes');
  await expect(page.getByTestId('status')).toContainText('no record to publish');
});

test('an optional step (a stricter policy once DMARC passes) is drawn as optional: nothing required, offered to the domain owner', async ({ page, doh }) => {
  doh.setZone(readZone(SAMPLES.afterZone));
  await page.goto(appUrl(doh));
  await pasteAndAnalyze(page, readSample(SAMPLES.after));
  await expect(page.getByTestId('verdict')).toContainText('DMARC pass');
  const line = page.getByTestId('verdict-diagnosis');
  await expect(line).toContainText('Nothing required: DMARC passes');
  await expect(page.getByTestId('verdict-actor')).toHaveText('Optional for the domain owner');
  await expect(page.locator('.primary-fix .primary-kind')).toHaveText(/^Optional/);
});
