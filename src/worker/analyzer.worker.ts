/// <reference lib="webworker" />
// Runs src/lib off the main thread: parsing, hashing, DNS, the whole analysis.
import { AnalysisSession } from '../lib/report/session.ts';
import { checkFix } from '../lib/advice/index.ts';
import { splitMbox } from '../lib/message/mbox.ts';
import { mboxRow, mboxErrorRow, type MboxRow } from '../lib/report/mbox-row.ts';
import { MBOX_BATCH_ROWS, DOMAIN_CHECK_UNAVAILABLE, type FromWorker, type ToWorker, type DnsSettings } from './protocol.ts';
import type { Lang } from '../lib/i18n/core.ts';
import { loadTexts } from '../lib/i18n/tr.ts';
import { ZoneResolver, type Zone } from '../lib/dns/zone.ts';
import { CachingResolver } from '../lib/dns/cache.ts';
import { analyzeMessage } from '../lib/report/analyze.ts';
import type { Report } from '../lib/report/types.ts';
import { retryableImport } from '../lib/util/retry-import.ts';
import { dnsUnreachable } from '../lib/report/unreachable.ts';
import { compareShared, sharedReport } from '../lib/share/compare.ts';
import { previewRedaction } from '../lib/share/redact.ts';
import type { SenderView } from '../lib/share/verdicts.ts';
import { languageCatalogue, loadedCatalogue } from '../lib/findings/catalog.ts';
import { EN_PAGE_CATALOGUE, type PageCatalogue } from '../lib/findings/page.ts';
import { renderCoded, setCodedTexts } from '../lib/findings/coded.ts';
import { renderText } from '../lib/findings/render.ts';

// its own chunk, not precached; a failed import is asked for again under a fresh URL (some browsers keep the failure)
const importDomainCheck = retryableImport(() => import('../lib/domaincheck/index.ts'));

/** An analysis; one whose DNS queries all failed to reach the resolver is made again offline (the
 * receiver's results), not shown as DNS temperrors. */
async function analyzeReachable(s: AnalysisSession, input: Parameters<AnalysisSession['analyze']>[0], o: Parameters<AnalysisSession['analyze']>[1] & { offline?: boolean }): Promise<Report> {
  const report = await s.analyze(input, o);
  return !o.offline && dnsUnreachable(report.dns) ? s.analyze(input, { ...o, offline: true }) : report;
}

// The engines here keep their texts as codes (findings/coded.ts): every message to the page is put
// into words on its way out, in the language asked for, and the last report stays coded, so a
// language switch renders it again (a 'rerender') instead of analysing the message again.
setCodedTexts(true);

let session: AnalysisSession | null = null;
/** the messages of the last mbox, for opening one of them */
let mboxMessages: Uint8Array[] = [];
/** analyses of an mbox run side by side (their DNS queries overlap; the cache answers repeats) */
const MBOX_CONCURRENCY = 4;
/** rows go to the page in batches of at most MBOX_BATCH_ROWS (protocol.ts), or this often */
const MBOX_BATCH_MS = 150;
/** the language of the last analysis: its fixes are checked in it unless the message says otherwise */
let lastLang: Lang = 'en';
/**
 * What the page shows, kept coded for a language switch: the last report, the last domain check and
 * the last few live checks of fixes. Each with the ids of the requests it answered (its own and each
 * rerender: a switch made before the previous one was answered still names it), and the reply that
 * carries it.
 */
type Kept = { kind: 'result' | 'domain-result' | 'fix-status'; ids: Set<number>; reply: (id: number) => FromWorker };
const kept: Kept[] = [];
const KEEP: Record<Kept['kind'], number> = { result: 1, 'domain-result': 1, 'fix-status': 4 };

function keep(kind: Kept['kind'], id: number, reply: Kept['reply']): void {
  kept.push({ kind, ids: new Set([id]), reply });
  const same = kept.filter((k) => k.kind === kind);
  if (same.length > KEEP[kind]) kept.splice(kept.indexOf(same[0]!), 1);
}

function sessionFor(dns: DnsSettings): AnalysisSession {
  const cfg = { endpoints: dns.endpoints, format: dns.format };
  if (!session || !session.sameConfig(cfg)) session = new AnalysisSession(cfg);
  return session;
}

/** the bundled sample: DNS answered from its zone snapshot (never from the network) */
async function analyzeWithZone(input: string | Uint8Array, zone: Zone, o: { lang: Lang; hop?: number | null }) {
  const r = new CachingResolver(new ZoneResolver(zone));
  return analyzeMessage(input, r, {
    lang: o.lang,
    hop: o.hop,
    queryLog: () => r.log().map((e) => ({ name: e.name, type: e.type, status: e.status, answers: e.answers, elapsedMs: e.elapsedMs, cached: e.cached || e.deduped })),
  });
}

/** A shared link's re-run as the shared view shows it: compared with the sender's verdicts. */
function asShared(report: Report, input: string | Uint8Array, sender: SenderView | undefined, lang: Lang): Report {
  if (!sender) return report;
  const source = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return sharedReport(report, compareShared(sender, report, source), sender, loadedCatalogue(lang), lang) as unknown as Report;
}

