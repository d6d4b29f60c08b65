// The diagnosis step between the engines and the fix advisor: root causes (codes), who must act,
// and the gate the advisor must respect. Pure: reads what analyze.ts has after the engines.
import type { Catalogue } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import type { Evidence, FindingParams } from '../findings/types.ts';
import type { DkimSignatureResult } from '../dkim/types.ts';
import type { ArcResult } from '../arc/types.ts';
import type { DmarcEvaluation } from '../dmarc/evaluate.ts';
import type { SpfLint } from '../spf/types.ts';
import type { Detection } from '../advice/types.ts';
import type { Mailbox } from '../message/address.ts';
import { alignedIdentifiers, renderActor, renderDiagnosis } from './render.ts';
import { Headers, org, listSignal, forwardSignal, bounceSignal, autoReplySignal, gatewaySignal, displayAddressSignal, type HeaderLike, type HopLike } from './signals.ts';
import type { Actor, Diagnosis, DiagnosisCode, DiagnosisResult, DiagnosisRole, GateContext } from './types.ts';

export interface DiagnosisInput {
  from: { domain: string | null; domains: string[]; mailboxes: Mailbox[] };
  envelope: { address: string | null; domain: string | null; nullSender: boolean };
  helo: string | null;
  clientIp: string | null;
  /** our SPF evaluation (null: not evaluated) */
  spf: { result: string; lookups: number; problems: { code: string; subject?: string; message: string }[]; domain: string } | null;
  spfResult: string | null;
  spfDomain: string | null;
  spfAligned: boolean;
  /** SPF lints: the From domain's and the evaluated domain's (either may be null) */
  lints: (SpfLint | null)[];
  dkim: { d: string | null; s: string | null; algorithm: string | null; result: string; bodyHash: string; aligned: boolean; source: string; detail?: unknown }[];
  arc: ArcResult | null;
  dmarc: DmarcEvaluation | null;
  provider: Detection | null;
  /** false when SPF cannot align through the provider (it keeps the MAIL FROM on its own domain) */
  providerSpfRoute?: boolean;
  headers: HeaderLike[];
  hops: HopLike[];
  boundaryIndex?: number | null;
  receiverIds?: string[];
  offline?: boolean;
  /** SPF ended in permerror on the owner's own record, and the record derived from it (corrected, merged, within 10) passes this client */
  spfRepairedPass?: boolean;
}

const RANK: Record<string, number> = { none: 1, quarantine: 2, reject: 3 };

interface Draft {
  code: DiagnosisCode;
  actor: Actor;
  role: DiagnosisRole;
  params: FindingParams;
  evidence: Evidence[];
  /** fix problems this diagnosis answers */
  fixes?: string[];
}

