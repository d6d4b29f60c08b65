// DMARC Policy Record parser (RFC 9989 4.7 tags, 4.8 formal definition).
// Never throws: every defect becomes a Problem with a stable code and a plain message (English by
// default, Japanese with lang 'ja'; texts in findings/*/dmarc.ts).
import type { Problem } from '../types.ts';
import { toALabel } from '../domain/names.ts';
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';
import type { TextCode } from '../findings/catalog.ts';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export type AlignMode = 'r' | 's';

export interface DmarcUri {
  /** the URI as written, without an obsolete !size suffix */
  uri: string;
  scheme: string;
  /** the removed `!size` suffix (RFC 7489 syntax, obsolete in RFC 9989) */
  obsoleteSize?: string;
  /** for mailto: the address and its domain (A-label) when they are valid */
  address?: string;
  domain?: string;
  /** syntactically a URI (scheme ":" something) */
  valid: boolean;
  /** a mailto: URI with a valid address: the only kind every receiver must support */
  usable: boolean;
}

export interface DmarcRecord {
  text: string;
  /** tag name (lowercase) → value as written (trimmed); first occurrence wins */
  tags: Record<string, string>;
  /** valid values of the policy tags, null when absent or invalid */
  p: DmarcPolicy | null;
  sp: DmarcPolicy | null;
  np: DmarcPolicy | null;
  adkim: AlignMode;
  aspf: AlignMode;
  /** historic in RFC 9989 (Appendix A.6): parsed for display only, never applied */
  pct: number | null;
  psd: 'y' | 'n' | 'u';
  t: 'y' | 'n';
  rua: DmarcUri[];
  ruf: DmarcUri[];
  fo: string[];
  /**
   * The policy tags a receiver acts on (RFC 9989 4.10.1): as published when p (and sp/np if
   * present) are valid; `{ p: 'none' }` (assumed) when they are not but rua holds a valid URI;
   * null when the record gets no DMARC processing at all.
   */
  policy: { p: DmarcPolicy; sp: DmarcPolicy | null; np: DmarcPolicy | null; assumed: boolean } | null;
  problems: Problem[];
}

const MAX_RECORD = 8192;
const MAX_TAGS = 64;
const MAX_URIS = 32;
const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];
const KNOWN = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'psd', 't', 'rua', 'ruf', 'pct', 'rf', 'ri']);
const HISTORIC: Record<string, TextCode> = { pct: 'dmarc.record.historic.pct', rf: 'dmarc.record.historic.rf', ri: 'dmarc.record.historic.ri' };
const HISTORIC_TAGS = ['pct', 'rf', 'ri'];

/** RFC 9989 4.7 "v": the first tag, value exactly DMARC1 (case-sensitive); *WSP allowed around "=". */
const VERSION_RE = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/;

/** True when a TXT string starts with the DMARC version tag (the tree-walk filter, RFC 9989 4.10 step 2). */
export function isDmarcRecordText(text: string): boolean {
  return typeof text === 'string' && VERSION_RE.test(text);
}

function problem(code: string, severity: Problem['severity'], message: string, subject?: string): Problem {
  return subject === undefined ? { code, severity, message } : { code, severity, message, subject };
}

export function parseDmarcRecord(input: string, opts: { lang?: TextLang } = {}): DmarcRecord {
  const tr = translator(opts.lang);
  const text = typeof input === 'string' ? input : '';
  const rec: DmarcRecord = {
    text,
    tags: {},
    p: null,
    sp: null,
    np: null,
    adkim: 'r',
    aspf: 'r',
    pct: null,
    psd: 'u',
    t: 'n',
    rua: [],
    ruf: [],
    fo: ['0'],
    policy: null,
    problems: [],
  };
  const add = (p: Problem) => rec.problems.push(p);

  if (!text.trim()) {
    add(problem('dmarc-empty', 'error', tr('dmarc.record.empty')));
    return rec;
  }
  if (text.length > MAX_RECORD) {
    add(problem('dmarc-too-long', 'error', tr('dmarc.record.too-long', { length: text.length, max: MAX_RECORD })));
  }
  if (!VERSION_RE.test(text)) {
    add(problem('dmarc-version', 'error', tr('dmarc.record.version'), 'v'));
    return rec;
  }
  readTags(text.slice(0, MAX_RECORD), rec, add, tr);
  applyTags(rec, add, tr);
  return rec;
}

