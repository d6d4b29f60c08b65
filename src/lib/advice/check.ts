// Live check of a fix: query each proposed record and say whether DNS has it now.
// One RecordCheck per record, in the fix's order. Records with unfilled placeholders are compared
// by shape (Placeholder.shape); SPF by its terms (the include present, before `all`); DMARC and
// DKIM key records by their tags; MX by exchange and priority, and for `onlyRecord` (Amazon SES
// custom MAIL FROM) also by being the only MX at the name.
import { isTransientFailure, normName, type DnsRecord, type DnsResult, type Resolver, type RRType } from '../dns/types.ts';
import { isAllTerm, isSpfRecord, spfTerms } from './spf-text.ts';
import { hasPlaceholders, matchTemplate, normTemplateName, tokensIn, type TemplateToken } from './template.ts';
import { translator, type Tr } from './lang.ts';
import type { CheckOptions, CheckStatus, FixCheck, FixRecord, RecordCheck } from './types.ts';

const MAX_RECORDS = 50;
const MAX_FOUND = 20;
const MAX_TXT = 8192;

/** A record as found in a Fix or in a report's ReportFix (structured-cloned or parsed JSON). */
interface LooseRecord {
  type: string;
  name: string;
  value: string;
  priority?: number;
  placeholders?: (TemplateToken & { meaning?: string; where?: string })[];
  onlyRecord?: boolean;
}

interface Outcome {
  status: CheckStatus;
  diff: string;
}

/** A Fix, or a report's ReportFix: only the records are read (advice does not depend on report/). */
export async function checkFix(fix: { records: readonly unknown[] }, resolver: Resolver, opts: CheckOptions = {}): Promise<RecordCheck[]> {
  const tr = translator(opts?.lang);
  const records = (Array.isArray(fix?.records) ? (fix.records as readonly LooseRecord[]) : []).slice(0, MAX_RECORDS);
  const memo = new Map<string, Promise<DnsResult>>();
  const query = (name: string, type: RRType) => {
    const k = `${name}|${type}`;
    let p = memo.get(k);
    if (!p) {
      p = Promise.resolve().then(() => resolver.query(name, type));
      memo.set(k, p);
    }
    return p;
  };
  return Promise.all(records.map((r) => checkRecord(r, query, tr)));
}

/** The fix's overall status: the worst of its records (error, missing, different, unchecked, published). */
export function summarizeChecks(records: RecordCheck[]): FixCheck {
  const order: CheckStatus[] = ['error', 'missing', 'different', 'unchecked', 'published'];
  const status = order.find((s) => records.some((r) => r.status === s)) ?? 'unchecked';
  return { status, records };
}

async function checkRecord(r: LooseRecord, query: (name: string, type: RRType) => Promise<DnsResult>, tr: Tr): Promise<RecordCheck> {
  const record = r as FixRecord;
  const rawName = String(r?.name ?? '');
  const type = String(r?.type ?? '').toUpperCase();
  if (hasPlaceholders(rawName, r.placeholders)) {
    const name = normTemplateName(rawName, r.placeholders);
    const toks = tokensIn(name, r.placeholders).map((p) => p.token);
    const diff = tr({
      en: `The name ${name} still holds ${toks.join(', ')}: fill in the real value${toks.length > 1 ? 's' : ''} to check this record.`,
      ja: `名前 ${name} にはまだ ${toks.join(', ')} が残っています。このレコードを確認するには、実際の値を入れてください。`,
    });
    return { record, queried: '', status: 'unchecked', found: [], diff };
  }
  const name = normName(rawName);
  const shown = `${type} ${name} ${expectedText(r)}`;
  if (!name || !['MX', 'TXT', 'CNAME', 'NS'].includes(type)) {
    const diff = tr({
      en: `Cannot check a ${type || 'record'} record${name ? ` at ${name}` : ' without a name'}.`,
      ja: `${name ? `${name} の` : '名前のない'}${type ? ` ${type} ` : ''}レコードは確認できません。`,
    });
    return { record, queried: name, status: 'error', found: [], diff };
  }
  let res: DnsResult;
  try {
    res = await query(name, type as RRType);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { record, queried: name, status: 'error', found: [], diff: tr({ en: `The query ${type} ${name} failed: ${msg}`, ja: `${type} ${name} の問い合わせに失敗しました: ${msg}` }) };
  }
  if (!res || isTransientFailure(res)) {
    const why = res ? `${res.status}${res.error ? `: ${res.error}` : ''}` : tr({ en: 'no answer', ja: '応答なし' });
    const diff = tr({ en: `The query ${type} ${name} failed (${why}); try again later.`, ja: `${type} ${name} の問い合わせに失敗しました（${why}）。しばらくしてから、もう一度お試しください。` });
    return { record, queried: name, status: 'error', found: [], diff };
  }
  const answers = (res.answers ?? []).filter((a) => a.type === type || (type === 'TXT' && a.type === 'TXT'));
  const found = answers.slice(0, MAX_FOUND).map((a) => foundText(type, a));
  if (res.status === 'NXDOMAIN' || !answers.length) {
    const nx = res.status === 'NXDOMAIN';
    const nothing = tr({
      en: `(nothing: ${nx ? `${name} does not exist` : `no ${type} record at ${name}`})`,
      ja: `（なし: ${nx ? `${name} は存在しません` : `${name} に ${type} レコードはありません`}）`,
    });
    return { record, queried: name, status: 'missing', found: [], diff: `- ${shown}\n+ ${nothing}` };
  }
  let out: Outcome;
  switch (type) {
    case 'MX':
      out = compareMx(r, name, answers, tr);
      break;
    case 'TXT':
      out = compareTxt(r, name, answers, tr);
      break;
    default:
      out = compareTarget(r, name, type, answers, tr);
  }
  return { record, queried: name, status: out.status, found, diff: out.diff };
}

