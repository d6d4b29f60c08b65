import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { haveShared, sharedPath } from '../support/shared.ts';
import type { Zone } from '../../src/lib/dns/zone.ts';

export const SAMPLES = {
  before: 'samples/ses-before-custom-mail-from.eml',
  after: 'samples/ses-after-custom-mail-from.eml',
  beforeZone: 'samples/ses-before-custom-mail-from.zone.json',
  afterZone: 'samples/ses-after-custom-mail-from.zone.json',
};

export const readSample = (rel: string) => readFileSync(sharedPath(rel), 'utf8');
export const readZone = (rel: string) => JSON.parse(readSample(rel)) as Zone;

/** A test with a DoH fixture server (before-fix zone) and a list of dialogs that opened. */
export const test = base.extend<{ doh: DohServer; dialogs: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  doh: async ({}, use) => {
    const zone = haveShared(SAMPLES.beforeZone) ? readZone(SAMPLES.beforeZone) : {};
    const server = await startDohServer({ zones: zone });
    await use(server);
    await server.close();
  },
  dialogs: async ({ page }, use) => {
    const list: string[] = [];
    page.on('dialog', async (d) => {
      list.push(d.message());
      await d.dismiss();
    });
    await use(list);
  },
});
export { expect };

export function appUrl(doh: DohServer, extra = ''): string {
  return `./?doh=${encodeURIComponent(doh.url)}${extra}`;
}

export async function pasteAndAnalyze(page: Page, text: string) {
  const box = page.getByTestId('source');
  await box.fill(text);
  await page.getByTestId('analyze').click();
}

/** Opens every <details> (panels build their content when opened, and may hold more details). */
export async function openEverything(page: Page) {
  for (let pass = 0; pass < 6; pass++) {
    const closed = await page.evaluate(() => {
      const list = [...document.querySelectorAll('details:not([open])')];
      for (const d of list) (d as HTMLDetailsElement).open = true;
      return list.length;
    });
    if (!closed) break;
    await page.waitForTimeout(150);
  }
}
