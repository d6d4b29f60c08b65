// DMARC Policy Discovery (RFC 9989 4.10.1), with the RFC 7489 (6.6.3, Public Suffix List) view beside it.
import { rfc, type Problem } from '../types.ts';
import type { Resolver } from '../dns/types.ts';
import { toALabel } from '../domain/names.ts';
import { orgDomainPSL } from '../domain/psl.ts';
import { RecordingResolver } from '../domain/recording-resolver.ts';
import {
  describeOrgDomain,
  selectOrgDomain,
  treeWalk,
  type OrgDomainReason,
  type TreeWalkQuery,
  type TreeWalkRecord,
  type TreeWalkResult,
} from './tree-walk.ts';
import { isDmarcRecordText, parseDmarcRecord, type DmarcRecord } from './record.ts';
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';
import { describeQuery, queryEvidence, step, type DmarcStep } from './steps.ts';

export interface Rfc7489Discovery {
  /** Organizational Domain from the Public Suffix List (RFC 7489 3.2) */
  orgDomain: string | null;
  /** where RFC 7489 discovery (from domain, then PSL org domain) finds its record */
  recordDomain: string | null;
  record: string | null;
  /** it would use a different record than RFC 9989 discovery does */
  differs: boolean;
  orgDomainDiffers: boolean;
  /** names RFC 7489 needed that the tree walk had not already asked */
  extraQueries: string[];
}

export interface DmarcDiscovery {
  authorDomain: string | null;
  status: 'found' | 'none' | 'temperror' | 'invalid';
  /** the record that applies (parsed), its text, and where it was found */
  record: DmarcRecord | null;
  recordText: string | null;
  /** `_dmarc.<policyDomain>` */
  recordDomain: string | null;
  policyDomain: string | null;
  /** the record is the Author Domain's own (p applies) rather than inherited (sp/np apply) */
  ownRecord: boolean;
  /** Organizational Domain of the Author Domain by tree walk (RFC 9989 4.10.2); null on DNS error */
  orgDomain: string | null;
  orgDomainReason: OrgDomainReason | null;
  walk: TreeWalkResult;
  /** the tree-walk queries, in order */
  queries: TreeWalkQuery[];
  steps: DmarcStep[];
  problems: Problem[];
  rfc7489: Rfc7489Discovery;
  error?: string;
}

export interface DmarcTextOptions {
  /** the language of the steps' and problems' texts (default 'en') */
  lang?: TextLang;
}

/** The organizational-domain sentence (the English one is the tree walk's own). */
function orgDomainText(tr: Tr, sel: ReturnType<typeof selectOrgDomain>, start: string): string {
  const en = describeOrgDomain(sel, start);
  switch (sel.reason) {
    case 'psd-n':
      return tr({ en, ja: `_dmarc.${sel.recordDomain} に psd=n があるため、${sel.orgDomain} が組織ドメインです。` });
    case 'psd-y':
      return tr({ en, ja: `_dmarc.${sel.recordDomain} に psd=y (パブリックサフィックスドメイン) があるため、その 1 つ下のラベルの ${sel.orgDomain} が ${start} の組織ドメインです。` });
    case 'fewest-labels':
      return tr({ en, ja: `見つかった DMARC レコードのうちラベル数が最も少ないのは ${sel.orgDomain} のものなので、これが ${start} の組織ドメインです。` });
    case 'start-domain':
      return tr({ en, ja: `${start} から上へたどっても DMARC レコードが見つからなかったため、${start} 自身が組織ドメインです。` });
  }
  return en;
}

