/// <reference lib="webworker" />
// Runs src/lib off the main thread: parsing, hashing, DNS, the whole analysis.
import { AnalysisSession } from '../lib/report/session.ts';
import { checkFix } from '../lib/advice/index.ts';
import type { FromWorker, ToWorker, DnsSettings } from './protocol.ts';

let session: AnalysisSession | null = null;

function sessionFor(dns: DnsSettings): AnalysisSession {
  const cfg = { endpoints: dns.endpoints, format: dns.format };
  if (!session || !session.sameConfig(cfg)) session = new AnalysisSession(cfg);
  return session;
}

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  try {
    if (m.type === 'analyze') {
      const s = sessionFor(m.options.dns);
      const off = s.resolver.onQuery((entry) => post({ type: 'query', id: m.id, entry }));
      try {
        const report = await s.analyze(m.input, { lang: m.options.lang, hop: m.options.hop, offline: m.options.offline });
        post({ type: 'result', id: m.id, report });
      } finally {
        off();
      }
    } else if (m.type === 'check-fixes') {
      const s = sessionFor(m.dns);
      for (const f of m.fixes) for (const r of f.records) s.resolver.invalidate(r.name);
      const status = await Promise.all(m.fixes.map((f) => checkFix(f, s.resolver)));
      post({ type: 'fix-status', id: m.id, status });
    }
  } catch (e) {
    post({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) });
  }
};
