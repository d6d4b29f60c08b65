// The SPF engine's view of DNS: a Resolver wrapped with a query log, a per-evaluation memo
// and a hard cap on the number of queries, whatever the records say.
import { isTransientFailure, isVoid, normName, type DnsRecord, type DnsResult, type Resolver, type RRType } from '../dns/types.ts';
import type { SpfDnsQuery } from './types.ts';
import { EN, type Tr } from '../i18n/tr.ts';

/**
 * Far above what the RFC limits allow in one evaluation (10 terms x (1 + 10 MX hosts), a PTR
 * walk, the record itself and exp=), so it only bites when something else went wrong.
 */
export const MAX_QUERIES = 150;
const MAX_SUMMARY_ANSWERS = 20;
const MAX_ANSWER_TEXT = 300;

export interface Lookup {
  /** null when the cap was reached and the query was not sent */
  result: DnsResult | null;
  summary: SpfDnsQuery;
}

export class SpfDns {
  readonly log: SpfDnsQuery[] = [];
  private readonly memo = new Map<string, Promise<DnsResult>>();
  /** `tr`: the language of the texts it writes into the log (a skipped query, a missing result) */
  constructor(
    private readonly resolver: Resolver,
    private readonly cap = MAX_QUERIES,
    private readonly tr: Tr = EN,
  ) {}

  get capReached(): boolean {
    return this.memo.size >= this.cap;
  }

  async query(rawName: string, type: RRType): Promise<Lookup> {
    const name = normName(rawName);
    const key = `${type} ${name}`;
    let pending = this.memo.get(key);
    if (!pending) {
      if (this.capReached) {
        const summary: SpfDnsQuery = { name, type, status: 'SKIPPED', answers: [], void: false, error: this.tr('spf.dns.cap', { cap: this.cap }) };
        return { result: null, summary };
      }
      pending = this.send(name, type);
      this.memo.set(key, pending);
      const summary = summarise(await pending, this.tr);
      this.log.push(summary);
      return { result: await pending, summary };
    }
    const result = await pending;
    return { result, summary: summarise(result, this.tr) };
  }

  private async send(name: string, type: RRType): Promise<DnsResult> {
    try {
      const r = await this.resolver.query(name, type);
      if (!r || typeof r !== 'object' || !Array.isArray(r.answers)) throw new Error(this.tr('spf.dns.no-result'));
      return r;
    } catch (e) {
      return { name, type, status: 'ERROR', answers: [], chain: [], ad: false, error: e instanceof Error ? e.message : String(e) };
    }
  }
}

export function summarise(r: DnsResult, tr: Tr = EN): SpfDnsQuery {
  const answers = r.answers.slice(0, MAX_SUMMARY_ANSWERS).map((a) => clip(answerText(a)));
  if (r.answers.length > MAX_SUMMARY_ANSWERS) answers.push(tr('spf.dns.more-answers', { n: r.answers.length - MAX_SUMMARY_ANSWERS }));
  const q: SpfDnsQuery = { name: r.name, type: r.type, status: r.status, answers, void: isVoid(r) };
  if (r.error) q.error = r.error;
  return q;
}

function answerText(a: DnsRecord): string {
  return typeof a.data === 'string' ? a.data : String(a.data);
}

function clip(s: string): string {
  return s.length > MAX_ANSWER_TEXT ? `${s.slice(0, MAX_ANSWER_TEXT)}…` : s;
}

export function isDnsError(r: DnsResult): boolean {
  return isTransientFailure(r) || (r.status !== 'NOERROR' && r.status !== 'NXDOMAIN');
}
