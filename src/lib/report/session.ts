// One DNS session per DoH configuration: a DohResolver behind a CachingResolver. Shared by the
// worker and the CLI so that both run exactly the same code.
import { DohResolver, type FetchLike } from '../dns/doh.ts';
import { CachingResolver } from '../dns/cache.ts';
import type { Report } from './types.ts';
import { analyzeMessage, type AnalyzeOptions } from './analyze.ts';

export interface DnsConfig {
  endpoints: string[];
  format: 'json' | 'wire';
  timeoutMs?: number;
  fetch?: FetchLike;
}

export class AnalysisSession {
  readonly resolver: CachingResolver;
  constructor(readonly config: DnsConfig) {
    this.resolver = new CachingResolver(
      new DohResolver({ endpoints: config.endpoints.length ? config.endpoints : undefined, format: config.format, timeoutMs: config.timeoutMs, fetch: config.fetch }),
      // within one analysis a failed query is not waited for twice (DMARC discovery runs early and again)
      { failureTtlSec: 60 },
    );
  }

  sameConfig(c: DnsConfig): boolean {
    return c.format === this.config.format && c.endpoints.join(' ') === this.config.endpoints.join(' ');
  }

  async analyze(input: string | Uint8Array, opts: Omit<AnalyzeOptions, 'queryLog'> = {}): Promise<Report> {
    this.resolver.resetLog();
    const report = await analyzeMessage(input, this.resolver, {
      ...opts,
      queryLog: () =>
        this.resolver.log().map((e) => ({ name: e.name, type: e.type, status: e.status, answers: e.answers, ...(e.error ? { error: e.error } : {}), elapsedMs: e.elapsedMs, cached: e.cached || e.deduped })),
    });
    // the names of the proposed records were just asked (is it published already?) and are the ones the
    // user is about to publish: the next analysis asks again instead of trusting a cached "not there"
    for (const f of report.fixes ?? []) for (const r of f.records ?? []) if (r.name && !r.name.includes('<')) this.resolver.invalidate(r.name);
    return report;
  }
}
