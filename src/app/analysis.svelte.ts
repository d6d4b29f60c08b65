// The analysis of the page's message: what is in the source box, the report (or the mbox's rows)
// it gave, and the runs that produce them in the worker (AnalyzerClient). One instance, made by
// App; InputPanel, Settings and Results read and change it.
import { AnalyzerClient } from './analyzer.ts';
import { i18n, t, viewLang } from './i18n.svelte.ts';
import { loadDnsSettings, validDohUrl } from './settings.ts';
import type { Report } from '../lib/report/types.ts';
import type { QueryLogEntry } from '../lib/dns/types.ts';
import type { DnsSettings } from '../worker/protocol.ts';
import { looksLikeMbox } from '../lib/message/mbox.ts';
import { isMsgFile } from '../lib/message/msg.ts';
import { headerBlockEnd } from '../lib/message/raw.ts';
import { groupDigits } from './format.ts';
import type { MboxRow } from '../lib/report/mbox-row.ts';
import { isDomainFragment } from '../lib/domaincheck/link.ts';
import type { Zone } from '../lib/dns/zone.ts';
import type { SenderView } from '../lib/share/verdicts.ts';
import { loadPageTexts } from './catalogue.svelte.ts';
import { FixChecks } from './fixcheck.svelte.ts';

/** the pauses before each background try of an analysis whose DNS was not reached */
const REACH_RETRY_MS = [3_000, 6_000, 12_000, 24_000, 48_000];
/** the live DNS log takes the queries of a running analysis at most this often (one page task per
 * batch, not one per query: a shared link's re-run answers a dozen queries while the page renders) */
const QUERY_LOG_MS = 150;
/** and shows up only once an analysis has run this long: a quick one (answers cached, a fast
 * resolver) goes straight to its report without drawing a log it replaces at once */
const QUERY_LOG_AFTER_MS = 700;

/** files up to this size are shown whole in the text area */
const SHOW_WHOLE_FILE = 256 * 1024;

/** a share link's fragment (an in-page anchor such as #results is not one) */
export function shareFragment(href: string): string | null {
  const frag = href.split('#')[1];
  // an in-page anchor (#results) or a domain-check link (#domain=…) is not a shared analysis
  return frag && !isDomainFragment(frag) && !/^[a-z][a-z-]{0,30}$/.test(frag) ? frag : null;
}

export class Analysis {
  readonly client = new AnalyzerClient();
  source = $state('');
  #fileBytes: Uint8Array | null = null;
  fileName = $state<string | null>(null);
  #report = $state.raw<Report | null>(null);
  /** the live "is it published?" check of the report's fixes (shown in the summary and the fix list) */
  fixChecks = $state.raw<FixChecks | null>(null);
  get report(): Report | null {
    return this.#report;
  }
  /** a report from a new analysis: its fixes not checked yet */
  set report(r: Report | null) {
    this.#report = r;
    this.fixChecks = r ? new FixChecks(this.client, this.dns, r.fixes) : null;
  }
  queries = $state.raw<QueryLogEntry[]>([]);
  #pendingQueries: QueryLogEntry[] = [];
  #runStart = 0;
  #queryTimer: ReturnType<typeof setTimeout> | null = null;
  running = $state(false);
  error = $state<string | null>(null);
  dns = $state<DnsSettings>(loadDnsSettings(location.search));
  #runSeq = 0;
  #probe: ReturnType<typeof setTimeout> | null = null;
  hop = $state<number | null>(null);
  /** the analysis came from a shared link: whether its sender masked values */
  sharedRedacted = $state<boolean | null>(null);
  shareError = $state<string | null>(null);
  /** rows arrive in batches; `done` changes with each batch (the array itself is kept, not proxied) */
  mbox = $state.raw<{ rows: (MboxRow | undefined)[]; total: number; truncated: boolean; done: number } | null>(null);
  mboxOpened = $state<number | null>(null);
  /** opened from a share link: the sender's verdicts it carried (null in a v1 link); the source box starts folded */
  shared = $state.raw<{ sender: SenderView | null } | null>(null);
  // opened on a share link: fold the source and reserve the results' space from the first paint (no layout shift)
  sourceFolded = $state(!!shareFragment(location.href));
  /** the text area holds the bundled sample: its DNS comes from the sample's zone snapshot */
  sampleZone = $state.raw<Zone | null>(null);
  /** nothing to analyse (empty paste) or no header fields (a body only): a hint instead of a report */
  hint = $state<'empty' | 'noHeaders' | null>(null);
  /** one short sentence for screen readers when an analysis ends */
  status = $state('');
  /** the body of the file in the text area is a placeholder (the file itself is analysed) */
  bodyOmitted = $state(false);

