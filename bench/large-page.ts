// In-page measurement for the large-input figure (bench/large.ts; bench/mbox.ts uses its probe).
// The e2e specs time nothing (tests/e2e/large.spec.ts checks how the work is split instead). The
// file goes in through the file input (data-testid="file") with setInputFiles and a buffer, as a
// user choosing or dropping it would.
//   time to verdict  = the input's "change" event → [data-testid="verdict"] in the DOM
//   longest task     = the longest PerformanceObserver 'longtask' entry (tasks ≥ 50 ms) that starts
//                      after "change" and before the verdict has been on screen for SETTLE_MS
//                      (the tasks that lay out and paint the results count); none reported =
//                      every task was under 50 ms. The task that
//                      dispatches "change" is Playwright's own: with a buffer it builds the File in
//                      the page (base64-decoding 25 MB on the main thread, seconds), which a user's
//                      file choice or drop never does; it starts before "change" and is not counted
//                      (it is reported apart as injectionTaskMs).
//   longest frame    = the longest 'long-animation-frame' (LoAF) entry in the same interval, with
//                      its style/layout share and its scripts. The Long Tasks API leaves out the
//                      rendering steps (style, layout, paint) that run after a task; LoAF counts
//                      them, so a page frozen by layout shows here and not in 'longtask'.
//   max timer lag    = how late a 16 ms interval timer fired at worst meanwhile: a second, cruder
//                      view (it also grows when the OS gives the renderer no CPU, e.g. on a loaded
//                      2-core machine while the worker hashes 25 MB); reported, not gated.
import type { Page } from '@playwright/test';

export const SETTLE_MS = 1000;

export interface LargeRun {
  bytes: number;
  verdictMs: number;
  verdictText: string;
  longestTaskMs: number;
  longTasks: { startMs: number; durationMs: number }[];
  maxTimerLagMs: number;
  /** Playwright's setInputFiles task (not the app's), for the record */
  injectionTaskMs: number;
  longestFrame: LongFrame | null;
}

export interface LongFrame {
  startMs: number;
  durationMs: number;
  blockingMs: number;
  /** from the start of style/layout to the end of the frame */
  styleLayoutMs: number;
  scripts: { invoker: string; source: string; durationMs: number }[];
}

declare global {
  interface Window {
    __bench?: {
      tasks: { start: number; dur: number }[];
      frames: { start: number; dur: number; blocking: number; styleLayoutStart: number; scripts: { invoker: string; source: string; dur: number }[] }[];
      changeAt?: number;
      verdictAt?: number;
      lag: { at: number; late: number }[];
    };
  }
}

/** Call before page.goto: observers must exist before the work starts. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const b: NonNullable<Window['__bench']> = { tasks: [], frames: [], lag: [] };
    window.__bench = b;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) b.tasks.push({ start: e.startTime, dur: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no longtask support: tasks stays empty
    }
    type Loaf = PerformanceEntry & { blockingDuration: number; styleAndLayoutStart: number; scripts: (PerformanceEntry & { invoker: string; sourceURL: string; sourceFunctionName: string })[] };
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Loaf[]) {
          b.frames.push({
            start: e.startTime,
            dur: e.duration,
            blocking: e.blockingDuration,
            styleLayoutStart: e.styleAndLayoutStart,
            scripts: (e.scripts ?? []).map((sc) => ({ invoker: sc.invoker, source: `${sc.sourceFunctionName || '(anonymous)'} ${sc.sourceURL.replace(/^.*\//, '')}`, dur: sc.duration })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // no LoAF support: frames stays empty
    }
    let last = performance.now();
    setInterval(() => {
      const t = performance.now();
      b.lag.push({ at: t, late: t - last - 16 });
      last = t;
    }, 16);
    document.addEventListener('change', (e) => {
      if ((e.target as HTMLElement | null)?.getAttribute?.('data-testid') === 'file' && b.changeAt === undefined) {
        b.changeAt = performance.now();
        console.timeStamp('bench:change'); // a marker in a Chromium trace
      }
    }, true);
    new MutationObserver(() => {
      if (b.changeAt !== undefined && b.verdictAt === undefined && document.querySelector('[data-testid="verdict"]')) {
        b.verdictAt = performance.now();
        console.timeStamp('bench:verdict');
      }
    }).observe(document, { subtree: true, childList: true });
  });
}

export async function dropLargeFile(page: Page, bytes: Buffer, timeoutMs = 120_000): Promise<LargeRun> {
  await page.getByTestId('file').setInputFiles({ name: 'large.eml', mimeType: 'message/rfc822', buffer: bytes });
  await page.waitForFunction(() => window.__bench?.verdictAt !== undefined, undefined, { timeout: timeoutMs, polling: 50 });
  // let the render finish and the observer deliver its entries
  await page.waitForTimeout(SETTLE_MS + 300);
  const r = await page.evaluate((settle) => {
    const b = window.__bench!;
    const from = b.changeAt!;
    const to = b.verdictAt!;
    const tasks = b.tasks.filter((t) => t.start >= from - 1 && t.start < to + settle);
    const injection = b.tasks.filter((t) => t.start < from - 1 && t.start + t.dur >= from - 1);
    const frames = b.frames.filter((f) => f.start >= from - 1 && f.start < to + settle).sort((x, y) => y.dur - x.dur);
    const f = frames[0];
    return {
      longestFrame: f
        ? {
            startMs: f.start - from,
            durationMs: f.dur,
            blockingMs: f.blocking,
            styleLayoutMs: f.styleLayoutStart ? f.start + f.dur - f.styleLayoutStart : 0,
            scripts: f.scripts.sort((x, y) => y.dur - x.dur).slice(0, 4).map((sc) => ({ invoker: sc.invoker, source: sc.source, durationMs: sc.dur })),
          }
        : null,
      injectionTaskMs: Math.max(0, ...injection.map((t) => t.dur)),
      verdictMs: to - from,
      verdictText: document.querySelector('[data-testid="verdict"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      longTasks: tasks.map((t) => ({ startMs: t.start - from, durationMs: t.dur })),
      // a lag sample covers [at - 16 - late, at]: count those that began after "change"
      maxTimerLagMs: Math.max(0, ...b.lag.filter((l) => l.at - 16 - l.late >= from && l.at - 16 - l.late < to + settle).map((l) => l.late)),
    };
  }, SETTLE_MS);
  return { bytes: bytes.length, ...r, longestTaskMs: Math.max(0, ...r.longTasks.map((t) => t.durationMs)) };
}
