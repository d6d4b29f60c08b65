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

/** What went between the page and its analysis workers (see watchWorkers). */
export interface WorkerTraffic {
  /** messages the page posted: their type, and the input's form and length when they carry one */
  sent: { type: string; input?: 'bytes' | 'string'; length?: number }[];
  /** messages the page received (each one a task of its own on the main thread): their type, the
   * rows of an mbox batch, the size of a report as JSON */
  received: { type: string; rows?: number; reportChars?: number }[];
}

/**
 * Call before page.goto: records every message between the page and the analysis workers, to
 * check how the work is split (what goes to a worker, how many rows a page task takes) without
 * timing anything. Timing is bench/'s (bench/large.ts, bench/mbox.ts).
 */
export async function watchWorkers(page: Page): Promise<() => Promise<WorkerTraffic>> {
  await page.addInitScript(() => {
    const log: WorkerTraffic = { sent: [], received: [] };
    (window as unknown as { __workerTraffic: WorkerTraffic }).__workerTraffic = log;
    type Msg = { type?: string; input?: unknown; rows?: unknown[]; report?: unknown };
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<Msg>) => {
          const d = e.data;
          log.received.push({ type: String(d?.type), ...(Array.isArray(d?.rows) ? { rows: d.rows.length } : {}), ...(d?.type === 'result' ? { reportChars: JSON.stringify(d.report).length } : {}) });
        });
      }
      override postMessage(m: Msg, transfer?: Transferable[] | StructuredSerializeOptions): void {
        const input = typeof m?.input === 'string' ? 'string' : m?.input instanceof Uint8Array ? 'bytes' : undefined;
        log.sent.push({ type: String(m?.type), ...(input ? { input, length: (m.input as string | Uint8Array).length } : {}) });
        if (transfer === undefined) super.postMessage(m);
        else super.postMessage(m, transfer as Transferable[]);
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { __workerTraffic: WorkerTraffic }).__workerTraffic);
}