  async openShared(fragment: string): Promise<void> {
    const { decodeShare } = await import('../lib/share/codec.ts');
    const r = await decodeShare(fragment);
    if (!r.ok) {
      this.shareError = t('share.bad', { reason: r.error.message });
      this.sourceFolded = false;
      // the link in the address bar is this one: no earlier analysis stays under its error
      this.#runSeq++;
      this.running = false;
      this.report = null;
      this.mbox = null;
      this.shared = null;
      return;
    }
    const o = r.payload.options ?? {};
    this.shareError = null;
    // the link's language applies to this view only: the reader's own choice stays as it was
    if (o.lang && o.lang !== i18n.lang) viewLang(o.lang);
    // a ?doh= in the page's address wins; the params are read once here, never kept (no reactivity needed)
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    if (o.doh && validDohUrl(o.doh) && !new URLSearchParams(location.search).get('doh')) this.dns = { endpoints: [o.doh], format: o.dohFormat ?? 'json' };
    this.hop = typeof o.hop === 'number' ? o.hop : null;
    this.sharedRedacted = !!o.redacted;
    this.sampleZone = null;
    this.source = r.payload.source;
    this.#fileBytes = null;
    this.fileName = null;
    this.shared = { sender: r.payload.sender ?? null };
    this.sourceFolded = true;
    await this.analyze();
  }