export async function discoverDmarc(authorDomain: string, resolver: Resolver, opts: DmarcTextOptions = {}): Promise<DmarcDiscovery> {
  const tr = translator(opts.lang);
  const dns = RecordingResolver.wrap(resolver);
  const domain = toALabel(authorDomain);
  const walk = await treeWalk(domain ?? String(authorDomain ?? ''), dns);
  const base: DmarcDiscovery = {
    authorDomain: domain,
    status: 'none',
    record: null,
    recordText: null,
    recordDomain: null,
    policyDomain: null,
    ownRecord: false,
    orgDomain: null,
    orgDomainReason: null,
    walk,
    queries: walk.queries,
    steps: [],
    problems: [],
    rfc7489: { orgDomain: null, recordDomain: null, record: null, differs: false, orgDomainDiffers: false, extraQueries: [] },
  };
  if (!domain) {
    const name = String(authorDomain ?? '').slice(0, 100);
    const message = tr({
      en: `The From domain "${name}" is not a valid domain name, so DMARC cannot be evaluated (RFC 9989 5.3.1).`,
      ja: `From ドメイン "${name}" は有効なドメイン名ではないため、DMARC を評価できません (RFC 9989 5.3.1)。`,
    });
    base.problems.push({ code: 'dmarc-invalid-author-domain', severity: 'error', message });
    base.steps.push(step('author-domain', tr({ en: 'From domain', ja: 'From ドメイン' }), 'error', message, rfc(9989, '5.3.1')));
    return { ...base, status: 'invalid', error: message };
  }
  const d = { ...base };
  d.steps.push(
    step(
      'author-domain',
      tr({ en: 'From domain', ja: 'From ドメイン' }),
      'info',
      tr({
        en: `The Author Domain (the domain of the From header) is ${domain}. Policy discovery asks for _dmarc.${domain} first, then walks up the DNS tree (RFC 9989 4.10.1).`,
        ja: `Author Domain (From ヘッダーのドメイン) は ${domain} です。ポリシー探索はまず _dmarc.${domain} を問い合わせ、次に DNS ツリーを上へたどります (RFC 9989 4.10.1)。`,
      }),
      rfc(9989, '4.10.1'),
    ),
  );
  walk.queries.forEach((q, i) => {
    const { outcome, text } = describeQuery(q, tr);
    d.steps.push(step(`dns-${i + 1}`, tr({ en: `Query ${i + 1}: ${q.name}`, ja: `問い合わせ ${i + 1}: ${q.name}` }), outcome, text, rfc(9989, '4.10'), queryEvidence(q, tr)));
    if (q.dropped.some((x) => x.reason === 'multiple')) {
      d.problems.push({
        code: 'dmarc-multiple-records',
        severity: 'error',
        subject: q.name,
        message: tr({
          en: `${q.name} publishes several DMARC records; all of them are discarded (RFC 9989 4.10). Keep exactly one.`,
          ja: `${q.name} は DMARC レコードを複数公開しているため、すべて破棄されます (RFC 9989 4.10)。1 件だけにしてください。`,
        }),
      });
    }
    if (q.dropped.some((x) => x.reason === 'not-dmarc' && /^\s*v\s*=\s*dmarc1/i.test(x.text))) {
      d.problems.push({
        code: 'dmarc-version-case',
        severity: 'error',
        subject: q.name,
        message: tr({
          en: `${q.name} has a record that starts like "v=DMARC1" but not exactly (the value is case-sensitive and must come first); it is ignored.`,
          ja: `${q.name} には "v=DMARC1" に似ているが正確には一致しない書き出しのレコードがあります (値は大文字・小文字を区別し、先頭に置く必要があります)。このレコードは無視されます。`,
        }),
      });
    }
  });
  choosePolicyRecord(d, domain, walk, tr, opts);
  await addRfc7489View(d, domain, dns, tr);
  return d;
}

