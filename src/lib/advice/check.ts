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
    const diff = tr(toks.length > 1 ? 'plan.check.name.placeholders' : 'plan.check.name.placeholder', { name, tokens: toks.join(', ') });
    return { record, queried: '', status: 'unchecked', found: [], diff };
  }
  const name = normName(rawName);
  const shown = `${type} ${name} ${expectedText(r)}`;
  if (!name || !['MX', 'TXT', 'CNAME', 'NS'].includes(type)) {
    const diff = type
      ? tr(name ? 'plan.check.unsupported.type-at' : 'plan.check.unsupported.type-unnamed', { type, name })
      : tr(name ? 'plan.check.unsupported.at' : 'plan.check.unsupported.unnamed', { name });
    return { record, queried: name, status: 'error', found: [], diff };
  }
  let res: DnsResult;
  try {
    res = await query(name, type as RRType);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { record, queried: name, status: 'error', found: [], diff: tr('plan.check.query.threw', { type, name, error: msg }) };
  }
  if (!res || isTransientFailure(res)) {
    const why = res ? `${res.status}${res.error ? `: ${res.error}` : ''}` : tr('plan.check.query.no-answer');
    const diff = tr('plan.check.query.failed', { type, name, why });
    return { record, queried: name, status: 'error', found: [], diff };
  }
  const answers = (res.answers ?? []).filter((a) => a.type === type || (type === 'TXT' && a.type === 'TXT'));
  const found = answers.slice(0, MAX_FOUND).map((a) => foundText(type, a));
  // a CNAME at the name: nothing else may sit beside it (RFC 1034 3.6.2), so this record cannot be
  // added as it stands (and the name does exist, whatever its target says)
  if (type !== 'CNAME' && !answers.length && res.chain?.length) {
    return { record, queried: name, status: 'different', found: [`CNAME ${res.chain[0]}`], diff: `- ${shown}\n+ ${tr('plan.check.cname-in-the-way', { name, target: res.chain[0]!, type })}` };
  }
  if (res.status === 'NXDOMAIN' || !answers.length) {
    const nx = res.status === 'NXDOMAIN';
    const nothing = nx ? tr('plan.check.missing.nxdomain', { name }) : tr('plan.check.missing.no-type', { type, name });
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
    const reason = tr(exact.length ? 'plan.check.mx.only-others' : 'plan.check.mx.only-none', { name, n: mxs.length });
    return { status: 'different', diff: lines(expected, found, reason) };
  }
  if (exact.length) return { status: 'published', diff: '' };
  const samehost = mxs.find((m) => exchangeOk(m.exchange));
  const reason = samehost
    ? tr('plan.check.mx.priority', { priority: samehost.priority, expected: String(r.priority) })
    : tr('plan.check.mx.other', { name, want });
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
      ? tr('plan.check.cname.other', { name, target: String(targets[0]), want })
      : tr('plan.check.ns.other', { name, targets: targets.join(', '), want });
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
    const reason = tr('plan.check.txt.other-value', { name, head: String(head) });
    return { status: 'different', diff: lines([`TXT ${name} "${want}"`], kin.map((v) => `TXT ${name} "${v}"`), reason) };
  }
  return { status: 'missing', diff: lines([`TXT ${name} "${want}"`], [], tr('plan.check.txt.absent', { name })) };
}

/** Terms compared case-insensitively; a placeholder term matches by shape. */
function termMatches(want: string, have: string, placeholders: LooseRecord['placeholders']): boolean {
  return hasPlaceholders(want, placeholders) ? matchTemplate(want, placeholders, have) !== null : want.toLowerCase() === have.toLowerCase();
}

function compareSpf(r: LooseRecord, name: string, want: string, values: string[], tr: Tr): Outcome {
  const spfs = values.filter(isSpfRecord);
  const expected = [`TXT ${name} "${want}"`];
  if (!spfs.length) return { status: 'missing', diff: lines(expected, [], tr('plan.check.spf.absent', { name })) };
  if (spfs.length > 1) {
    return {
      status: 'different',
      diff: lines(
        expected,
        spfs.map((v) => `TXT ${name} "${v}"`),
        tr('plan.check.spf.several', { name, n: spfs.length }),
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
  // the first clause opens the sentence: its catalogue text is written that way (a capital in
  // English); the "late" clause starts with the record terms, which stay as published
  const parts = [
    ...(absent.length ? [tr('plan.check.spf.lacks-first', { name, terms: absent.join(' ') })] : []),
    ...(late.length ? [tr('plan.check.spf.late', { terms: late.join(' '), end: String(have[end]) })] : []),
  ];
  const reason = tr('plan.check.spf.reason', { why: parts.join(tr('plan.check.spf.clause-sep')) });
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
  if (!dmarcs.length) return { status: 'missing', diff: lines(expected, [], tr('plan.check.dmarc.absent', { name })) };
  if (dmarcs.length > 1) {
    const reason = tr('plan.check.dmarc.several', { name, n: dmarcs.length });
    return { status: 'different', diff: lines(expected, dmarcs.map((v) => `TXT ${name} "${v}"`), reason) };
  }
  const w = tagMap(want);
  const h = tagMap(dmarcs[0]!);
  const diffs: string[] = [];
  for (const tag of ['p', 'sp', 'np', 'adkim', 'aspf', 't']) {
    const wv = w.get(tag);
    if (wv === undefined) continue;
    const hv = h.get(tag);
    if ((hv ?? '').toLowerCase() !== wv.toLowerCase())
      diffs.push(
        hv === undefined ? tr('plan.check.dmarc.tag-absent', { tag, expected: wv }) : tr('plan.check.dmarc.tag-other', { tag, value: hv, expected: wv }),
      );
  }
  // a tag the fix removes (e.g. t=y) must be gone
  if (!w.has('t') && (h.get('t') ?? '').toLowerCase() === 'y' && w.has('p')) diffs.push(tr('plan.check.dmarc.testing'));
  if (w.has('rua') && !h.get('rua')) diffs.push(tr('plan.check.dmarc.no-rua'));
  if (!diffs.length) return { status: 'published', diff: '' };
  const reason = tr('plan.check.dmarc.differs', { diffs: diffs.join(tr('plan.check.list-sep')) });
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
  if (!keys.length) return { status: 'missing', diff: lines(expected, [], tr('plan.check.key.absent', { name })) };
  let firstWhy = '';
  for (const k of keys) {
    const h = tagMap(k);
    const why: string[] = [];
    for (const [tag, wv] of w) {
      const hv = h.get(tag);
      if (hv === undefined) {
        if (tag === 'v' || (tag === 'k' && wv.toLowerCase() === 'rsa')) continue; // optional / the default
        why.push(tr('plan.check.key.tag-absent', { tag }));
        continue;
      }
      const a = tag === 'p' ? hv.replace(/\s+/g, '') : hv;
      const ok = hasPlaceholders(wv, r.placeholders) ? matchTemplate(wv, r.placeholders, a) !== null : a.toLowerCase() === wv.toLowerCase();
      if (!ok) {
        const shown = `${tag}=${tag === 'p' ? `${a.slice(0, 24)}…` : a}`;
        why.push(tag === 'p' && a === '' ? tr('plan.check.key.revoked') : tr('plan.check.key.tag-other', { shown, tag, expected: wv }));
      }
    }
    if (!why.length) return { status: 'published', diff: '' };
    firstWhy ||= why.join(tr('plan.check.list-sep'));
  }
  const reason = tr('plan.check.key.differs', { diffs: firstWhy });
  return { status: 'different', diff: lines(expected, keys.map((v) => `TXT ${name} "${v}"`), reason) };
}