function readTags(text: string, rec: DmarcRecord, add: (p: Problem) => void, tr: Tr): void {
  const parts = text.split(';');
  let count = 0;
  for (const [i, raw] of parts.entries()) {
    const part = raw.trim();
    if (!part) continue;
    if (++count > MAX_TAGS) {
      add(problem('dmarc-too-many-tags', 'warning', tr('dmarc.record.too-many-tags', { max: MAX_TAGS })));
      return;
    }
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    // RFC 9989 4.8: dmarc-tag = 1*ALPHA equals 1*dmarc-value; syntax errors are ignored.
    if (eq < 0 || !/^[a-z]+$/.test(name) || !value) {
      add(problem('dmarc-syntax', 'warning', tr(eq < 0 ? 'dmarc.record.syntax.no-equals' : 'dmarc.record.syntax', { part: clip(part) }), clip(part)));
      continue;
    }
    if (i === 0) continue; // the version tag, already checked
    if (name === 'v') {
      add(problem('dmarc-syntax', 'warning', tr('dmarc.record.second-version'), 'v'));
      continue;
    }
    // own properties only: `name in rec.tags` would call "constructor=x" a duplicate
    if (Object.prototype.hasOwnProperty.call(rec.tags, name)) {
      const first = clip(rec.tags[name]!);
      add(problem('dmarc-duplicate-tag', 'warning', tr('dmarc.record.duplicate-tag', { tag: name, first }), name));
      continue;
    }
    rec.tags[name] = value;
    if (!KNOWN.has(name)) {
      add(problem('dmarc-unknown-tag', 'info', tr('dmarc.record.unknown-tag', { tag: name }), name));
    }
  }
}

function applyTags(rec: DmarcRecord, add: (p: Problem) => void, tr: Tr): void {
  const t = rec.tags;
  rec.p = policyTag(t, 'p', add, tr);
  rec.sp = policyTag(t, 'sp', add, tr);
  rec.np = policyTag(t, 'np', add, tr);
  rec.adkim = enumTag(t, 'adkim', ['r', 's'], 'r', add, tr) as AlignMode;
  rec.aspf = enumTag(t, 'aspf', ['r', 's'], 'r', add, tr) as AlignMode;
  rec.psd = enumTag(t, 'psd', ['y', 'n', 'u'], 'u', add, tr) as DmarcRecord['psd'];
  rec.t = enumTag(t, 't', ['y', 'n'], 'n', add, tr) as DmarcRecord['t'];
  if (t.fo !== undefined) rec.fo = foTag(t.fo, t.ruf !== undefined, add, tr);
  if (t.rua !== undefined) rec.rua = uriList(t.rua, 'rua', add, tr);
  if (t.ruf !== undefined) rec.ruf = uriList(t.ruf, 'ruf', add, tr);
  for (const name of HISTORIC_TAGS) {
    if (t[name] !== undefined) {
      const found = `${name}=${clip(t[name]!)}`;
      add(problem('dmarc-historic-tag', 'warning', tr('dmarc.record.historic', { why: tr(HISTORIC[name]!), found }), name));
    }
  }
  if (t.pct !== undefined) {
    const n = /^\d{1,3}$/.test(t.pct) ? Number(t.pct) : NaN;
    rec.pct = n >= 0 && n <= 100 ? n : null;
  }
  rec.policy = effectivePolicy(rec, add, tr);
}

/** RFC 9989 4.10.1: a record without a valid p (or with an invalid sp/np) acts as p=none only if rua is usable. */
function effectivePolicy(rec: DmarcRecord, add: (p: Problem) => void, tr: Tr): DmarcRecord['policy'] {
  const badSub = (rec.tags.sp !== undefined && !rec.sp) || (rec.tags.np !== undefined && !rec.np);
  if (rec.p && !badSub) return { p: rec.p, sp: rec.sp, np: rec.np, assumed: false };
  const what = tr(!rec.p ? (rec.tags.p === undefined ? 'dmarc.record.no-p-tag' : 'dmarc.record.invalid-p') : 'dmarc.record.invalid-sp-np');
  if (rec.rua.some((u) => u.valid)) {
    add(problem('dmarc-no-policy', 'warning', tr('dmarc.record.no-policy.assumed', { what }), 'p'));
    return { p: 'none', sp: null, np: null, assumed: true };
  }
  add(problem('dmarc-no-policy', 'error', tr('dmarc.record.no-policy.none', { what }), 'p'));
  return null;
}