function choosePolicyRecord(d: DmarcDiscovery, domain: string, walk: TreeWalkResult, tr: Tr, opts: DmarcTextOptions): void {
  const own = walk.records[0]?.domain === domain ? walk.records[0] : undefined;
  const failed = walk.stop === 'dns-error';
  if (!failed) {
    const sel = selectOrgDomain(domain, walk.records);
    d.orgDomain = sel.orgDomain;
    d.orgDomainReason = sel.reason;
    d.steps.push(step('org-domain', tr({ en: 'Organizational domain', ja: '組織ドメイン' }), 'info', orgDomainText(tr, sel, domain), rfc(9989, '4.10.2')));
  }
  let chosen: TreeWalkRecord | undefined = own;
  if (!chosen && failed) {
    d.status = 'temperror';
    d.error = walk.error;
    d.problems.push({
      code: 'dmarc-dns-temperror',
      severity: 'error',
      message: tr({ en: `DNS failed during DMARC policy discovery (${walk.error}); the result is temperror.`, ja: `DMARC ポリシー探索中に DNS が失敗しました (${walk.error})。結果は temperror です。` }),
    });
    d.steps.push(
      step(
        'policy-record',
        tr({ en: 'DMARC record', ja: 'DMARC レコード' }),
        'error',
        tr({
          en: `A DNS query failed before a DMARC record was found (${walk.error}), so the policy is unknown: temperror (RFC 9989 5.3.6).`,
          ja: `DMARC レコードが見つかる前に DNS 問い合わせが失敗したため (${walk.error})、ポリシーは不明です: temperror (RFC 9989 5.3.6)。`,
        }),
        rfc(9989, '5.3.6'),
      ),
    );
    return;
  }
  if (!chosen) {
    // RFC 9989 4.10.1: the record of the Organizational Domain, else that of the Public Suffix Domain
    const last = walk.records[walk.records.length - 1];
    chosen = walk.records.find((r) => r.domain === d.orgDomain) ?? (last?.record.psd === 'y' ? last : undefined);
  }
  if (!chosen) {
    d.steps.push(
      step(
        'policy-record',
        tr({ en: 'DMARC record', ja: 'DMARC レコード' }),
        'info',
        tr({
          en: `No DMARC record applies to ${domain}: DMARC does not apply to this message (result none, RFC 9989 4.10.1).`,
          ja: `${domain} に適用される DMARC レコードはありません。このメッセージに DMARC は適用されません (結果 none、RFC 9989 4.10.1)。`,
        }),
        rfc(9989, '4.10.1'),
      ),
    );
    return;
  }
  d.status = 'found';
  d.record = chosen.record;
  d.recordText = chosen.text;
  d.policyDomain = chosen.domain;
  d.recordDomain = `_dmarc.${chosen.domain}`;
  d.ownRecord = chosen === own;
  // the tree walk parses in English: the record is read again for the texts of another language
  const recordProblems = opts.lang === 'ja' ? parseDmarcRecord(chosen.text, { lang: opts.lang }).problems : chosen.record.problems;
  for (const p of recordProblems) d.problems.push({ ...p, subject: p.subject ? `${d.recordDomain} ${p.subject}` : d.recordDomain });
  const why = d.ownRecord
    ? tr({ en: `${domain} publishes its own DMARC record, so it applies and its p tag gives the policy.`, ja: `${domain} は自身の DMARC レコードを公開しているため、そのレコードが適用され、p タグがポリシーになります。` })
    : chosen.record.psd === 'y' && chosen.domain !== d.orgDomain
      ? tr({
          en: `${domain} has no record of its own and its organizational domain ${d.orgDomain} has none either, so the public suffix domain's record at ${d.recordDomain} (psd=y) applies.`,
          ja: `${domain} には自身のレコードがなく、組織ドメイン ${d.orgDomain} にもないため、${d.recordDomain} にあるパブリックサフィックスドメインのレコード (psd=y) が適用されます。`,
        })
      : tr({
          en: `${domain} has no record of its own, so the record of its organizational domain ${chosen.domain} applies; for a subdomain the sp or np tag gives the policy.`,
          ja: `${domain} には自身のレコードがないため、組織ドメイン ${chosen.domain} のレコードが適用されます。サブドメインでは sp または np タグがポリシーになります。`,
        });
  d.steps.push(step('policy-record', tr({ en: 'DMARC record', ja: 'DMARC レコード' }), 'pass', why, rfc(9989, '4.10.1'), [`${d.recordDomain} TXT "${chosen.text}"`]));
  if (failed) {
    d.problems.push({
      code: 'dmarc-dns-temperror',
      severity: 'warning',
      message: tr({ en: `The tree walk above ${domain} failed (${walk.error}); the organizational domain is unknown.`, ja: `${domain} より上のツリーウォークが失敗しました (${walk.error})。組織ドメインは不明です。` }),
    });
  }
}

