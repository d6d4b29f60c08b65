// A Resolver wrapper used by the DMARC checks: asks each (name, type) once, never throws,
// and keeps the order in which queries were made so the UI can show every one of them.
import { normName, type DnsResult, type QueryLogEntry, type Resolver, type RRType } from '../dns/types.ts';

export class RecordingResolver implements Resolver {
  /** every query actually sent to the inner resolver, in order */
  readonly log: QueryLogEntry[] = [];
  private readonly cache = new Map<string, Promise<DnsResult>>();

  constructor(private readonly inner: Resolver) {}

  /** Wrap once: a RecordingResolver passed in is reused so that answers are shared. */
  static wrap(resolver: Resolver): RecordingResolver {
    return resolver instanceof RecordingResolver ? resolver : new RecordingResolver(resolver);
  }

  has(name: string, type: RRType): boolean {
    return this.cache.has(`${normName(name)}|${type}`);
  }

  query(name: string, type: RRType): Promise<DnsResult> {
    const key = `${normName(name)}|${type}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.ask(normName(name), type);
      this.cache.set(key, p);
    }
    return p;
  }

  private async ask(name: string, type: RRType): Promise<DnsResult> {
    const entry: QueryLogEntry = { name, type, status: 'ERROR', answers: [] };
    this.log.push(entry);
    let res: DnsResult;
    try {
      res = await this.inner.query(name, type);
    } catch (e) {
      res = { name, type, status: 'ERROR', answers: [], chain: [], ad: false, error: String((e as Error)?.message ?? e) };
    }
    entry.status = res.status;
    entry.answers = res.answers.map((a) => a.data);
    if (res.error) entry.error = res.error;
    if (res.elapsedMs !== undefined) entry.elapsedMs = res.elapsedMs;
    return res;
  }
}