const postRaw = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
/** a message to the page, in words of `lang` (its language's texts loaded first: loadTexts) */
const inWords = <T>(x: T, lang: Lang | null | undefined): T => renderCoded(x, (code, params) => renderText(languageCatalogue(lang), code, params));

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === 'prepare') {
    await loadTexts(m.lang).catch(() => undefined);
    const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\/lang-[a-z]{2}-[\w-]+\.js$/.test(u));
    postRaw({ type: 'prepared', id: m.id, urls });
    return;
  }
  if (m.type === 'page-texts') {
    // the page's areas, taken from the language's whole catalogue (loaded for the engines anyway)
    await loadTexts(m.lang).catch(() => undefined);
    const all = languageCatalogue(m.lang);
    const texts = Object.fromEntries(Object.keys(EN_PAGE_CATALOGUE).map((k) => [k, all[k as keyof typeof all]])) as PageCatalogue;
    postRaw({ type: 'page-texts', id: m.id, texts });
    return;
  }
  if (m.type === 'rerender') {
    // the report on the page, in another language: the same report (same DNS answers, same verdict)
    await loadTexts(m.lang).catch(() => undefined);
    const k = kept.find((x) => x.ids.has(m.of));
    if (k) {
      // the page now shows it as the answer to this request
      k.ids.add(m.id);
      postRaw(inWords(k.reply(m.id), m.lang));
    } else postRaw({ type: 'error', id: m.id, message: 'report-gone' });
    return;
  }
  if (m.type === 'redact') {
    try {
      // (warnings as codes: the page words them)
      postRaw({ type: 'redacted', id: m.id, preview: previewRedaction(m.source, m.options) });
    } catch (e) {
      postRaw({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) });
    }
    return;
  }
  if (m.type !== 'check-fixes' && m.options?.lang) lastLang = m.options.lang;
  const lang = m.type === 'check-fixes' ? (m.lang ?? lastLang) : m.options?.lang;
  const post = (x: FromWorker) => postRaw(inWords(x, lang));
  /** a single report: kept coded (for a language switch), sent in words */
  const result = (report: Report) => {
    keep('result', m.id, (id) => ({ type: 'result', id, report }));
    post({ type: 'result', id: m.id, report });
  };
  try {
    await loadTexts(lang);
    if (m.type === 'analyze') {
      if (m.options.zone) {
        result(asShared(await analyzeWithZone(m.input, m.options.zone, m.options), m.input, m.options.sender, m.options.lang));
        return;
      }
      const s = sessionFor(m.options.dns);
      const off = s.resolver.onQuery((entry) => post({ type: 'query', id: m.id, entry }));
      try {
        const report = await analyzeReachable(s, m.input, { lang: m.options.lang, hop: m.options.hop, offline: m.options.offline });
        result(asShared(report, m.input, m.options.sender, m.options.lang));
      } finally {
        off();
      }
    } else if (m.type === 'mbox') {
      const s = sessionFor(m.options.dns);
      const bytes = typeof m.input === 'string' ? new TextEncoder().encode(m.input) : m.input;
      // split once; each message is a view of the input, analysed from its bytes
      const split = splitMbox(bytes);
      mboxMessages = split.messages.map((x) => x.data);
      const total = mboxMessages.length;
      post({ type: 'mbox-start', id: m.id, total, truncated: split.truncated });
      const parts = Math.max(1, m.parts ?? 1);
      const part = Math.min(parts - 1, Math.max(0, m.part ?? 0));
      // compact rows, posted in batches: one page task per batch, not per message
      let batch: MboxRow[] = [];
      let last = performance.now();
      const flush = (force = false) => {
        if (batch.length && (force || batch.length >= MBOX_BATCH_ROWS || performance.now() - last >= MBOX_BATCH_MS)) {
          post({ type: 'mbox-rows', id: m.id, total, rows: batch });
          batch = [];
          last = performance.now();
        }
      };
      let next = part;
      const work = async () => {
        while (next < total) {
          const i = next;
          next += parts;
          try {
            const report = await s.analyze(mboxMessages[i]!, { lang: m.options.lang, offline: m.options.offline, summaryOnly: true });
            batch.push(mboxRow(i, report));
          } catch (e) {
            batch.push(mboxErrorRow(i, e instanceof Error ? e.message : String(e)));
          }
          flush();
        }
      };
      await Promise.all(Array.from({ length: Math.min(MBOX_CONCURRENCY, total) }, work));
      flush(true);
      post({ type: 'done', id: m.id });
    } else if (m.type === 'mbox-open') {
      const data = mboxMessages[m.index];
      if (!data) throw new Error(`message ${m.index + 1} is not in the last mbox`);
      const s = sessionFor(m.options.dns);
      result(await analyzeReachable(s, data, { lang: m.options.lang, offline: m.options.offline, hop: m.options.hop }));
    } else if (m.type === 'domain-check') {
      // a domain check asks what DNS says now: nothing cached from earlier answers it
      const s = sessionFor(m.options.dns);
      s.resolver.invalidate();
      const off = s.resolver.onQuery((entry) => post({ type: 'query', id: m.id, entry }));
      try {
        // its own chunk, not precached: offline before its first use it cannot load
        const { checkDomain } = await importDomainCheck().catch(() => {
          throw new Error(DOMAIN_CHECK_UNAVAILABLE);
        });
        const q = m.request;
        const result = await checkDomain(q.domain, s.resolver, { service: q.service, region: q.region, selectors: q.selectors, lang: m.options.lang });
        keep('domain-result', m.id, (id) => ({ type: 'domain-result', id, result }));
        post({ type: 'domain-result', id: m.id, result });
      } finally {
        off();
      }
    } else if (m.type === 'check-fixes') {
      const s = sessionFor(m.dns);
      for (const f of m.fixes) for (const r of f.records) s.resolver.invalidate(r.name);
      const status = await Promise.all(m.fixes.map((f) => checkFix(f, s.resolver, { lang: m.lang ?? lastLang })));
      keep('fix-status', m.id, (id) => ({ type: 'fix-status', id, status }));
      post({ type: 'fix-status', id: m.id, status });
    }
  } catch (e) {
    post({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) });
  }
};