/** RFC 7489 6.6.3: _dmarc.<From domain>, then _dmarc.<PSL organizational domain>; several records end discovery. */
async function addRfc7489View(d: DmarcDiscovery, domain: string, dns: RecordingResolver, tr: Tr): Promise<void> {
  const org = orgDomainPSL(domain);
  const view = d.rfc7489;
  view.orgDomain = org;
  view.orgDomainDiffers = org !== null && d.orgDomain !== null && org !== d.orgDomain;
  const candidates = org && org !== domain ? [domain, org] : [domain];
  for (const name of candidates) {
    const qname = `_dmarc.${name}`;
    if (!dns.has(qname, 'TXT')) view.extraQueries.push(qname);
    const r = await dns.query(qname, 'TXT');
    const recs = r.answers.map((a) => a.data).filter(isDmarcRecordText);
    if (recs.length > 1) break; // RFC 7489 6.6.3 step 5: multiple records end policy discovery
    if (recs.length === 1) {
      view.recordDomain = qname;
      view.record = recs[0]!;
      break;
    }
  }
  view.differs = view.recordDomain !== d.recordDomain;
  if (view.differs || view.orgDomainDiffers) {
    const found = view.recordDomain
      ? tr({ en: `would use ${view.recordDomain} ("${view.record}")`, ja: `${view.recordDomain} ("${view.record}") を使います` })
      : tr({ en: 'would find no DMARC record', ja: 'DMARC レコードを見つけられません' });
    const text = view.differs
      ? tr({
          en:
            `Receivers still following RFC 7489 look at _dmarc.${domain} and then at the Public Suffix List organizational domain (${org ?? 'none'}): they ${found}, ` +
            `whereas RFC 9989 discovery ${d.recordDomain ? `uses ${d.recordDomain}` : 'finds no record'}. Results may differ between receivers.`,
          ja:
            `RFC 7489 に従う受信側は _dmarc.${domain}、次に Public Suffix List による組織ドメイン (${org ?? 'なし'}) を参照するため、${found}。` +
            `一方、RFC 9989 の探索では${d.recordDomain ? ` ${d.recordDomain} を使います` : 'レコードが見つかりません'}。受信側によって結果が異なる可能性があります。`,
        })
      : tr({
          en:
            `Receivers still following RFC 7489 use the same record, but their Public Suffix List organizational domain is ${org ?? 'none'} ` +
            `where the RFC 9989 tree walk gives ${d.orgDomain}; relaxed alignment can therefore differ between receivers.`,
          ja:
            `RFC 7489 に従う受信側も同じレコードを使いますが、Public Suffix List による組織ドメインは ${org ?? 'なし'} で、` +
            `RFC 9989 のツリーウォークでは ${d.orgDomain} です。そのため relaxed モードのアラインメントは受信側によって異なる可能性があります。`,
        });
    d.steps.push(
      step(
        'rfc7489-discovery',
        tr({ en: 'Older receivers (RFC 7489)', ja: '旧仕様の受信側 (RFC 7489)' }),
        'warning',
        text,
        rfc(7489, '6.6.3'),
        view.extraQueries.length ? [tr({ en: `extra queries: ${view.extraQueries.join(', ')}`, ja: `追加の問い合わせ: ${view.extraQueries.join(', ')}` })] : [],
      ),
    );
  }
}