function expectedText(r: LooseRecord): string {
  if (r.type === 'MX') return `${r.priority ?? ''} ${r.value}`.trim();
  if (r.type === 'TXT') return `"${r.value}"`;
  return r.value;
}

function foundText(type: string, a: DnsRecord): string {
  if (type === 'MX') return `${a.priority ?? ''} ${normName(a.exchange ?? a.data.replace(/^\d+\s+/, ''))}`.trim();
  if (type === 'TXT') return a.data.slice(0, MAX_TXT);
  return normName(a.data);
}

function lines(expected: string[], found: string[], reason: string): string {
  return [reason, ...expected.map((e) => `- ${e}`), ...found.map((f) => `+ ${f}`)].join('\n');
}

// ---------------------------------------------------------------- MX

function targetOf(r: LooseRecord): string {
  return normTemplateName(String(r.value ?? ''), r.placeholders);
}

function compareMx(r: LooseRecord, name: string, answers: DnsRecord[], tr: Tr): Outcome {
  const want = targetOf(r);
  const mxs = answers.map((a) => ({ priority: a.priority ?? Number(a.data.split(/\s+/)[0]), exchange: normName(a.exchange ?? a.data.replace(/^\d+\s+/, '')) }));
  const exchangeOk = (x: string) => matchTemplate(want, r.placeholders, x) !== null;
  const exact = mxs.filter((m) => exchangeOk(m.exchange) && (r.priority === undefined || m.priority === r.priority));
  const expected = [`MX ${name} ${r.priority ?? ''} ${want}`.replace(/\s+/g, ' ')];
  const found = mxs.map((m) => `MX ${name} ${m.priority} ${m.exchange}`);
  if (r.onlyRecord && mxs.length > 1) {
    const reason = exact.length
      ? tr({
          en: `${name} has ${mxs.length} MX records; it must have exactly one (the one expected), or the setup fails: remove the others.`,
          ja: `${name} には MX レコードが ${mxs.length} 件あります。期待どおりの 1 件だけにしないと設定に失敗します。ほかは削除してください。`,
        })
      : tr({
          en: `${name} has ${mxs.length} MX records and none is the one expected; it must have exactly that one.`,
          ja: `${name} には MX レコードが ${mxs.length} 件ありますが、期待するものはありません。期待するもの 1 件だけにしてください。`,
        });
    return { status: 'different', diff: lines(expected, found, reason) };
  }
  if (exact.length) return { status: 'published', diff: '' };
  const samehost = mxs.find((m) => exchangeOk(m.exchange));
  const reason = samehost
    ? tr({ en: `The exchange is right but the priority is ${samehost.priority}, expected ${r.priority}.`, ja: `メールサーバー名は正しいものの、優先度が ${samehost.priority} です（期待値は ${r.priority}）。` })
    : tr({ en: `${name} has an MX record, but not to ${want}.`, ja: `${name} に MX レコードはありますが、${want} を指していません。` });
  return { status: 'different', diff: lines(expected, found, reason) };
}

// ---------------------------------------------------------------- CNAME, NS

function compareTarget(r: LooseRecord, name: string, type: string, answers: DnsRecord[], tr: Tr): Outcome {
  const want = targetOf(r);
  const targets = answers.map((a) => normName(a.data));
  if (targets.some((t) => matchTemplate(want, r.placeholders, t) !== null)) {
    return { status: 'published', diff: '' };
  }
  const reason =
    type === 'CNAME'
      ? tr({ en: `${name} is an alias of ${targets[0]}, not of ${want}.`, ja: `${name} は ${want} ではなく ${targets[0]} の別名（CNAME）です。` })
      : tr({ en: `${name} is delegated to ${targets.join(', ')}, not to ${want}.`, ja: `${name} は ${want} ではなく ${targets.join(', ')} に委任されています。` });
  return { status: 'different', diff: lines([`${type} ${name} ${want}`], targets.map((t) => `${type} ${name} ${t}`), reason) };
}

