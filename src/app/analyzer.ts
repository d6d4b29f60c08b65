// The page's side of the analysis worker: one worker, requests tagged by id.
import type { FromWorker, ToWorker, AnalyzeOptions, DnsSettings, DomainCheckRequest } from '../worker/protocol.ts';
import type { DomainCheckResult } from '../lib/domaincheck/index.ts';
import type { Report, ReportFix } from '../lib/report/types.ts';
import type { QueryLogEntry } from '../lib/dns/types.ts';
import type { MboxRow } from '../lib/report/mbox-row.ts';
import type { RedactOptions, RedactionPreview } from '../lib/share/redact.ts';
import type { PageCatalogue } from '../lib/findings/page.ts';

/** at most this many workers share an mbox */
const MAX_POOL = 4;

type Pending = {
  onQuery?: (e: QueryLogEntry) => void;
  onRows?: (rows: MboxRow[], total: number) => void;
  onStart?: (total: number, truncated: boolean) => void;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
};

export class AnalyzerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** the requests whose report / domain check arrived last (the worker keeps them for rerender) */
  private lastResult = 0;
  private lastDomainResult = 0;
  /** the request a 'fix-status' reply answered last: read right after checkFixes resolves, it names
   * that check (the continuation runs before any other message is received) */
  lastChecksId = 0;

  /** start the worker ahead of the first analysis (its chunk, the parser and the language's texts
   * load meanwhile; a language's texts are not precached, so this is also what caches them) */
  warm(lang: 'en' | 'ja'): Promise<string[]> {
    const w = this.ensure();
    return lang === 'en' ? Promise.resolve([]) : this.send<string[]>({ type: 'prepare', id: this.nextId++, lang }, {}, w);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn(() => {
      this.worker?.terminate();
      this.worker = null;
    });
    this.worker = w;
    return w;
  }

  private spawn(onFail: () => void): Worker {
    const w = new Worker(new URL('../worker/analyzer.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (ev: MessageEvent<FromWorker>) => this.receive(ev.data);
    w.onerror = (ev) => {
      ev.preventDefault();
      for (const p of this.pending.values()) p.reject(new Error(ev.message || 'worker error'));
      this.pending.clear();
      onFail();
    };
    return w;
  }

  private receive(m: FromWorker) {
    const p = this.pending.get(m.id);
    if (!p) return;
    switch (m.type) {
      case 'query':
        p.onQuery?.(m.entry);
        return;
      case 'mbox-rows':
        p.onRows?.(m.rows, m.total);
        return;
      case 'mbox-start':
        p.onStart?.(m.total, m.truncated);
        return;
    }
    // a final reply: the request is answered
    this.pending.delete(m.id);
    if (m.type === 'result') this.lastResult = m.id;
    if (m.type === 'domain-result') this.lastDomainResult = m.id;
    if (m.type === 'fix-status') this.lastChecksId = m.id;
    if (m.type === 'error') p.reject(new Error(m.message));
    else p.resolve(answerOf(m));
  }

  private send<R>(msg: ToWorker, extra: Partial<Pending> = {}, w: Worker = this.ensure()): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.set(msg.id, { ...extra, resolve: resolve as (v: unknown) => void, reject });
      w.postMessage(msg);
    });
  }

  analyze(input: string | Uint8Array, options: AnalyzeOptions, onQuery?: (e: QueryLogEntry) => void): Promise<Report> {
    return this.send<Report>({ type: 'analyze', id: this.nextId++, input, options: plainCopy(options) }, { onQuery });
  }

  checkFixes(fixes: ReportFix[], dns: DnsSettings): Promise<unknown> {
    return this.send({ type: 'check-fixes', id: this.nextId++, fixes: plainCopy(fixes), dns: plainCopy(dns) });
  }

  /**
   * An mbox, analysed by a pool of workers (one per core, at most MAX_POOL): each splits the file
   * once and takes every n-th message; rows come back compact and in batches. The first worker
   * (the one kept afterwards) holds the messages for mboxOpen.
   */
  async mbox(input: string | Uint8Array, options: AnalyzeOptions, onRows: (rows: MboxRow[], total: number) => void, onStart?: (total: number, truncated: boolean) => void): Promise<void> {
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    const parts = Math.max(1, Math.min(MAX_POOL, cores));
    const extra: Worker[] = [];
    for (let k = 1; k < parts; k++) extra.push(this.spawn(() => undefined));
    const opts = plainCopy(options);
    let started = false;
    const start = (total: number, truncated: boolean) => {
      if (started) return;
      started = true;
      onStart?.(total, truncated);
    };
    try {
      await Promise.all(
        [this.ensure(), ...extra].map((w, part) => this.send<void>({ type: 'mbox', id: this.nextId++, input, options: opts, part, parts }, { onRows, onStart: start }, w)),
      );
    } finally {
      for (const w of extra) w.terminate();
    }
  }

  domainCheck(request: DomainCheckRequest, options: AnalyzeOptions, onQuery?: (e: QueryLogEntry) => void): Promise<DomainCheckResult> {
    return this.send<DomainCheckResult>({ type: 'domain-check', id: this.nextId++, request: plainCopy(request), options: plainCopy(options) }, { onQuery });
  }

  /** the texts the page renders itself (findings/page.ts), in a language: from the worker, which
   * has every text anyway, so the page does not download them a second time */
  pageTexts(lang: 'en' | 'ja'): Promise<PageCatalogue> {
    return this.send<PageCatalogue>({ type: 'page-texts', id: this.nextId++, lang });
  }

  /** the Share panel's redaction, computed in the worker (the page does not bundle the redactor) */
  redact(source: string, options: RedactOptions): Promise<RedactionPreview> {
    return this.send<RedactionPreview>({ type: 'redact', id: this.nextId++, source, options: plainCopy(options) });
  }

  /**
   * The last report, in another language: the worker renders the same analysis again (no new
   * DNS query, the same verdict). Rejects when the worker no longer has it (restarted): analyse again.
   */
  rerender(lang: 'en' | 'ja'): Promise<Report> {
    return this.again<Report>(this.lastResult, lang);
  }

  /** The last domain check, in another language (as rerender: no DNS query, the same findings). */
  rerenderDomain(lang: 'en' | 'ja'): Promise<DomainCheckResult> {
    return this.again<DomainCheckResult>(this.lastDomainResult, lang);
  }

  /** A live check of fixes (the id checkFixes answered, lastChecksId), in another language. */
  rerenderChecks(of: number, lang: 'en' | 'ja'): Promise<unknown> {
    return this.again(of, lang);
  }

  /** what answered request `of`, rendered again in `lang` (the worker answers as it did then) */
  private again<R>(of: number, lang: 'en' | 'ja'): Promise<R> {
    if (!this.worker || !of) return Promise.reject(new Error('report-gone'));
    return this.send<R>({ type: 'rerender', id: this.nextId++, of, lang });
  }

  mboxOpen(index: number, options: AnalyzeOptions): Promise<Report> {
    return this.send<Report>({ type: 'mbox-open', id: this.nextId++, index, options: plainCopy(options) });
  }
}

/** What a final reply answers its request with. */
function answerOf(m: Exclude<FromWorker, { type: 'query' | 'mbox-rows' | 'mbox-start' | 'error' }>): unknown {
  switch (m.type) {
    case 'result':
      return m.report;
    case 'domain-result':
      return m.result;
    case 'fix-status':
      return m.status;
    case 'page-texts':
      return m.texts;
    case 'redacted':
      return m.preview;
    case 'prepared':
      return m.urls;
    case 'done':
      return undefined;
    default: {
      // a new final reply must say what it answers with
      const unknownReply: never = m;
      return unknownReply;
    }
  }
}

/** Svelte's $state proxies cannot be posted to a worker: take a plain deep copy. */
function plainCopy<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}
