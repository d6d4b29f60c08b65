// The whole analysis: raw input + a Resolver → Report. Runs in the worker, in Node (CLI) and tests.
import type { Resolver } from '../dns/types.ts';
import { CachingResolver } from '../dns/cache.ts';
import type { AuthResult, Problem } from '../types.ts';
import { normaliseInput } from '../message/normalise.ts';
import { splitMessage, binaryToText, unfold, type RawMessage } from '../message/raw.ts';
import { parseFrom } from '../message/address.ts';
import { parseAuthResults, receiverClaims, parseReceivedSpf, type ReceiverClaim, type ParsedAuthResults } from '../authres/index.ts';
import { buildHops, boundaryHop } from '../message/received.ts';
import { decodeAntispam } from '../message/antispam.ts';
import { decodeHeaderValue, explainHeader } from '../message/header-info.ts';
import { isMsgFile, readMsg, msgToMessage } from '../message/msg.ts';
import { checkSpf, lintSpf } from '../spf/index.ts';
import { verifyDkim } from '../dkim/index.ts';
import { validateArc } from '../arc/index.ts';
import { evaluateDmarc, discoverDmarc, prefetchDmarc, signingDomains } from '../dmarc/index.ts';
import { aligned, orgDomainPSL } from '../domain/index.ts';
import { detectProvider, planFixes, toBindZone, toTable } from '../advice/index.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { translator as textTranslator, type Tr } from '../i18n/tr.ts';
import { envelopeSender, ipFromSpfComment } from './envelope.ts';
import { compareWithReceiver } from './compare.ts';
import { buildSteps } from './steps.ts';
import type { Report } from './types.ts';
import type { HeaderView } from './types.ts';

export interface AnalyzeOptions {
  lang?: Lang;
  /** index (oldest = 0) of the Received hop to take the client IP and HELO from; default: the receiver's boundary */
  hop?: number | null;
  /** no DNS at all: DNS-dependent checks fall back to the receiver's Authentication-Results */
  offline?: boolean;
  /** unix seconds, for DKIM x= expiry (tests) */
  now?: number;
  /** the query log of the resolver, copied into the report */
  queryLog?: () => Report['dns'];
}

const MAX_DISPLAY_VALUE = 65536;
/** header rows in the report (a message may carry thousands of fields) */
const MAX_HEADER_ROWS = 2000;

export function headerViews(raw: RawMessage): HeaderView[] {
  return raw.headers.map((h) => {
    const v = binaryToText(unfold(h.value)).trim();
    return { index: h.index, name: h.name, value: v.length > MAX_DISPLAY_VALUE ? v.slice(0, MAX_DISPLAY_VALUE) + '…' : v, line: h.line };
  });
}

function sameIp(a: string, b: string): boolean {
  const n = (x: string) => x.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/^ipv6:/, '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
  return n(a) === n(b);
}

/** An Outlook .msg: the transport headers Outlook kept, and the plain-text body. */
function outlookMsg(bytes: Uint8Array, tr: Tr): { text: string; problems: Problem[] } {
  const r = readMsg(bytes);
  if (!r.ok) return { text: '', problems: [{ code: 'msg-unreadable', severity: 'error', subject: '.msg', message: tr({ en: `This Outlook .msg file could not be read: ${r.error}`, ja: `この Outlook の .msg ファイルは読み取れませんでした: ${r.error}` }) }] };
  const problems: Problem[] = r.value.problems.map((m) => ({ code: 'msg-note', severity: 'info' as const, subject: '.msg', message: m }));
  const text = msgToMessage(r.value);
  if (text === null) problems.unshift({ code: 'msg-no-headers', severity: 'error', subject: '.msg', message: tr({ en: 'This Outlook .msg file carries no transport headers, so there is nothing to authenticate. Open the message in Outlook and copy File > Properties > Internet headers instead.', ja: 'この Outlook の .msg ファイルには配送時のヘッダーが残っていないため、認証を検査できません。Outlook でメッセージを開き、「ファイル」>「プロパティ」の「インターネット ヘッダー」をコピーしてください。' }) });
  return { text: text ?? '', problems };
}