// ---------------------------------------------------------------- TXT

function compareTxt(r: LooseRecord, name: string, answers: DnsRecord[], tr: Tr): Outcome {
  const want = String(r.value ?? '');
  const values = answers.map((a) => a.data.slice(0, MAX_TXT));
  if (isSpfRecord(want)) return compareSpf(r, name, want, values, tr);
  if (/^v=DMARC1\b/i.test(want.trim())) return compareDmarc(r, name, want, values, tr);
  if (isKeyRecord(want)) return compareKey(r, name, want, values, tr);
  if (values.some((v) => matchTemplate(want, r.placeholders, v.trim()) !== null)) return { status: 'published', diff: '' };
  // something of the same kind (same text before the first ':' or '=') is there: different; else missing
  const head = /^[^:=]{1,64}[:=]/.exec(want)?.[0]?.toLowerCase();
  const kin = head ? values.filter((v) => v.toLowerCase().startsWith(head)) : [];
  if (kin.length) {
    const reason = tr({ en: `${name} has a "${head}" record with another value.`, ja: `${name} には値の異なる "${head}" レコードがあります。` });
    return { status: 'different', diff: lines([`TXT ${name} "${want}"`], kin.map((v) => `TXT ${name} "${v}"`), reason) };
  }
  return { status: 'missing', diff: lines([`TXT ${name} "${want}"`], [], tr({ en: `${name} has TXT records, but not this one.`, ja: `${name} に TXT レコードはありますが、このレコードはありません。` })) };
}

/** Terms compared case-insensitively; a placeholder term matches by shape. */
function termMatches(want: string, have: string, placeholders: LooseRecord['placeholders']): boolean {
  return hasPlaceholders(want, placeholders) ? matchTemplate(want, placeholders, have) !== null : want.toLowerCase() === have.toLowerCase();
}

function compareSpf(r: LooseRecord, name: string, want: string, values: string[], tr: Tr): Outcome {
  const spfs = values.filter(isSpfRecord);
  const expected = [`TXT ${name} "${want}"`];
  if (!spfs.length) return { status: 'missing', diff: lines(expected, [], tr({ en: `${name} has TXT records but no v=spf1 record.`, ja: `${name} に TXT レコードはありますが、v=spf1 レコードはありません。` })) };
  if (spfs.length > 1) {
    return {
      status: 'different',
      diff: lines(
        expected,
        spfs.map((v) => `TXT ${name} "${v}"`),
        tr({
          en: `${name} has ${spfs.length} v=spf1 records: that is a permerror (RFC 7208 §4.5). Merge them into one.`,
          ja: `${name} には v=spf1 レコードが ${spfs.length} 件あります。これは permerror になります（RFC 7208 §4.5）。1 件にまとめてください。`,
        }),
      ),
    };
  }
  const have = spfTerms(spfs[0]!);
  const end = have.findIndex((t) => isAllTerm(t) || /^redirect=/i.test(t));
  const effective = end < 0 ? have : have.slice(0, end);
  const needed = spfTerms(want).filter((t) => !isAllTerm(t) && !/^redirect=/i.test(t));
  const absent = needed.filter((t) => !have.some((h) => termMatches(t, h, r.placeholders)));
  const late = needed.filter((t) => !absent.includes(t) && !effective.some((h) => termMatches(t, h, r.placeholders)));
  if (!absent.length && !late.length) return { status: 'published', diff: '' };
  const parts = [
    ...(absent.length ? [tr({ en: `the SPF record of ${name} lacks ${absent.join(' ')}`, ja: `${name} の SPF レコードに ${absent.join(' ')} がありません` })] : []),
    ...(late.length ? [tr({ en: `${late.join(' ')} comes after "${have[end]}", so it is never evaluated (RFC 7208 §4.6.2)`, ja: `${late.join(' ')} は "${have[end]}" の後にあるため、評価されません（RFC 7208 §4.6.2）` })] : []),
  ];
  const why = parts.join('; ');
  // capitalise a leading word, never a leading record term ("include:amazonses.com" stays as published)
  const reason = tr({ en: `${/^[a-z]+ /.test(why) ? why[0]!.toUpperCase() + why.slice(1) : why}.`, ja: `${parts.join('。')}。` });
  return { status: 'different', diff: lines(expected, [`TXT ${name} "${spfs[0]}"`], reason) };
}

function tagMap(txt: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of txt.split(';', 64)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const k = part.slice(0, eq).trim().toLowerCase();
    if (!m.has(k)) m.set(k, part.slice(eq + 1).trim());
  }
  return m;
}

