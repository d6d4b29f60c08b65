// Figure 2 — CPU. Analysis time per message with instant DNS (a ZoneResolver over the message's
// zone: every answer is already in memory), against mailauth 4.13 authenticate() run in the same
// process, on the same bytes (LF→CRLF once), with a resolver over the same ZoneResolver giving Node
// dns-style answers (TXT as arrays of chunks; NXDOMAIN → ENOTFOUND, NODATA → ENODATA).
// mailauth gets the client IP, HELO and MAIL FROM our analysis found in the message (so both run
// SPF on the same identity), mta fixed, BIMI disabled (we have no BIMI check; it would only add
// work on mailauth's side). Warm-up, then ITERATIONS rounds alternating ours / mailauth per
// message; per message the median of each; corpus figure = Σ medians(ours) / Σ medians(mailauth).
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import type { RRType } from '../src/lib/dns/types.ts';
import { ZoneResolver } from '../src/lib/dns/zone.ts';
import { analyzeMessage } from '../src/lib/report/analyze.ts';
import { loadCorpus, type CorpusMessage } from './corpus.ts';
import { geomean, median, ms, sum, table, type Figure } from './util.ts';

const require = createRequire(import.meta.url);
type Authenticate = (input: Buffer, opts: Record<string, unknown>) => Promise<{ dkim: { results?: { status: { result: string } }[] }; spf: { status?: { result: string } } | false; dmarc: { status?: { result: string } } | false; arc: { status?: { result: string } } | false }>;

export const ITERATIONS = 20;
export const WARMUP = 5;

class DnsError extends Error {
  constructor(readonly code: string, name: string) {
    super(`${code} ${name}`);
  }
}

/** mailauth's resolver(name, type) over the same zone lookup. */
export function mailauthResolver(zone: ZoneResolver) {
  return async (name: string, type: string) => {
    const r = zone.lookup(name, type as RRType);
    switch (r.status) {
      case 'NXDOMAIN': throw new DnsError('ENOTFOUND', name);
      case 'TIMEOUT': throw new DnsError('ETIMEOUT', name);
      case 'SERVFAIL': throw new DnsError('ESERVFAIL', name);
      case 'REFUSED': throw new DnsError('EREFUSED', name);
      case 'ERROR': throw new DnsError('ESERVFAIL', name);
    }
    if (!r.answers.length) throw new DnsError('ENODATA', name);
    switch (type) {
      case 'TXT': return r.answers.map((a) => a.strings ?? [a.data]);
      case 'MX': return r.answers.map((a) => ({ exchange: a.exchange, priority: a.priority }));
      default: return r.answers.map((a) => a.data);
    }
  };
}

interface Row {
  name: string;
  bytes: number;
  ours: number;
  mailauth: number;
  oursVerdict: string;
  mailauthVerdict: string;
}

export interface CpuBenchResult {
  figures: Figure[];
  text: string;
  rows: Row[];
  ratio: number;
}