export async function analyzeMessage(input: string | Uint8Array, resolver: Resolver, opts: AnalyzeOptions = {}): Promise<Report> {
  const t = translator(opts.lang ?? 'en');
  const tr = textTranslator(opts.lang);
  const fromMsg = input instanceof Uint8Array && isMsgFile(input) ? outlookMsg(input, tr) : null;
  const norm = normaliseInput(fromMsg ? fromMsg.text : input, { lang: opts.lang });
  const problems: Problem[] = [...(fromMsg?.problems ?? []), ...norm.problems];
  const raw = splitMessage(norm.bytes, norm.binary);
  const views = headerViews(raw);
  const named = (k: string) => views.filter((h) => h.name.toLowerCase() === k);
  const rawNamed = (k: string) => raw.headers.filter((h) => h.key === k);

  for (const j of raw.junk.slice(0, 5)) {
    problems.push({ code: 'header-junk', severity: 'warning', subject: `line ${j.line}`, message: tr({ en: `Line ${j.line} in the header block is not a header field and was ignored: "${binaryToText(j.text).slice(0, 120)}".`, ja: `ヘッダー部分の ${j.line} 行目はヘッダーではないため無視しました: "${binaryToText(j.text).slice(0, 120)}"` }) });
  }

  // --- identifiers -------------------------------------------------------------------------
  const from = parseFrom(named('from').map((h) => h.value), { lang: opts.lang });
  problems.push(...from.problems);

  const authres: { parsed: ParsedAuthResults; line: number }[] = named('authentication-results').map((h) => ({ parsed: parseAuthResults(h.value), line: h.line }));
  for (const a of authres) for (const p of a.parsed.problems) problems.push({ ...p, subject: p.subject ?? `Authentication-Results (line ${a.line})` });
  const claims = receiverClaims(authres.map((a) => a.parsed));
  const topClaim: ReceiverClaim | undefined = claims[0];
  const topLine = authres[0]?.line;

  const rsfHeaders = named('received-spf');
  const receivedSpf = rsfHeaders[0] ? { parsed: parseReceivedSpf(rsfHeaders[0].value), text: rsfHeaders[0].value, line: rsfHeaders[0].line } : undefined;

  const received = named('received').map((h) => ({ value: h.value, line: h.line }));
  const authservIds = claims.map((c) => c.authservId).filter((x): x is string => !!x);
  const hops = buildHops(received, { receiverAuthservIds: authservIds });
  const boundary = hops.boundary ?? boundaryHop(hops.hops, authservIds);
  const chosen = opts.hop != null && hops.hops[opts.hop] ? { hop: hops.hops[opts.hop]!, clientIp: hops.hops[opts.hop]!.ip ?? null, helo: hops.hops[opts.hop]!.from ?? null, reason: 'chosen by the user' } : boundary;

  const rp = rawNamed('return-path')[0];
  const rpText = rp ? named('return-path')[0]!.value : undefined;
  const envelope = envelopeSender(rp, rpText === undefined ? undefined : ' ' + rpText, receivedSpf, topClaim, topLine);

  let clientIp = chosen?.clientIp ?? null;
  let helo = chosen?.helo ?? null;
  let ipSource = chosen ? 'received' : null;
  if (!clientIp && receivedSpf?.parsed.clientIp) {
    clientIp = receivedSpf.parsed.clientIp;
    ipSource = 'received-spf';
  }
  if (!clientIp) {
    const fromComment = ipFromSpfComment(topClaim?.spf?.comment);
    if (fromComment) {
      clientIp = fromComment;
      ipSource = 'authentication-results';
    }
  }
  if (!helo && receivedSpf?.parsed.helo) helo = receivedSpf.parsed.helo;
  if (!helo && topClaim?.spf?.helo) helo = topClaim.spf.helo;

  // cross-check the client IP with what the receiver wrote elsewhere (Received-SPF, the A-R comment)
  const ipCrossCheck = [
    { source: 'received-spf' as const, ip: receivedSpf?.parsed.clientIp ?? null },
    { source: 'authentication-results' as const, ip: ipFromSpfComment(topClaim?.spf?.comment) },
  ]
    .filter((c): c is { source: 'received-spf' | 'authentication-results'; ip: string } => !!c.ip && c.source !== ipSource)
    .map((c) => ({ ...c, agrees: !!clientIp && sameIp(c.ip, clientIp) }));
  for (const c of ipCrossCheck) {
    if (!c.agrees && clientIp) {
      problems.push({ code: 'client-ip-mismatch', severity: 'warning', subject: c.source === 'received-spf' ? 'Received-SPF' : 'Authentication-Results', message: tr({
        en: `The receiver's ${c.source === 'received-spf' ? 'Received-SPF header' : 'Authentication-Results comment'} names client IP ${c.ip}, but SPF here is evaluated for ${clientIp} (${opts.hop != null ? 'the hop you chose' : 'from the boundary Received line'}). Pick the hop with ${c.ip} in the delivery path if that is the one the receiver checked.`,
        ja: `受信側の${c.source === 'received-spf' ? ' Received-SPF ヘッダー' : ' Authentication-Results のコメント'}はクライアント IP ${c.ip} を示していますが、ここでは ${clientIp}（${opts.hop != null ? '選んだホップ' : '境界の Received 行'}）について SPF を評価しています。受信側が検査したのがそちらなら、配送経路で ${c.ip} のホップを選んでください。`,
      }) });
    }
  }

  // --- checks, independent ones concurrently -----------------------------------------------
  const offline = !!opts.offline;
  const fromDomain = from.domain;
  const spfIdentity = envelope.nullSender ? (helo ? `postmaster@${helo}` : null) : envelope.address;
  const spfP =
    !offline && clientIp && (spfIdentity || helo)
      ? checkSpf({ ip: clientIp, mailFrom: envelope.nullSender ? '' : envelope.address ?? '', helo: helo ?? '' }, resolver, { lang: opts.lang ?? 'en' })
      : Promise.resolve(null);
  const dkimP = offline ? Promise.resolve(null) : verifyDkim(raw, resolver, { now: opts.now, lang: opts.lang ?? 'en' });
  const arcP = offline ? Promise.resolve(null) : validateArc(raw, resolver, { now: opts.now, lang: opts.lang ?? 'en' });
  const lintP = !offline && fromDomain ? lintSpf(fromDomain, resolver, { lang: opts.lang ?? 'en' }).catch(() => null) : Promise.resolve(null);
  // the record that was evaluated is linted too when it is not the From domain's (the cache
  // answers the queries check_host already made)
  const envDomain = envelope.domain ?? (envelope.nullSender ? helo : null);
  const envLintP = !offline && envDomain && envDomain.toLowerCase() !== fromDomain?.toLowerCase() ? lintSpf(envDomain, resolver, { lang: opts.lang ?? 'en' }).catch(() => null) : Promise.resolve(null);
  // DMARC discovery needs only the From domain: start it now so its queries run beside SPF/DKIM
  // (after them: the SPF chain, record then includes, is the longest, so its first query goes first).
  const warmDmarc = !offline && fromDomain ? discoverDmarc(fromDomain, resolver).catch(() => null) : null;
  // Every name of the DMARC tree walks (discovery and alignment) is known now: behind a caching
  // resolver, ask them all at once (after the checks above, whose chains are longer) so the walks,
  // still one query after another, find them answered. A plain resolver is left alone.
  const dmarcPrefetch =
    !offline && fromDomain && resolver instanceof CachingResolver
      ? prefetchDmarc({ fromDomains: from.domains, identifierDomains: [envelope.domain ?? helo, ...signingDomains(rawNamed('dkim-signature').map((h) => h.value))] }, resolver)
      : null;
  const [spf, dkim, arc, apexLint, envLint] = await Promise.all([spfP, dkimP, arcP, lintP, envLintP]);
  await warmDmarc;

  // SPF: ours, else the receiver's claim
  const spfDomain = spf?.domain ?? envelope.domain ?? (helo || null);
  const spfResult: AuthResult | null = spf ? spf.result : ((topClaim?.spf?.result as AuthResult | undefined) ?? null);
  const spfSource: 'ours' | 'receiver' | 'none' = spf ? 'ours' : topClaim?.spf ? 'receiver' : 'none';
  if (!spf && !offline && !clientIp) {
    problems.push({ code: 'no-client-ip', severity: 'warning', subject: 'Received', message: tr({ en: 'No client IP address could be found (no Received line from the receiving server, no Received-SPF, no IP in the Authentication-Results comment), so SPF was not evaluated here; the receiver’s SPF result is shown instead.', ja: 'クライアント IP アドレスが見つかりません（受信サーバーの Received 行、Received-SPF、Authentication-Results のコメントのいずれにもありません）。そのためここでは SPF を評価せず、受信側の SPF の結果を示します。' }) });
  }

  // DKIM: ours, else the receiver's claims
  const dkimList = dkim
    ? dkim.map((s) => ({ d: s.d ?? null, s: s.s ?? null, algorithm: s.algorithm ?? null, result: s.result, bodyHash: s.bodyHash, aligned: false, source: 'ours' as const, reason: s.reason, line: s.headerLine, detail: s }))
    : (topClaim?.dkim ?? []).map((c) => ({ d: c.d ?? null, s: c.s ?? null, algorithm: c.a ?? null, result: c.result as AuthResult, bodyHash: 'not-checked' as const, aligned: false, source: 'receiver' as const, reason: c.comment, line: topLine, detail: c }));

  // DMARC
  const dmarc = fromDomain
    ? offline
      ? null
      : await evaluateDmarc(
          {
            fromDomains: from.domains,
            spf: spfResult && spfDomain ? { result: spfResult, domain: spfDomain } : null,
            dkim: dkimList.filter((k) => k.d).map((k) => ({ result: k.result, d: k.d! })),
          },
          resolver,
          { lang: opts.lang ?? 'en' },
        )
    : null;
  await dmarcPrefetch; // no query of this analysis outlives it
  const mode = { aspf: dmarc?.aspf ?? 'r', adkim: dmarc?.adkim ?? 'r' } as const;
  const org = (d: string) => orgDomainPSL(d, { allowPrivate: true });
  // alignment as DMARC decided it (RFC 9989 tree walk); the Public Suffix List only when DMARC
  // could not be evaluated (offline, no record lookups)
  const spfAligned = dmarc?.spfAlignment ? dmarc.spfAlignment.aligned : !!(fromDomain && spfDomain && aligned(fromDomain, spfDomain, mode.aspf, org));
  for (const k of dkimList) {
    const d = (k.d ?? '').toLowerCase().replace(/\.$/, '');
    const walked = d ? dmarc?.dkimAlignment?.find((a) => a.d.toLowerCase() === d) : undefined;
    k.aligned = walked ? walked.aligned : !!(fromDomain && k.d && aligned(fromDomain, k.d, mode.adkim, org));
  }

  // receiver's DMARC when we could not evaluate (offline)
  const dmarcOut: Report['dmarc'] = dmarc
    ? {
        result: dmarc.result,
        recordDomain: dmarc.recordDomain ?? null,
        record: dmarc.record ?? null,
        policy: dmarc.policy ?? null,
        policySource: dmarc.policySource ?? null,
        spfAligned: dmarc.spfAligned,
        dkimAligned: dmarc.dkimAligned,
        aspf: dmarc.aspf ?? undefined,
        adkim: dmarc.adkim ?? undefined,
        orgDomain: dmarc.orgDomain ?? null,
        detail: dmarc,
      }
    : {
        result: offline && topClaim?.dmarc ? ((topClaim.dmarc.result as Report['dmarc']['result']) ?? 'none') : 'none',
        recordDomain: null,
        record: null,
        policy: null,
        spfAligned: spfResult === 'pass' && spfAligned,
        dkimAligned: dkimList.some((k) => k.result === 'pass' && k.aligned),
      };

  // --- advice --------------------------------------------------------------------------------
  const provider = detectProvider({
    headers: views.map((h) => ({ name: h.name, value: h.value })),
    mailFromDomain: envelope.domain,
    dkimDomains: dkimList.filter((k) => k.d).map((k) => ({ d: k.d!, s: k.s ?? '' })),
    lang: opts.lang ?? 'en',
  });
  const fixes =
    fromDomain && !offline
      ? planFixes({
          lang: opts.lang ?? 'en',
          fromDomain,
          mailFromDomain: envelope.domain,
          provider,
          spf: { result: spfResult ?? 'none', domain: spfDomain, aligned: spfAligned },
          dkim: dkimList.map((k) => ({ d: k.d ?? '', s: k.s ?? '', result: k.result, aligned: k.aligned })),
          dmarc: dmarc
            ? {
                record: dmarc.record ?? null,
                recordDomain: dmarc.recordDomain ?? null,
                aspf: dmarc.aspf,
                adkim: dmarc.adkim,
                p: dmarc.parsed?.p ?? null,
                sp: dmarc.parsed?.sp ?? null,
                np: dmarc.parsed?.np ?? null,
                rua: dmarc.parsed?.rua ?? [],
                policy: dmarc.policy ?? null,
                result: dmarc.result,
                spfAligned: dmarc.spfAligned,
                dkimAligned: dmarc.dkimAligned,
              }
            : null,
          existing: apexLint ? { apexSpf: apexLint.records ?? [], spfLookupsWorstCase: apexLint.worstCaseLookups } : undefined,
        })
      : [];

  const receiverViews: Report['receiver'] = claims.map((c, i) => ({
    authservId: c.authservId,
    spf: c.spf?.result ?? null,
    dkim: c.dkim.map((d) => d.result),
    dmarc: c.dmarc?.result ?? null,
    arc: c.arc?.result ?? null,
    smtpMailfrom: c.spf?.mailfrom ?? null,
    headerFrom: c.dmarc?.headerFrom ?? null,
    line: authres[i]?.line,
    trusted: i === 0,
  }));

  const report: Report = {
    version: 1,
    generatedAt: new Date().toISOString(),
    input: { bytes: norm.bytes.length, headersOnly: !raw.hasBody, headerCount: raw.headers.length, repairs: norm.repairs },
    from: { domain: fromDomain, domains: from.domains, mailboxes: from.mailboxes, line: named('from')[0]?.line },
    mailFrom: { domain: envelope.domain, address: envelope.address, source: envelope.source, nullSender: envelope.nullSender, evidence: envelope.evidence ?? undefined },
    spf:
      spfResult || spf
        ? {
            result: spfResult ?? 'none',
            domain: spfDomain,
            clientIp,
            helo,
            lookups: spf?.lookups ?? 0,
            ipCrossCheck,
            aligned: spfAligned,
            explanation: spf?.explanation,
            reason: spf?.summary,
            source: spfSource,
            identity: spf?.identity,
            trace: spf?.trace,
            lint: (envLint ?? (spfDomain?.toLowerCase() === fromDomain?.toLowerCase() ? apexLint : null)) ?? undefined,
          }
        : null,
    spfLints: [envLint, apexLint].filter((l) => l !== null),
    dkim: dkimList,
    arc: { result: arc?.result ?? 'none', detail: arc ?? undefined },
    dmarc: dmarcOut,
    provider: provider ? { id: provider.id, region: provider.region ?? null, name: provider.name, evidence: provider.evidence } : null,
    fixes,
    fixExports: fixes.some((f) => f.records.length) ? { bind: toBindZone(fixes, { lang: opts.lang ?? 'en' }), table: toTable(fixes) } : undefined,
    receiver: receiverViews,
    comparisons: [],
    dns: opts.queryLog?.() ?? [],
    hops: hops.hops.map((h) => ({ ip: h.ip ?? null, from: h.from ?? null, by: h.by ?? null, date: h.date ?? null, delaySeconds: h.delaySeconds ?? null })),
    hopDetail: { ...hops, boundary: chosen, ipSource },
    antispam: decodeAntispam(views.map((h) => ({ name: h.name, value: h.value }))),
    headers: views.slice(0, MAX_HEADER_ROWS).map((h) => ({ name: h.name, value: h.value, decoded: decodeHeaderValue(h.value), line: h.line, explain: explainHeader(h.name) })),
    steps: [],
    problems,
    offline: offline || undefined,
  };
  report.comparisons = compareWithReceiver(report, topClaim, t);
  report.steps = buildSteps(report, { t, envelope, ipSource, chosen, raw, views });
  return report;
}