  async analyze(single = false): Promise<void> {
    const source = this.source;
    const input: string | Uint8Array = this.#fileBytes ?? source;
    const seq = ++this.#runSeq;
    this.error = null;
    this.#clearQueries();
    this.hint = null;
    if (!this.#fileBytes && !source.trim()) {
      // nothing pasted: say what to do, build no report
      this.report = null;
      this.mbox = null;
      this.running = false;
      this.hint = 'empty';
      this.status = t('hint.empty');
      return;
    }
    this.running = true;
    this.status = t('status.analyzing');
    if (!single && looksLikeMbox(input)) return this.#runMbox(input, seq);
    this.mbox = null;
    this.mboxOpened = null;
    try {
      const sampleZone = this.sampleZone;
      // a shared link's re-run comes back compared with the sender's verdicts (in the worker)
      const sender = this.shared?.sender;
      // the texts the page renders itself come from the worker too: in place before the report is shown
      const options = { lang: i18n.lang, dns: this.dns, hop: this.hop, offline: !navigator.onLine && !sampleZone, ...(sampleZone ? { zone: sampleZone } : {}), ...(sender ? { sender } : {}) };
      const [r] = await Promise.all([
        this.client.analyze(input, options, (e) => {
          if (seq === this.#runSeq) this.#logQuery(e);
        }),
        loadPageTexts(this.client, i18n.lang),
      ]);
      if (seq !== this.#runSeq) return;
      if (r.input.headerCount === 0) {
        // a body without header fields: nothing to explain
        this.report = null;
        this.hint = 'noHeaders';
        this.status = t('hint.noHeaders');
        return;
      }
      this.report = r;
      this.status = statusOf(r);
      // DNS was not reached although the browser says it is online: no 'online' event may come
      if (r.offline && navigator.onLine) this.#retryWhenReachable(seq, input, { ...options, offline: false });
      // a shared link opens at the top of the page; a user's own analysis moves focus to its results
      requestAnimationFrame(() => document.getElementById('results')?.focus({ preventScroll: this.sharedRedacted !== null }));
    } catch (e) {
      if (seq === this.#runSeq) this.error = t('error.generic', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (seq === this.#runSeq) this.running = false;
    }
  }

  /**
   * An analysis made offline because DNS could not be reached, while the browser says it is online
   * (navigator.onLine is not always right, and then no 'online' event comes): tried again in the
   * background after growing pauses; once DNS answers, the analysis runs again and is shown.
   */
  #retryWhenReachable(seq: number, input: string | Uint8Array, options: Parameters<AnalyzerClient['analyze']>[1], attempt = 0): void {
    if (this.#probe) clearTimeout(this.#probe);
    this.#probe = null;
    if (attempt >= REACH_RETRY_MS.length) return;
    this.#probe = setTimeout(async () => {
      this.#probe = null;
      if (seq !== this.#runSeq || !this.report?.offline) return;
      try {
        const r = await this.client.analyze(input, options);
        if (seq !== this.#runSeq) return;
        if (!r.offline) return void this.analyze();
      } catch {
        // (the next attempt may do better)
      }
      this.#retryWhenReachable(seq, input, options, attempt + 1);
    }, REACH_RETRY_MS[attempt]);
  }

  /** a query of the running analysis: into the live log with the others of the next QUERY_LOG_MS */
  #logQuery(e: QueryLogEntry): void {
    this.#pendingQueries.push(e);
    const wait = Math.max(QUERY_LOG_MS, this.#runStart + QUERY_LOG_AFTER_MS - performance.now());
    this.#queryTimer ??= setTimeout(() => {
      this.#queryTimer = null;
      this.queries = [...this.queries, ...this.#pendingQueries];
      this.#pendingQueries = [];
    }, wait);
  }

  #clearQueries(): void {
    if (this.#queryTimer) clearTimeout(this.#queryTimer);
    this.#queryTimer = null;
    this.#pendingQueries = [];
    this.queries = [];
    this.#runStart = performance.now();
  }

  /** an mbox: one row per message, analysed in the worker; a single message is analysed as usual */
  async #runMbox(input: string | Uint8Array, seq: number): Promise<void> {
    this.report = null;
    this.mboxOpened = null;
    this.mbox = { rows: [], total: 0, truncated: false, done: 0 };
    // the summary's words (the rows render again when they arrive)
    void loadPageTexts(this.client, i18n.lang).catch(() => undefined);
    let rows: (MboxRow | undefined)[] = [];
    let done = 0;
    try {
      await this.client.mbox(
        input,
        { lang: i18n.lang, dns: this.dns, offline: !navigator.onLine },
        (batch) => {
          if (seq !== this.#runSeq || !this.mbox) return;
          for (const r of batch) rows[r.index] = r;
          done += batch.length;
          this.mbox = { ...this.mbox, rows, done };
        },
        (total, truncated) => {
          if (seq !== this.#runSeq) return;
          rows = new Array(total);
          this.mbox = { rows, total, truncated, done: 0 };
        },
      );
      if (seq !== this.#runSeq) return;
      if (this.mbox && this.mbox.total <= 1) {
        this.mbox = null;
        this.running = false;
        return this.analyze(true);
      }
    } catch (e) {
      if (seq === this.#runSeq) this.error = t('error.generic', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (seq === this.#runSeq) this.running = false;
    }
  }

  /**
   * The language changed: the report on the page, rendered again in it from the same analysis (the
   * worker kept it: no DNS query, the same verdict). While an analysis runs, or when the worker no
   * longer has the report, the message is analysed again.
   */
  async relang(): Promise<void> {
    if (!this.report) return;
    if (this.running) return this.analyze();
    const seq = ++this.#runSeq;
    try {
      const lang = i18n.lang;
      const [r] = await Promise.all([this.client.rerender(lang), loadPageTexts(this.client, lang)]);
      // a live check already made is rendered again too
      const checks = await (this.fixChecks?.relang(r.fixes, lang) ?? new FixChecks(this.client, this.dns, r.fixes));
      if (seq !== this.#runSeq) return;
      this.#report = r;
      this.fixChecks = checks;
      this.status = statusOf(r);
    } catch {
      if (seq === this.#runSeq) await (this.mboxOpened !== null ? this.openMboxMessage(this.mboxOpened) : this.analyze());
    }
  }

  // arrow functions: Results gets these two as props, called without `this`
  openMboxMessage = async (i: number): Promise<void> => {
    const seq = ++this.#runSeq;
    this.running = true;
    this.error = null;
    try {
      const r = await this.client.mboxOpen(i, { lang: i18n.lang, dns: this.dns, offline: !navigator.onLine });
      if (seq !== this.#runSeq) return;
      this.report = r;
      this.mboxOpened = i;
      requestAnimationFrame(() => document.getElementById('verdict-title')?.scrollIntoView({ block: 'start' }));
    } catch (e) {
      if (seq === this.#runSeq) this.error = t('error.generic', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (seq === this.#runSeq) this.running = false;
    }
  };

  pickHop = (i: number | null): void => {
    this.hop = i;
    this.analyze();
  };

  async trySample(): Promise<void> {
    const [text, zone] = await Promise.all([import('./samples/ses-before.eml?raw').then((m) => m.default), import('./samples/ses-before.zone.json').then((m) => m.default as unknown as Zone)]);
    this.#fileBytes = null;
    this.fileName = null;
    this.bodyOmitted = false;
    this.hop = null;
    this.sharedRedacted = null;
    this.source = text;
    this.sampleZone = zone;
    await this.analyze();
  }

  /** a new input (typed, pasted, a file, cleared): no longer a file, the sample or a shared link */
  #forgetOrigin(): void {
    this.sampleZone = null;
    this.#fileBytes = null;
    this.fileName = null;
    this.hop = null;
    this.sharedRedacted = null;
    this.shared = null;
  }

  /** the text in the source box was typed (or dropped) */
  typed(): void {
    this.#forgetOrigin();
    this.bodyOmitted = false;
  }

  pasted(): void {
    this.#forgetOrigin();
    this.sourceFolded = false;
    // let the textarea take the pasted text, then analyse it
    setTimeout(() => this.analyze(), 0);
  }

  async takeFile(f: File): Promise<void> {
    const buf = new Uint8Array(await f.arrayBuffer());
    this.#forgetOrigin();
    this.#fileBytes = buf;
    this.fileName = f.name;
    this.sourceFolded = false;
    // show the text (bounded) so the user sees what is analysed; an Outlook .msg is binary
    this.bodyOmitted = false;
    if (isMsgFile(buf)) this.source = '';
    else if (buf.length <= SHOW_WHOLE_FILE) this.source = new TextDecoder().decode(buf);
    else {
      // a large file: the text area shows the headers only (laying out megabytes of text would
      // freeze the page); the whole file is analysed
      const end = headerBlockEnd(buf.subarray(0, 1024 * 1024));
      this.source = new TextDecoder().decode(buf.subarray(0, end)) + '\n' + t('input.bodyNotShown', { n: groupDigits(buf.length - end) });
      this.bodyOmitted = true;
    }
    this.analyze();
  }

  clear(): void {
    this.#forgetOrigin();
    this.hint = null;
    this.status = '';
    this.source = '';
    this.report = null;
    this.mbox = null;
    this.mboxOpened = null;
    this.#clearQueries();
    this.error = null;
    this.sourceFolded = false;
    this.shareError = null;
    if (location.hash) history.replaceState(null, '', location.href.split('#')[0]);
  }
}

function statusOf(r: Report): string {
  const verdict = r.dmarc.result === 'none' ? t('verdict.none') : `DMARC ${r.dmarc.result}`;
  const n = r.fixes.filter((f) => f.records.length > 0).length;
  const fixes = n === 0 ? t('status.fixes0') : n === 1 ? t('status.fixes1') : t('status.fixesN', { n });
  return t('status.done', { verdict, fixes }) + (r.offline ? ` ${t('status.offline')}.` : '');
}