function compareDmarc(_r: LooseRecord, name: string, want: string, values: string[], tr: Tr): Outcome {
  const dmarcs = values.filter((v) => /^v=DMARC1\s*(?:;|$)/i.test(v.trim()));
  const expected = [`TXT ${name} "${want}"`];
  if (!dmarcs.length) return { status: 'missing', diff: lines(expected, [], tr({ en: `${name} has TXT records but none starts with v=DMARC1.`, ja: `${name} に TXT レコードはありますが、v=DMARC1 で始まるものはありません。` })) };
  if (dmarcs.length > 1) {
    const reason = tr({ en: `${name} has ${dmarcs.length} v=DMARC1 records: receivers then use none of them.`, ja: `${name} には v=DMARC1 レコードが ${dmarcs.length} 件あります。この場合、受信側はどれも使いません。` });
    return { status: 'different', diff: lines(expected, dmarcs.map((v) => `TXT ${name} "${v}"`), reason) };
  }
  const w = tagMap(want);
  const h = tagMap(dmarcs[0]!);
  const diffs: string[] = [];
  for (const tag of ['p', 'sp', 'np', 'adkim', 'aspf', 't']) {
    const wv = w.get(tag);
    if (wv === undefined) continue;
    const hv = h.get(tag);
    if ((hv ?? '').toLowerCase() !== wv.toLowerCase()) diffs.push(tr({ en: `${tag}=${hv ?? '(absent)'}, expected ${tag}=${wv}`, ja: `${hv === undefined ? `${tag}= がありません` : `${tag}=${hv}`}（期待値は ${tag}=${wv}）` }));
  }
  // a tag the fix removes (e.g. t=y) must be gone
  if (!w.has('t') && (h.get('t') ?? '').toLowerCase() === 'y' && w.has('p')) diffs.push(tr({ en: 't=y is still there', ja: 't=y が残っています' }));
  if (w.has('rua') && !h.get('rua')) diffs.push(tr({ en: 'no rua= (no aggregate reports)', ja: 'rua= がありません（集約レポートが届きません）' }));
  if (!diffs.length) return { status: 'published', diff: '' };
  const reason = tr({ en: `The record differs: ${diffs.join('; ')}.`, ja: `レコードが異なります: ${diffs.join('、')}。` });
  return { status: 'different', diff: lines(expected, [`TXT ${name} "${dmarcs[0]}"`], reason) };
}

/** A DKIM key record: a tag list with p= (and possibly v=DKIM1, k=, h=, t=). */
function isKeyRecord(txt: string): boolean {
  const t = tagMap(txt);
  return t.has('p') && (!t.has('v') || /^DKIM1$/i.test(t.get('v')!));
}

function compareKey(r: LooseRecord, name: string, want: string, values: string[], tr: Tr): Outcome {
  const w = tagMap(want);
  const keys = values.filter(isKeyRecord);
  const expected = [`TXT ${name} "${want}"`];
  if (!keys.length) return { status: 'missing', diff: lines(expected, [], tr({ en: `${name} has TXT records but no DKIM key (p=).`, ja: `${name} に TXT レコードはありますが、DKIM 鍵（p=）はありません。` })) };
  let firstWhy = '';
  for (const k of keys) {
    const h = tagMap(k);
    const why: string[] = [];
    for (const [tag, wv] of w) {
      const hv = h.get(tag);
      if (hv === undefined) {
        if (tag === 'v' || (tag === 'k' && wv.toLowerCase() === 'rsa')) continue; // optional / the default
        why.push(tr({ en: `no ${tag}=`, ja: `${tag}= がありません` }));
        continue;
      }
      const a = tag === 'p' ? hv.replace(/\s+/g, '') : hv;
      const ok = hasPlaceholders(wv, r.placeholders) ? matchTemplate(wv, r.placeholders, a) !== null : a.toLowerCase() === wv.toLowerCase();
      if (!ok) {
        const shown = `${tag}=${tag === 'p' ? `${a.slice(0, 24)}…` : a}`;
        why.push(
          tag === 'p' && a === ''
            ? tr({ en: 'p= is empty (the key is revoked)', ja: 'p= が空です（鍵は失効しています）' })
            : tr({ en: `${shown}, expected ${tag}=${wv}`, ja: `${shown}（期待値は ${tag}=${wv}）` }),
        );
      }
    }
    if (!why.length) return { status: 'published', diff: '' };
    firstWhy ||= why.join(tr({ en: '; ', ja: '、' }));
  }
  const reason = tr({ en: `The key record differs: ${firstWhy}.`, ja: `鍵レコードが異なります: ${firstWhy}。` });
  return { status: 'different', diff: lines(expected, keys.map((v) => `TXT ${name} "${v}"`), reason) };
}
