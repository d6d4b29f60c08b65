// The page's side of the analysis worker: one worker, requests tagged by id.
import type { FromWorker, ToWorker, AnalyzeOptions, DnsSettings, DomainCheckRequest } from '../worker/protocol.ts';
import type { DomainCheckResult } from '../lib/domaincheck/index.ts';
import type { Report, ReportFix } from '../lib/report/types.ts';
import type { QueryLogEntry } from '../lib/dns/types.ts';
import type { MboxRow } from '../lib/report/mbox-row.ts';

type Pending = {
  onQuery?: (e: QueryLogEntry) => void;
  onRow?: (index: number, total: number, row: MboxRow) => void;
  onStart?: (total: number, truncated: boolean) => void;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
};

export class AnalyzerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  /** start the worker ahead of the first analysis (its chunk and the parser load meanwhile) */
  warm(): void {
    this.ensure();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('../worker/analyzer.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (ev: MessageEvent<FromWorker>) => this.receive(ev.data);
    w.onerror = (ev) => {
      ev.preventDefault();
      for (const p of this.pending.values()) p.reject(new Error(ev.message || 'worker error'));
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  private receive(m: FromWorker) {
    const p = this.pending.get(m.id);
    if (!p) return;
    switch (m.type) {
      case 'query':
        p.onQuery?.(m.entry);
        break;
      case 'mbox-row':
        p.onRow?.(m.index, m.total, m.row);
        break;
      case 'mbox-start':
        p.onStart?.(m.total, m.truncated);
        break;
      case 'result':
        this.pending.delete(m.id);
        p.resolve(m.report);
        break;
      case 'domain-result':
        this.pending.delete(m.id);
        p.resolve(m.result);
        break;
      case 'fix-status':
        this.pending.delete(m.id);
        p.resolve(m.status);
        break;
      case 'done':
        this.pending.delete(m.id);
        p.resolve(undefined);
        break;
      case 'error':
        this.pending.delete(m.id);
        p.reject(new Error(m.message));
        break;
    }
  }

  private send<R>(msg: ToWorker, extra: Partial<Pending> = {}): Promise<R> {
    const w = this.ensure();
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

  mbox(input: string | Uint8Array, options: AnalyzeOptions, onRow: (i: number, total: number, row: MboxRow) => void, onStart?: (total: number, truncated: boolean) => void): Promise<void> {
    return this.send<void>({ type: 'mbox', id: this.nextId++, input, options: plainCopy(options) }, { onRow, onStart });
  }

  domainCheck(request: DomainCheckRequest, options: AnalyzeOptions, onQuery?: (e: QueryLogEntry) => void): Promise<DomainCheckResult> {
    return this.send<DomainCheckResult>({ type: 'domain-check', id: this.nextId++, request: plainCopy(request), options: plainCopy(options) }, { onQuery });
  }

  mboxOpen(index: number, options: AnalyzeOptions): Promise<Report> {
    return this.send<Report>({ type: 'mbox-open', id: this.nextId++, index, options: plainCopy(options) });
  }
}

/** Svelte's $state proxies cannot be posted to a worker: take a plain deep copy. */
function plainCopy<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}