function policyTag(tags: Record<string, string>, name: 'p' | 'sp' | 'np', add: (p: Problem) => void, tr: Tr): DmarcPolicy | null {
  const raw = tags[name];
  if (raw === undefined) return null;
  const v = raw.toLowerCase();
  if (POLICIES.includes(v)) return v as DmarcPolicy;
  add(problem('dmarc-invalid-value', 'error', tr('dmarc.record.invalid-policy', { tag: name, value: clip(raw) }), name));
  return null;
}

function enumTag(tags: Record<string, string>, name: string, allowed: string[], dflt: string, add: (p: Problem) => void, tr: Tr): string {
  const raw = tags[name];
  if (raw === undefined) return dflt;
  const v = raw.toLowerCase();
  if (allowed.includes(v)) return v;
  add(
    problem(
      'dmarc-invalid-value',
      'warning',
      tr('dmarc.record.invalid-enum', { tag: name, value: clip(raw), allowed: allowed.join(', '), default: dflt }),
      name,
    ),
  );
  return dflt;
}

function foTag(raw: string, hasRuf: boolean, add: (p: Problem) => void, tr: Tr): string[] {
  const items = raw
    .toLowerCase()
    .split(':')
    .map((s) => s.trim());
  const ok = items.every((i) => ['0', '1', 'd', 's'].includes(i)) && !(items.includes('0') && items.includes('1'));
  if (!ok) {
    add(problem('dmarc-invalid-value', 'warning', tr('dmarc.record.invalid-fo', { value: clip(raw) }), 'fo'));
    return ['0'];
  }
  if (!hasRuf) add(problem('dmarc-fo-without-ruf', 'info', tr('dmarc.record.fo-without-ruf'), 'fo'));
  return items;
}

function uriList(raw: string, tag: 'rua' | 'ruf', add: (p: Problem) => void, tr: Tr): DmarcUri[] {
  const out: DmarcUri[] = [];
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of parts.slice(0, MAX_URIS)) out.push(parseUri(part, tag, add, tr));
  if (parts.length > MAX_URIS) add(problem('dmarc-too-many-uris', 'warning', tr('dmarc.record.too-many-uris', { tag, max: MAX_URIS }), tag));
  return out;
}

function parseUri(part: string, tag: string, add: (p: Problem) => void, tr: Tr): DmarcUri {
  let uri = part;
  let obsoleteSize: string | undefined;
  const bang = /!(\d+[kmgt]?)$/i.exec(part);
  if (bang) {
    obsoleteSize = bang[1]!;
    uri = part.slice(0, bang.index);
    add(problem('dmarc-uri-size', 'warning', tr('dmarc.record.uri.size', { tag, size: obsoleteSize, uri: clip(uri) }), tag));
  }
  const m = /^([a-z][a-z0-9+.-]*):(\S+)$/i.exec(uri);
  if (!m) {
    add(problem('dmarc-uri-invalid', 'warning', tr('dmarc.record.uri.invalid', { tag, uri: clip(uri) }), tag));
    return { uri, scheme: '', valid: false, usable: false, ...(obsoleteSize ? { obsoleteSize } : {}) };
  }
  const scheme = m[1]!.toLowerCase();
  const base: DmarcUri = { uri, scheme, valid: true, usable: false, ...(obsoleteSize ? { obsoleteSize } : {}) };
  if (scheme !== 'mailto') {
    add(problem('dmarc-uri-scheme', 'warning', tr('dmarc.record.uri.scheme', { tag, uri: clip(uri), scheme }), tag));
    return base;
  }
  const address = safeDecode(m[2]!.split('?')[0]!);
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : '';
  const domain = at > 0 ? toALabel(address.slice(at + 1)) : null;
  if (!local || !domain || /[\s,<>]/.test(local) || local.startsWith('/')) {
    add(problem('dmarc-uri-address', 'warning', tr('dmarc.record.uri.address', { tag, uri: clip(uri) }), tag));
    return base;
  }
  return { ...base, address, domain, usable: true };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function clip(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