/** The diagnoses for one message, most important first, and the gate for the advisor. */
export function diagnose(input: DiagnosisInput, cat: Catalogue): DiagnosisResult {
  const out: Draft[] = [];
  const add = (d: Draft) => {
    if (!out.some((x) => x.code === d.code)) out.push(d);
  };
  const h = new Headers(input.headers ?? []);
  const fromDomain = input.from.domain?.toLowerCase() ?? null;
  const fromOrg = org(fromDomain);
  const dm = input.dmarc;
  const dmarcResult = dm?.result ?? 'none';
  const dmarcPass = dmarcResult === 'pass';
  const policy = dm?.policy ?? null;
  const spfResult = input.spfResult ?? 'none';
  const spfPass = spfResult === 'pass';
  const spfAlignedPass = spfPass && input.spfAligned;
  const alignedSigs = input.dkim.filter((k) => k.aligned && k.d);
  const dkimAlignedPass = alignedSigs.some((k) => k.result === 'pass');
  const detail = (k: (typeof input.dkim)[number]) => (k.source === 'ours' ? (k.detail as DkimSignatureResult | undefined) : undefined);
  const mailbox = input.from.mailboxes[0];
  const localOf = (addr: string | null | undefined) => (addr && addr.lastIndexOf('@') > 0 ? addr.slice(0, addr.lastIndexOf('@')).slice(0, 200) : null);
  const envLocal = localOf(input.envelope.address);
  const ip = input.clientIp ?? '';
  const spfDom = input.spfDomain ?? input.envelope.domain ?? '';
  const lints = input.lints.filter((l): l is SpfLint => !!l);
  const apexLint = lints.find((l) => l.domain.toLowerCase() === fromDomain) ?? null;
  const envLint = lints.find((l) => l.domain.toLowerCase() === spfDom.toLowerCase()) ?? null;
  const spfOwnDomain = !!fromOrg && org(spfDom) === fromOrg;
  const dnsEv = (label: string, text: string): Evidence => ({ kind: 'dns', label, text: text.length > 200 ? text.slice(0, 200) + '…' : text });
  const provider = input.provider;
  const providerName = provider?.name ?? '';

  // ---------------------------------------------------------------- spoofing
  const display = displayAddressSignal(h.first('from') as HeaderLike | undefined, mailbox?.address ?? null, fromDomain);
  if (display) add({ code: 'spoof-display-address', actor: 'none', role: 'cause', params: { shown: display.shown, real: display.real }, evidence: display.evidence });

  const fromTxt = apexLint?.queries.find((q) => q.name.toLowerCase().replace(/\.$/, '') === fromDomain && q.type === 'TXT');
  const nonexistent = dm?.authorExists === false || fromTxt?.status === 'NXDOMAIN';
  if (fromDomain && nonexistent && !dkimAlignedPass && !spfAlignedPass) {
    add({
      code: 'spoof-nonexistent-domain',
      actor: 'none',
      role: 'cause',
      params: { domain: fromDomain, policy: policy ?? 'none' },
      evidence: [dnsEv(`A ${fromDomain}`, 'NXDOMAIN'), ...(dm?.record ? [dnsEv(`TXT ${dm.recordDomain ?? ''}`, dm.record)] : [])],
    });
  }

  // several From domains: DMARC evaluates each, and the message fails if one fails (RFC 9989 11.5); the
  // alignment notes below speak of one From domain, so they would contradict themselves
  const fromDomains = [...new Set(input.from.domains.map((d) => d.toLowerCase()))];
  const severalFrom = fromDomains.length > 1;
  if (severalFrom) {
    const failing = (dm?.perDomain ?? []).filter((p) => p.result !== 'pass' && p.authorDomain).map((p) => p.authorDomain!);
    add({ code: 'several-from-domains', actor: 'none', role: dmarcPass ? 'note' : 'cause', params: { domains: fromDomains.join(', '), failing: failing.join(', ') || '—' }, evidence: [{ kind: 'header', label: 'From', text: h.first('from')?.value?.slice(0, 200) ?? fromDomains.join(', ') }] });
  }

  // ---------------------------------------------------------------- DNS
  const temp = dmarcResult === 'temperror' || spfResult === 'temperror' || alignedSigs.some((k) => k.result === 'temperror');
  if (temp && !input.offline) {
    const what = dmarcResult === 'temperror' ? `_dmarc.${fromDomain}` : spfResult === 'temperror' ? spfDom : alignedSigs.filter((k) => k.result === 'temperror').map((k) => `${k.s}._domainkey.${k.d}`)[0] ?? '';
    add({ code: 'dns-unavailable', actor: 'owner', role: 'cause', params: { name: what }, evidence: [dnsEv(what, 'temperror')] });
  }

  // ---------------------------------------------------------------- DMARC record problems
  const dupQueries = (dm?.discovery?.queries ?? []).filter((q) => q.dropped.filter((x) => x.reason === 'multiple').length > 1);
  const strongest = dupQueries.flatMap((q) => q.dropped.map((x) => /\bp\s*=\s*(none|quarantine|reject)/i.exec(x.text)?.[1]?.toLowerCase() ?? '')).reduce<string | null>((a, p) => ((RANK[p] ?? 0) > (RANK[a ?? ''] ?? 0) ? p : a), dm?.record ? (/\bp\s*=\s*(none|quarantine|reject)/i.exec(dm.record)?.[1]?.toLowerCase() ?? null) : null);
  if (dupQueries.length) {
    const q = dupQueries[0]!;
    add({ code: 'dmarc-duplicate-records', actor: 'owner', role: 'cause', params: { name: q.name, count: q.dropped.length }, evidence: q.dropped.slice(0, 4).map((x) => dnsEv(`TXT ${q.name}`, x.text)), fixes: ['no-dmarc', 'dmarc-duplicates'] });
  }

  // ---------------------------------------------------------------- the path: gateway, list, forwarding
  const receiverIds = input.receiverIds ?? [];
  const boundaryIndex = input.boundaryIndex ?? null;
  const gateway = gatewaySignal(h, input.hops ?? [], boundaryIndex, receiverIds);
  const list = listSignal(h, mailbox?.name ?? '', fromDomain);
  const authorOrgs = [fromOrg, org(input.envelope.domain), ...alignedSigs.map((k) => org(k.d))].filter((x): x is string => !!x);
  const fwd = forwardSignal(h, {
    envelopeLocal: envLocal,
    envelopeDomain: input.envelope.domain,
    arcSealers: (input.arc?.sets ?? []).map((s) => ({ d: s.as.d, aar: s.aarText })),
    hops: input.hops ?? [],
    boundaryIndex,
    fromOrg,
    authorOrgs: [...new Set(authorOrgs)],
    spfPass,
    knownService: !!provider,
  });
  const arcSealers = (input.arc?.sets ?? []).map((s) => s.as.d).filter((x): x is string => !!x);
  const arcPass = input.arc?.result === 'pass';

  // DKIM of the author, per aligned signature
  const bodyBroken = alignedSigs.filter((k) => k.bodyHash === 'fail');
  const bodyNote = (k: (typeof alignedSigs)[number]) => detail(k)?.body?.notes?.find((n) => n.code.startsWith('body-'))?.code ?? 'body-changed';
  const headerChanged = alignedSigs.filter((k) => {
    const d = detail(k);
    return !!d && d.bodyHash === 'pass' && d.signature === 'fail' && d.problems.some((p) => p.code === 'dkim-z-header-changed');
  });
  // the header signature fails with the body intact and a sound key reached through a CNAME to the
  // service (which publishes and rotates it): a signed header changed on the way, not the key
  const headerChangedOnTheWay = (k: (typeof alignedSigs)[number]): boolean => {
    const d = detail(k);
    const target = d?.key?.chain?.at(-1);
    return !!d && d.bodyHash === 'pass' && d.signature === 'fail' && !d.problems.some((p) => p.code.startsWith('key-')) && !!target && org(target) !== org(k.d);
  };
  const keyProblem = (k: (typeof alignedSigs)[number]): DiagnosisCode | null => {
    const d = detail(k);
    if (!d) return null;
    const codes = d.problems.map((p) => p.code);
    if (codes.includes('key-revoked')) return 'dkim-key-revoked';
    if (codes.includes('key-not-found')) return 'dkim-key-missing';
    if (codes.includes('key-too-small') || k.result === 'policy') return 'dkim-key-too-small';
    if (codes.some((c) => /^key-(type-mismatch|p-invalid|h-mismatch|t-s-mismatch|syntax|version|invalid)/.test(c))) return 'dkim-key-mismatch';
    if (d.bodyHash === 'pass' && d.signature === 'fail' && !codes.includes('dkim-z-header-changed')) return 'dkim-key-mismatch';
    return null;
  };

  const intermediaryBroke = bodyBroken.length > 0 || headerChanged.length > 0;
  if (gateway && !spfAlignedPass && (gateway.atBoundary || !dkimAlignedPass)) {
    // the receiver's own setting for a gateway in front of it, by the vendor's name for it
    const setting = gateway.platform === 'Microsoft 365' ? '"Enhanced Filtering for Connectors"' : '"Inbound gateway"';
    add({ code: 'receiver-gateway', actor: 'receiver', role: dmarcPass ? 'note' : 'cause', params: { gateway: gateway.name, platform: gateway.platform, ip: ip || gateway.address || '—', setting }, evidence: gateway.evidence });
    // the gateway also rewrote the body (links, banners): the author's DKIM signature broke there, not at the sender
    const b = bodyBroken[0];
    if (b && !list && (!fwd || gateway.atBoundary)) {
      add({
        code: 'gateway-modified',
        actor: 'receiver',
        role: 'note',
        params: { gateway: gateway.name, platform: gateway.platform, d: b.d ?? '', how: bodyNote(b) },
        evidence: [{ kind: 'header', label: 'DKIM-Signature', text: `d=${b.d} s=${b.s} bh → fail` }],
      });
    }
  }
  if (list) {
    const listName = list.name;
    if (list.fromRewritten) {
      add({ code: 'mailing-list-from-rewritten', actor: dmarcPass ? 'none' : 'list', role: 'cause', params: { list: listName, domain: fromDomain ?? '' }, evidence: list.evidence });
    } else if (!dmarcPass) {
      const sig = bodyBroken[0] ?? headerChanged[0] ?? alignedSigs.find((k) => k.result !== 'pass');
      const how = bodyBroken[0] ? bodyNote(bodyBroken[0]) : list.subjectTag ? 'subject-tag' : 'headers';
      add({
        code: 'mailing-list-modified',
        actor: 'list',
        role: 'cause',
        params: { list: listName, domain: fromDomain ?? '', how, tag: list.subjectTag ?? '', d: sig?.d ?? fromDomain ?? '' },
        evidence: [...list.evidence, ...(sig ? [{ kind: 'header' as const, label: 'DKIM-Signature', text: `d=${sig.d} s=${sig.s} → ${sig.result}${sig.bodyHash === 'fail' ? ' (body hash)' : ''}` }] : [])],
      });
    } else {
      add({ code: 'mailing-list', actor: 'none', role: 'cause', params: { list: listName, domain: fromDomain ?? '' }, evidence: list.evidence });
    }
  }
  if (fwd && !list && !(gateway && gateway.atBoundary)) {
    const by = fwd.by ?? arcSealers[0] ?? (input.hops?.[boundaryIndex ?? -1]?.from ?? 'an intermediary');
    if (dmarcPass) add({ code: 'forwarded-survived', actor: 'none', role: 'cause', params: { by, domain: fromDomain ?? '' }, evidence: fwd.evidence });
    else
      add({
        code: 'forwarded-broken',
        actor: 'forwarder',
        role: 'cause',
        params: { by, ip, domain: fromDomain ?? '', arc: arcPass ? 'pass' : input.arc?.result ?? 'none', modified: intermediaryBroke ? 'yes' : 'no' },
        evidence: fwd.evidence,
      });
  }

  // ---------------------------------------------------------------- bounce / auto-reply
  const fromLocal = localOf(mailbox?.address);
  if (input.envelope.nullSender) {
    const bounce = bounceSignal(h, fromLocal);
    const auto = bounce ? null : autoReplySignal(h);
    const helo = input.helo ?? '';
    const code: DiagnosisCode = auto ? 'auto-reply' : 'bounce';
    add({
      code,
      actor: 'owner',
      role: dmarcPass ? 'note' : 'cause',
      params: { helo, domain: fromDomain ?? '', spf: spfResult, aligned: input.spfAligned ? 'yes' : 'no', pass: dmarcPass ? 'yes' : 'no' },
      evidence: [{ kind: 'header', label: 'Return-Path', text: '<>' }, ...(bounce ?? auto ?? [])],
      fixes: ['spf-alignment', 'spf-authorization', 'spf-permerror', 'spf-helo'],
    });
  } else {
    const auto = autoReplySignal(h);
    if (auto && !dmarcPass) add({ code: 'auto-reply', actor: 'owner', role: 'note', params: { helo: input.helo ?? '', domain: fromDomain ?? '', spf: spfResult, aligned: input.spfAligned ? 'yes' : 'no', pass: 'no' }, evidence: auto });
  }

  // ---------------------------------------------------------------- DKIM of the author's domain
  const pathExplains = !!list || (!!fwd && !dmarcPass) || !!(gateway && !spfAlignedPass);
  /** an intermediary sent this copy: SPF (and alignment advice) says nothing about the owner's setup */
  const intermediary = !!list || !!fwd || !!(gateway && !spfAlignedPass);
  if (!dkimAlignedPass) {
    for (const k of alignedSigs) {
      const kp = keyProblem(k);
      const name = `${k.s}._domainkey.${k.d}`;
      const d = detail(k);
      const target = d?.key?.chain?.at(-1);
      if (kp === 'dkim-key-mismatch' && headerChangedOnTheWay(k) && target && !pathExplains) {
        add({ code: 'dkim-signed-header-changed', actor: 'none', role: 'cause', params: { name, d: k.d ?? '', s: k.s ?? '', target }, evidence: [dnsEv(`CNAME ${name}`, target), { kind: 'header', label: 'DKIM-Signature', text: `d=${k.d} s=${k.s} → ${k.result} (body hash pass)` }], fixes: [] });
      } else if (kp && !(kp === 'dkim-key-mismatch' && pathExplains)) {
        add({
          code: kp,
          actor: org(k.d) === fromOrg ? 'owner' : 'service',
          role: 'cause',
          params: { name, d: k.d ?? '', s: k.s ?? '', bits: d?.key?.bits ?? 0, keyType: d?.key?.type ?? (k.algorithm?.startsWith('ed25519') ? 'ed25519' : 'rsa') },
          evidence: [dnsEv(`TXT ${name}`, d?.key?.records?.[0] ?? d?.key?.dnsStatus ?? 'no record'), { kind: 'header', label: 'DKIM-Signature', text: `d=${k.d} s=${k.s} a=${k.algorithm ?? ''} → ${k.result}` }],
          fixes: ['dkim-failure'],
        });
      }
    }
    if (!pathExplains) {
      const b = bodyBroken[0];
      if (b) {
        add({
          code: 'message-modified',
          actor: 'service',
          role: 'cause',
          params: { d: b.d ?? '', s: b.s ?? '', how: bodyNote(b) },
          evidence: [{ kind: 'header', label: 'DKIM-Signature', text: `d=${b.d} s=${b.s} bh → fail` }, ...(detail(b)?.body?.notes ?? []).slice(0, 1).map((n) => ({ kind: 'note' as const, label: 'body', text: n.message }))],
          fixes: [],
        });
      } else if (headerChanged[0]) {
        const x = headerChanged[0];
        const z = detail(x)?.problems.find((p) => p.code === 'dkim-z-header-changed');
        add({ code: 'header-modified', actor: 'service', role: 'cause', params: { d: x.d ?? '', s: x.s ?? '' }, evidence: z ? [{ kind: 'note', label: 'z=', text: z.message }] : [], fixes: [] });
      }
    }
  }

  // ---------------------------------------------------------------- SPF records
  const ownLints = [apexLint, spfOwnDomain ? envLint : null].filter((l, i, a): l is SpfLint => !!l && a.indexOf(l) === i);
  for (const l of ownLints) {
    const dom = l.domain;
    if (l.records.length > 1) add({ code: 'spf-duplicate-records', actor: 'owner', role: spfResult === 'permerror' && l === envLint ? 'cause' : 'note', params: { domain: dom, count: l.records.length }, evidence: l.records.slice(0, 4).map((r) => dnsEv(`TXT ${dom}`, r)), fixes: ['spf-permerror'] });
    // "+all" (here or in a record it includes) lets every server on the Internet pass SPF as this domain:
    // a pass, and the DMARC pass it gives, says nothing about who sent the message (RFC 7208 5.1)
    const passAll = l.problems.find((p) => p.code === 'spf-lint-pass-all');
    if (passAll) add({ code: 'spf-pass-all', actor: 'owner', role: 'cause', params: { domain: dom, term: passAll.subject ?? '+all' }, evidence: [dnsEv(`TXT ${dom}`, l.record ?? ''), { kind: 'note', label: 'lint', text: passAll.message }], fixes: [] });
    const syn = l.problems.find((p) => p.code === 'spf-lint-syntax');
    if (syn) add({ code: 'spf-syntax-error', actor: 'owner', role: spfResult === 'permerror' && l === envLint ? 'cause' : 'note', params: { domain: dom, term: syn.subject ?? '' }, evidence: [dnsEv(`TXT ${dom}`, l.record ?? ''), { kind: 'note', label: 'lint', text: syn.message }], fixes: ['spf-permerror'] });
    if (Number.isFinite(l.worstCaseLookups) && l.worstCaseLookups > 10) {
      const now = spfResult === 'permerror' && l === envLint && (input.spf?.lookups ?? 0) > 10;
      add({
        code: now ? 'spf-too-many-lookups' : 'spf-lookups-latent',
        actor: 'owner',
        role: 'cause',
        params: { domain: dom, lookups: l.worstCaseLookups, used: input.spf?.lookups ?? 0 },
        evidence: [dnsEv(`TXT ${dom}`, l.record ?? '')],
        fixes: now ? ['spf-permerror'] : ['spf-lookup-limit'],
      });
    }
  }
  if (spfResult === 'permerror' && !spfOwnDomain && spfDom) {
    add({ code: 'spf-syntax-error', actor: 'service', role: 'note', params: { domain: spfDom, term: envLint?.problems.find((p) => p.code === 'spf-lint-syntax')?.subject ?? '' }, evidence: envLint?.record ? [dnsEv(`TXT ${spfDom}`, envLint.record)] : [] });
  }

  // ---------------------------------------------------------------- policy discovery notes
  if (dm?.policySource === 'sp') add({ code: 'policy-from-sp', actor: 'none', role: 'note', params: { domain: fromDomain ?? '', policy: policy ?? '', record: dm.recordDomain ?? '' }, evidence: dm.record ? [dnsEv(`TXT ${dm.recordDomain ?? ''}`, dm.record)] : [] });
  if (dm?.policySource === 'np') add({ code: 'policy-from-np', actor: 'none', role: 'note', params: { domain: fromDomain ?? '', policy: policy ?? '', record: dm.recordDomain ?? '' }, evidence: dm.record ? [dnsEv(`TXT ${dm.recordDomain ?? ''}`, dm.record)] : [] });

  // ---------------------------------------------------------------- alignment
  const strictSpf = dm?.aspf === 's' && spfPass && !input.spfAligned && !!fromOrg && org(spfDom) === fromOrg;
  const strictDkim = dm?.adkim === 's' && input.dkim.some((k) => k.result === 'pass' && !k.aligned && !!k.d && org(k.d) === fromOrg);
  if (strictSpf || strictDkim) {
    add({
      code: 'strict-alignment',
      actor: 'owner',
      role: dmarcPass ? 'note' : 'cause',
      params: { tag: strictSpf ? 'aspf=s' : 'adkim=s', domain: fromDomain ?? '', identifier: strictSpf ? spfDom : input.dkim.find((k) => k.result === 'pass' && !k.aligned)?.d ?? '' },
      evidence: dm?.record ? [dnsEv(`TXT ${dm.recordDomain ?? ''}`, dm.record)] : [],
      fixes: strictSpf ? ['spf-alignment'] : ['dkim-alignment'],
    });
  }

  // recognised: the owner's key signed it, or a known service sent it, or the owner's SPF passed for it
  // a published key of the owner's that this signature really used: the header signature verified
  // (even if the body changed), or the selector exists but is revoked / too small to check
  // l= left bytes of the body unsigned: a genuine signed message can be resent by anyone, from any
  // server, with text appended (RFC 6376 8.2); such a pass does not recognise this copy's sender
  const lUnsigned = (k: (typeof alignedSigs)[number]) => detail(k)?.body?.notes?.find((n) => n.code === 'body-l-unsigned');
  const passing = alignedSigs.filter((k) => k.result === 'pass');
  const weakDkim = passing.length > 0 && passing.every((k) => !!lUnsigned(k));
  if (weakDkim) {
    const k = passing[0]!;
    const p = lUnsigned(k)!.params ?? {};
    add({
      code: 'dkim-body-length-limit',
      actor: 'owner',
      role: 'cause',
      params: { d: k.d ?? '', l: Number(p.l ?? 0), canonical: Number(p.canonical ?? 0), unsigned: Number(p.unsigned ?? 0), ip: ip || '—' },
      evidence: [{ kind: 'header', label: 'DKIM-Signature', text: `d=${k.d} s=${k.s} l=${String(p.l ?? '')} → pass` }],
      fixes: [],
    });
  }
  const ownKeyPublished = alignedSigs.some((k) => {
    const d = detail(k);
    const kp = keyProblem(k);
    return ((k.result === 'pass' || d?.signature === 'pass') && !lUnsigned(k)) || kp === 'dkim-key-revoked' || kp === 'dkim-key-too-small';
  });
  const recognised = (dkimAlignedPass && !weakDkim) || spfAlignedPass || ownKeyPublished || !!provider || (spfPass && spfOwnDomain) || (!!input.spfRepairedPass && input.spfAligned);

  if (!input.envelope.nullSender && !input.spfAligned && spfPass && !strictSpf && recognised && !intermediary && !severalFrom) {
    // a service with no custom MAIL FROM (Mailchimp, Brevo...): nothing to set for SPF, DKIM is the route
    const noRoute = !!provider && input.providerSpfRoute === false;
    add({
      code: noRoute ? 'service-spf-cannot-align' : provider ? 'service-mail-from-not-aligned' : 'spf-not-aligned',
      actor: 'owner',
      role: dmarcPass || noRoute ? 'note' : 'cause',
      params: { domain: fromDomain ?? '', mailFrom: spfDom, service: providerName || spfDom },
      evidence: [{ kind: 'header', label: 'Return-Path', text: input.envelope.address ?? spfDom }],
      fixes: noRoute ? ['dkim-alignment'] : ['spf-alignment'],
    });
  }
  if (input.spfAligned && !spfPass && spfResult !== 'permerror' && spfResult !== 'temperror' && spfResult !== 'none' && recognised && !pathExplains) {
    add({ code: 'spf-not-authorised', actor: 'owner', role: dkimAlignedPass ? 'note' : 'cause', params: { domain: spfDom, ip, result: spfResult }, evidence: [dnsEv(`TXT ${spfDom}`, envLint?.record ?? '')], fixes: ['spf-authorization'] });
  }
  const otherPass = input.dkim.filter((k) => k.result === 'pass' && !k.aligned && !!k.d && org(k.d) !== fromOrg);
  if (!dkimAlignedPass && otherPass.length && !strictDkim && recognised && !intermediary && !severalFrom) {
    add({ code: 'dkim-not-aligned', actor: 'owner', role: spfAlignedPass ? 'note' : 'cause', params: { domain: fromDomain ?? '', d: otherPass[0]!.d ?? '', service: providerName || otherPass[0]!.d || '' }, evidence: otherPass.slice(0, 2).map((k) => ({ kind: 'header' as const, label: 'DKIM-Signature', text: `d=${k.d} s=${k.s} → pass` })), fixes: ['dkim-alignment'] });
  }

  // spoofing by unrecognised infrastructure: nothing of the owner's authenticated it, no known service, no path explanation
  const spoofed = out.some((d) => d.code.startsWith('spoof-'));
  const spfUndecided = spfResult === 'permerror' || spfResult === 'temperror';
  if (!dmarcPass && !spoofed && !recognised && !intermediary && !alignedSigs.length && !spfUndecided && !input.envelope.nullSender && fromDomain && !temp && dm?.record) {
    add({
      code: 'spoof-unrecognised-sender',
      actor: 'none',
      role: 'cause',
      params: { domain: fromDomain, ip, spf: spfResult, mailFrom: spfDom || '—', policy: policy ?? 'none' },
      evidence: [{ kind: 'header', label: 'client IP', text: ip || '—' }, ...(apexLint?.record ? [dnsEv(`TXT ${fromDomain}`, apexLint.record)] : [])],
    });
  }

  if (dm && !dm.record && fromDomain && !nonexistent && dmarcResult === 'none' && !dupQueries.length && !input.offline) {
    add({ code: 'dmarc-missing', actor: 'owner', role: 'cause', params: { domain: fromDomain, org: dm?.orgDomain ?? fromOrg ?? fromDomain }, evidence: [], fixes: ['no-dmarc'] });
  }

  if (!out.some((d) => d.role === 'cause') && fromDomain && dmarcPass) {
    add({ code: 'nothing-to-fix', actor: 'none', role: 'cause', params: { domain: fromDomain ?? '', via: alignedIdentifiers(spfAlignedPass, dkimAlignedPass) }, evidence: [] });
  }

  // order: causes first, by priority; then notes
  const ordered = [...out].sort((a, b) => (a.role === b.role ? PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code) : a.role === 'cause' ? -1 : 1));
  const diagnoses: Diagnosis[] = ordered.map((d) => ({
    code: d.code,
    actor: d.actor,
    role: d.role,
    summary: renderDiagnosis(cat, d.code, d.params),
    evidence: d.evidence,
    params: d.params,
  }));
  const primary = ordered[0] ?? { code: 'nothing-to-fix' as DiagnosisCode, actor: 'none' as Actor, role: 'cause' as DiagnosisRole, params: {}, evidence: [] };

  const problemDiagnosis: Record<string, DiagnosisCode> = {};
  for (const d of ordered) for (const p of d.fixes ?? []) problemDiagnosis[p] ??= d.code;
  const ownerActs = !NOT_OWNER.has(primary.code);
  const lintWarnings = lints.some((l) => l.problems.some((p) => p.severity !== 'info')) || lints.some((l) => l.records.length > 1);
  // values no proposed record may contain: this message's client, HELO and foreign envelope domain,
  // unless the sender is recognised as the owner's and no intermediary (forwarder, list, gateway) sent this copy
  const ownBounce = input.envelope.nullSender && !!input.helo && org(input.helo) === fromOrg && !intermediary;
  const forbidden: string[] = [...(fwd?.by ? [fwd.by] : []), ...(list?.domain ? [list.domain] : [])];
  if ((!recognised && !ownBounce) || !ownerActs || intermediary) {
    forbidden.push(...[input.clientIp, input.helo].filter((x): x is string => !!x));
    if (input.envelope.domain && org(input.envelope.domain) !== fromOrg) forbidden.push(input.envelope.domain);
  }
  const gate: GateContext = {
    primary: primary.code,
    primaryActor: primary.actor,
    ownerActs,
    senderRecognised: recognised || ownBounce,
    intermediary,
    forbidden: [...new Set(forbidden.map((x) => x.toLowerCase()))],
    nullSender: input.envelope.nullSender,
    keepKeys: alignedSigs
      .filter((k) => {
        const d = detail(k);
        return k.result === 'pass' || d?.signature === 'pass' || k.bodyHash === 'fail' || headerChangedOnTheWay(k) || (d && d.bodyHash === 'pass' && d.signature === 'fail' && d.problems.some((p) => p.code === 'dkim-z-header-changed')) || (pathExplains && !keyProblemHard(keyProblem(k)));
      })
      .map((k) => `${k.s}._domainkey.${k.d}`.toLowerCase()),
    dmarcDuplicates: dupQueries.length > 0,
    strongestPolicy: (strongest as GateContext['strongestPolicy']) ?? null,
    dmarcPass,
    tighteningBlocked: !dmarcPass || lintWarnings || input.dkim.some((k) => k.result !== 'pass') || !(spfAlignedPass && dkimAlignedPass) || out.some((d) => d.role === 'cause' && d.code !== 'nothing-to-fix') || out.some((d) => d.code === 'spf-lookups-latent' || d.code === 'forwarded-survived' || d.code === 'mailing-list' || d.code === 'mailing-list-from-rewritten'),
    problemDiagnosis,
  };
  if (!ownerActs) {
    gate.withheld = {
      title: renderText(cat, primary.actor === 'none' ? 'diag.withheld.none' : 'diag.withheld.title', { actor: renderActor(cat, primary.actor) }),
      explanation: renderDiagnosis(cat, primary.code, primary.params),
    };
  } else if (input.envelope.nullSender) {
    gate.withheld = {
      title: renderText(cat, 'diag.withheld.nullSender', { helo: input.helo ?? '' }),
      explanation: renderDiagnosis(cat, primary.code === 'auto-reply' ? 'auto-reply' : 'bounce', { helo: input.helo ?? '', spf: spfResult, domain: fromDomain ?? '' }),
    };
  } else if (!recognised) {
    gate.withheld = {
      title: renderText(cat, 'diag.withheld.unrecognised', { domain: fromDomain ?? '' }),
      explanation: renderDiagnosis(cat, 'spoof-unrecognised-sender', { domain: fromDomain ?? '', ip, spf: spfResult, mailFrom: spfDom || '—', policy: policy ?? 'none' }),
    };
  }
  return { diagnoses, gate };
}