export async function runCpuBench(corpus: CorpusMessage[] = loadCorpus()): Promise<CpuBenchResult> {
  const { authenticate } = require('mailauth') as { authenticate: Authenticate };
  const mailauthVersion = (require('mailauth/package.json') as { version: string }).version;
  const cases = await Promise.all(corpus.map(async (m) => {
    const zone = new ZoneResolver(m.zone);
    const buf = Buffer.from(m.bytes);
    const first = await analyzeMessage(m.bytes, zone);
    const opts = {
      resolver: mailauthResolver(zone),
      ip: first.spf?.clientIp ?? '192.0.2.1',
      helo: first.spf?.helo ?? undefined,
      sender: first.mailFrom.address ?? undefined,
      mta: 'mx.bench.example',
      disableBimi: true,
    };
    const ma = await authenticate(buf, opts);
    return {
      m,
      ours: () => analyzeMessage(m.bytes, zone),
      theirs: () => authenticate(buf, opts),
      oursVerdict: `dmarc=${first.dmarc.result} spf=${first.spf?.result ?? '-'} dkim=${first.dkim.map((d) => d.result).join(',') || '-'} arc=${first.arc.result}`,
      mailauthVerdict: `dmarc=${ma.dmarc ? ma.dmarc.status?.result : '-'} spf=${ma.spf ? ma.spf.status?.result : '-'} dkim=${(ma.dkim.results ?? []).map((r) => r.status.result).join(',') || '-'} arc=${ma.arc ? ma.arc.status?.result : '-'}`,
    };
  }));

  const t = { ours: cases.map(() => [] as number[]), theirs: cases.map(() => [] as number[]) };
  for (let it = 0; it < WARMUP + ITERATIONS; it++) {
    for (const [i, c] of cases.entries()) {
      // alternate which goes first, so neither always runs on a just-warmed cache
      const order = it % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const);
      for (const k of order) {
        const t0 = performance.now();
        await c[k]();
        const dt = performance.now() - t0;
        if (it >= WARMUP) t[k][i]!.push(dt);
      }
    }
  }
  const rows: Row[] = cases.map((c, i) => ({
    name: c.m.name,
    bytes: c.m.bytes.length,
    ours: median(t.ours[i]!),
    mailauth: median(t.theirs[i]!),
    oursVerdict: c.oursVerdict,
    mailauthVerdict: c.mailauthVerdict,
  }));
  const oursTotal = sum(rows.map((r) => r.ours));
  const theirsTotal = sum(rows.map((r) => r.mailauth));
  const ratio = oursTotal / theirsTotal;
  const gm = geomean(rows.map((r) => r.ours / r.mailauth));
  const medOurs = median(rows.map((r) => r.ours));
  const medTheirs = median(rows.map((r) => r.mailauth));
  const worse = rows.filter((r) => r.ours > 0.5 * r.mailauth).length;

  const lines: string[] = [];
  lines.push(`Corpus: ${rows.length} messages; instant DNS (ZoneResolver); mailauth ${mailauthVersion} authenticate() in the same process; ${WARMUP} warm-up + ${ITERATIONS} timed rounds; per-message medians.`);
  lines.push('');
  lines.push(table(
    ['message', 'bytes', 'ours ms', 'mailauth ms', 'ratio', 'ours', 'mailauth'],
    rows.map((r) => [r.name, r.bytes, r.ours.toFixed(2), r.mailauth.toFixed(2), (r.ours / r.mailauth).toFixed(2), r.oursVerdict, r.mailauthVerdict]),
  ));
  lines.push('');
  lines.push(`Mean per message (Σ medians / n): ours ${ms(oursTotal / rows.length, 2)}, mailauth ${ms(theirsTotal / rows.length, 2)} → ratio ${ratio.toFixed(2)} (goal ≤ 0.50).`);
  lines.push(`Median message: ours ${ms(medOurs, 2)}, mailauth ${ms(medTheirs, 2)}; geometric mean of per-message ratios ${gm.toFixed(2)}; ${worse}/${rows.length} messages above 0.5×.`);
  lines.push('');
  lines.push(await profileOurs(corpus));
  return {
    figures: [{ figure: `CPU: ms/message, ${rows.length} msgs, instant DNS (vs mailauth ${mailauthVersion})`, measured: `${ms(oursTotal / rows.length, 2)} vs ${ms(theirsTotal / rows.length, 2)} = ${ratio.toFixed(2)}×`, goal: '≤ 0.50 × mailauth', met: ratio <= 0.5 }],
    text: lines.join('\n'),
    rows,
    ratio,
  };
}

/**
 * Where our analysis spends its CPU on this corpus: a V8 CPU profile of PROFILE_ROUNDS rounds,
 * self time grouped by function and file (src/ functions by name; Node's WebCrypto internals,
 * GC and the idle time spent awaiting WebCrypto's thread pool as their own rows).
 */
export async function profileOurs(corpus: CorpusMessage[], rounds = 10): Promise<string> {
  const cases = corpus.map((m) => ({ m, zone: new ZoneResolver(m.zone) }));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const c of cases) await analyzeMessage(c.m.bytes, c.zone);
  const wall = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number): string => {
    const cf = byId.get(id)!.callFrame;
    if (cf.functionName === '(idle)') return '(idle: awaiting WebCrypto / timers)';
    if (cf.functionName === '(garbage collector)') return '(garbage collector)';
    if (/node:internal\/crypto|^node:internal\/webcrypto/.test(cf.url)) {
      for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
        const u = byId.get(up)!.callFrame;
        const m = /\/(src\/[^?#]+)/.exec(u.url);
        if (m) return `WebCrypto (node:internal/crypto) ← ${u.functionName || '(anonymous)'} ${m[1]}`;
      }
      return 'WebCrypto (node:internal/crypto), caller not on the stack (async job)';
    }
    if (cf.functionName === '(root)' || cf.functionName === '(program)') return '(program: native code outside JS)';
    const src = /\/(src\/[^?#]+)/.exec(cf.url);
    if (src) return `${cf.functionName || '(anonymous)'} ${src[1]}`;
    const up = parent.get(id);
    // a builtin or library frame: charge it to the nearest src/ caller
    return up !== undefined ? label(up) : `${cf.functionName || '(program)'}`;
  };
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((s, i) => {
    const dt = profile.timeDeltas[i]! / 1000;
    total += dt;
    const k = label(s);
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  const per = cases.length * rounds;
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 14);
  return [
    `Profile of ours: ${rounds} rounds × ${cases.length} messages, ${(wall / per).toFixed(2)} ms/message under the profiler. Self time (library and builtin frames charged to their src/ caller):`,
    table(['where', 'share', 'ms/message'], rows.map(([k, v]) => [k, `${((v / total) * 100).toFixed(1)}%`, (v / per).toFixed(3)])),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = loadCorpus();
  const r = await runCpuBench(corpus);
  console.log(r.text);
}