const keyProblemHard = (c: DiagnosisCode | null) => c === 'dkim-key-missing' || c === 'dkim-key-revoked' || c === 'dkim-key-too-small';

/** Root causes for which the owner publishes nothing. */
export const NOT_OWNER = new Set<DiagnosisCode>([
  'several-from-domains',
  'spoof-display-address',
  'spoof-nonexistent-domain',
  'spoof-unrecognised-sender',
  'receiver-gateway',
  'mailing-list-modified',
  'mailing-list-from-rewritten',
  'forwarded-broken',
]);

const PRIORITY: DiagnosisCode[] = [
  'spoof-display-address',
  'spoof-nonexistent-domain',
  'spf-pass-all',
  'dkim-body-length-limit',
  'several-from-domains',
  'dns-unavailable',
  'dmarc-duplicate-records',
  'receiver-gateway',
  'gateway-modified',
  'mailing-list-from-rewritten',
  'mailing-list-modified',
  'forwarded-broken',
  'bounce',
  'auto-reply',
  'dkim-key-revoked',
  'dkim-key-missing',
  'dkim-key-too-small',
  'dkim-key-mismatch',
  'dkim-signed-header-changed',
  'message-modified',
  'header-modified',
  'spf-duplicate-records',
  'spf-syntax-error',
  'spf-too-many-lookups',
  'spoof-unrecognised-sender',
  'strict-alignment',
  'spf-not-authorised',
  'service-mail-from-not-aligned',
  'spf-not-aligned',
  'dkim-not-aligned',
  'service-spf-cannot-align',
  'dmarc-missing',
  'spf-lookups-latent',
  'policy-from-np',
  'policy-from-sp',
  'mailing-list',
  'forwarded-survived',
  'nothing-to-fix',
];
