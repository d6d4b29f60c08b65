// DMARC Policy Record parser (RFC 9989 4.7 tags, 4.8 formal definition).
// Never throws: every defect becomes a Problem with a stable code and a plain message (English by
// default, Japanese with lang 'ja').
import type { Problem } from '../types.ts';
import { toALabel } from '../domain/names.ts';
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';

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
const HISTORIC = (tr: Tr): Record<string, string> => ({
  pct: tr({
    en: 'pct (percentage of mail to apply the policy to) was removed in RFC 9989 (Appendix A.6); receivers following RFC 9989 ignore it. Use t=y for testing instead.',
    ja: 'pct (ポリシーを適用するメールの割合) は RFC 9989 で削除されました (Appendix A.6)。RFC 9989 に従う受信側は無視します。テストには代わりに t=y を使ってください。',
  }),
  rf: tr({ en: 'rf (failure report format) was removed in RFC 9989 and is ignored.', ja: 'rf (失敗レポートの形式) は RFC 9989 で削除されたため無視されます。' }),
  ri: tr({ en: 'ri (report interval) was removed in RFC 9989 and is ignored.', ja: 'ri (レポート間隔) は RFC 9989 で削除されたため無視されます。' }),
});
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
    add(problem('dmarc-empty', 'error', tr({ en: 'The DMARC record is empty.', ja: 'DMARC レコードが空です。' })));
    return rec;
  }
  if (text.length > MAX_RECORD) {
    add(problem('dmarc-too-long', 'error', tr({ en: `The DMARC record is ${text.length} characters long; only the first ${MAX_RECORD} are read.`, ja: `DMARC レコードの長さが ${text.length} 文字あります。先頭の ${MAX_RECORD} 文字だけを読み取ります。` })));
  }
  if (!VERSION_RE.test(text)) {
    add(
      problem(
        'dmarc-version',
        'error',
        tr({
          en: 'The record does not start with "v=DMARC1" (the version tag must come first and its value is case-sensitive), so it is not a DMARC record and is ignored (RFC 9989 4.7).',
          ja: 'レコードが "v=DMARC1" で始まっていないため (バージョンタグは先頭に置く必要があり、値は大文字・小文字を区別します)、DMARC レコードではなく無視されます (RFC 9989 4.7)。',
        }),
        'v',
      ),
    );
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
      add(problem('dmarc-too-many-tags', 'warning', tr({ en: `More than ${MAX_TAGS} tags; the rest are ignored.`, ja: `タグが ${MAX_TAGS} 個を超えています。残りは無視されます。` })));
      return;
    }
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    // RFC 9989 4.8: dmarc-tag = 1*ALPHA equals 1*dmarc-value; syntax errors are ignored.
    if (eq < 0 || !/^[a-z]+$/.test(name) || !value) {
      add(
        problem(
          'dmarc-syntax',
          'warning',
          tr({
            en: `"${clip(part)}" is not a valid tag=value pair; it is ignored (RFC 9989 4.8 says syntax errors are discarded). ` + (eq < 0 ? 'A value needs a tag name and "=" in front of it.' : ''),
            ja: `"${clip(part)}" は有効な tag=value の組ではないため無視されます (RFC 9989 4.8 では構文エラーは破棄されます)。` + (eq < 0 ? '値の前にはタグ名と "=" が必要です。' : ''),
          }),
          clip(part),
        ),
      );
      continue;
    }
    if (i === 0) continue; // the version tag, already checked
    if (name === 'v') {
      add(problem('dmarc-syntax', 'warning', tr({ en: 'A second "v" tag is ignored; the version tag must appear once, first.', ja: '2 つ目の "v" タグは無視されます。バージョンタグは先頭に 1 回だけ書きます。' }), 'v'));
      continue;
    }
    // own properties only: `name in rec.tags` would call "constructor=x" a duplicate
    if (Object.prototype.hasOwnProperty.call(rec.tags, name)) {
      const first = clip(rec.tags[name]!);
      add(problem('dmarc-duplicate-tag', 'warning', tr({ en: `The tag "${name}" appears more than once; only the first value "${first}" is used.`, ja: `タグ "${name}" が複数回あります。最初の値 "${first}" だけが使われます。` }), name));
      continue;
    }
    rec.tags[name] = value;
    if (!KNOWN.has(name)) {
      add(
        problem(
          'dmarc-unknown-tag',
          'info',
          tr({
            en: `Unknown tag "${name}" is ignored (RFC 9989 4.7: unknown tags MUST be ignored). Check it for a typo.`,
            ja: `不明なタグ "${name}" は無視されます (RFC 9989 4.7: 不明なタグは無視しなければなりません)。綴りの誤りがないか確認してください。`,
          }),
          name,
        ),
      );
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
  const historic = HISTORIC(tr);
  for (const name of HISTORIC_TAGS) {
    if (t[name] !== undefined) {
      const found = `${name}=${clip(t[name]!)}`;
      add(problem('dmarc-historic-tag', 'warning', tr({ en: `${historic[name]} (found ${found})`, ja: `${historic[name]} (${found} があります)` }), name));
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
  const what = !rec.p ? (rec.tags.p === undefined ? 'has no p tag' : 'has no valid p value') : 'has an invalid sp or np value';
  const whatJa = !rec.p ? (rec.tags.p === undefined ? 'p タグがありません' : '有効な p の値がありません') : 'sp または np の値が無効です';
  if (rec.rua.some((u) => u.valid)) {
    add(
      problem(
        'dmarc-no-policy',
        'warning',
        tr({
          en: `The record ${what}. Because rua names a valid reporting address, receivers act as if it said p=none (RFC 9989 4.10.1): reports only, no enforcement.`,
          ja: `レコードに${whatJa}。rua に有効なレポート送信先があるため、受信側は p=none と書かれているものとして扱います (RFC 9989 4.10.1)。レポートのみで、ポリシーは適用されません。`,
        }),
        'p',
      ),
    );
    return { p: 'none', sp: null, np: null, assumed: true };
  }
  add(
    problem(
      'dmarc-no-policy',
      'error',
      tr({
        en: `The record ${what} and no valid rua, so receivers apply no DMARC processing at all (RFC 9989 4.10.1). Add p=none (or stricter) and a rua=mailto: address.`,
        ja: `レコードに${whatJa}。有効な rua もないため、受信側は DMARC 処理をまったく行いません (RFC 9989 4.10.1)。p=none (またはより厳しいポリシー) と rua=mailto: のアドレスを追加してください。`,
      }),
      'p',
    ),
  );
  return null;
}

function policyTag(tags: Record<string, string>, name: 'p' | 'sp' | 'np', add: (p: Problem) => void, tr: Tr): DmarcPolicy | null {
  const raw = tags[name];
  if (raw === undefined) return null;
  const v = raw.toLowerCase();
  if (POLICIES.includes(v)) return v as DmarcPolicy;
  add(
    problem(
      'dmarc-invalid-value',
      'error',
      tr({
        en: `${name}=${clip(raw)} is not a valid policy; it must be none, quarantine or reject (RFC 9989 4.7).`,
        ja: `${name}=${clip(raw)} は有効なポリシーではありません。none、quarantine、reject のいずれかにしてください (RFC 9989 4.7)。`,
      }),
      name,
    ),
  );
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
      tr({
        en: `${name}=${clip(raw)} is not valid (allowed: ${allowed.join(', ')}); the default ${name}=${dflt} is used instead (RFC 9989 4.8).`,
        ja: `${name}=${clip(raw)} は無効です (使える値: ${allowed.join(', ')})。代わりに既定値 ${name}=${dflt} が使われます (RFC 9989 4.8)。`,
      }),
      name,
    ),
  );
  return dflt;
}

function foTag(raw: string, hasRuf: boolean, add: (p: Problem) => void, tr: Tr): string[] {
  const items = raw.toLowerCase().split(':').map((s) => s.trim());
  const ok = items.every((i) => ['0', '1', 'd', 's'].includes(i)) && !(items.includes('0') && items.includes('1'));
  if (!ok) {
    add(
      problem(
        'dmarc-invalid-value',
        'warning',
        tr({
          en: `fo=${clip(raw)} is not valid (a colon-separated list of 0 or 1, d, s); the default fo=0 is used.`,
          ja: `fo=${clip(raw)} は無効です (0 または 1、d、s をコロンで区切ったリストにします)。既定値 fo=0 が使われます。`,
        }),
        'fo',
      ),
    );
    return ['0'];
  }
  if (!hasRuf) add(problem('dmarc-fo-without-ruf', 'info', tr({ en: 'fo has no effect because the record has no ruf tag (RFC 9989 4.7).', ja: 'レコードに ruf タグがないため、fo は効果がありません (RFC 9989 4.7)。' }), 'fo'));
  return items;
}

function uriList(raw: string, tag: 'rua' | 'ruf', add: (p: Problem) => void, tr: Tr): DmarcUri[] {
  const out: DmarcUri[] = [];
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const part of parts.slice(0, MAX_URIS)) out.push(parseUri(part, tag, add, tr));
  if (parts.length > MAX_URIS) add(problem('dmarc-too-many-uris', 'warning', tr({ en: `${tag} lists more than ${MAX_URIS} URIs; the rest are ignored.`, ja: `${tag} に ${MAX_URIS} 個を超える URI があります。残りは無視されます。` }), tag));
  return out;
}

function parseUri(part: string, tag: string, add: (p: Problem) => void, tr: Tr): DmarcUri {
  let uri = part;
  let obsoleteSize: string | undefined;
  const bang = /!(\d+[kmgt]?)$/i.exec(part);
  if (bang) {
    obsoleteSize = bang[1]!;
    uri = part.slice(0, bang.index);
    add(
      problem(
        'dmarc-uri-size',
        'warning',
        tr({
          en: `${tag}: the size limit "!${obsoleteSize}" on ${clip(uri)} is obsolete syntax in RFC 9989 and is ignored; remove it.`,
          ja: `${tag}: ${clip(uri)} のサイズ上限 "!${obsoleteSize}" は RFC 9989 では廃止された構文で、無視されます。削除してください。`,
        }),
        tag,
      ),
    );
  }
  const m = /^([a-z][a-z0-9+.-]*):(\S+)$/i.exec(uri);
  if (!m) {
    add(
      problem(
        'dmarc-uri-invalid',
        'warning',
        tr({
          en: `${tag}: "${clip(uri)}" is not a URI (expected e.g. mailto:dmarc@example.com); it is ignored.`,
          ja: `${tag}: "${clip(uri)}" は URI ではないため無視されます (例: mailto:dmarc@example.com)。`,
        }),
        tag,
      ),
    );
    return { uri, scheme: '', valid: false, usable: false, ...(obsoleteSize ? { obsoleteSize } : {}) };
  }
  const scheme = m[1]!.toLowerCase();
  const base: DmarcUri = { uri, scheme, valid: true, usable: false, ...(obsoleteSize ? { obsoleteSize } : {}) };
  if (scheme !== 'mailto') {
    add(
      problem(
        'dmarc-uri-scheme',
        'warning',
        tr({
          en: `${tag}: "${clip(uri)}" is a ${scheme}: URI. Receivers only have to support mailto: and ignore schemes they do not support (RFC 9989 4.7), so reports will probably not arrive.`,
          ja: `${tag}: "${clip(uri)}" は ${scheme}: URI です。受信側に対応が求められるのは mailto: だけで、対応していないスキームは無視されるため (RFC 9989 4.7)、レポートはおそらく届きません。`,
        }),
        tag,
      ),
    );
    return base;
  }
  const address = safeDecode(m[2]!.split('?')[0]!);
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : '';
  const domain = at > 0 ? toALabel(address.slice(at + 1)) : null;
  if (!local || !domain || /[\s,<>]/.test(local) || local.startsWith('/')) {
    add(
      problem(
        'dmarc-uri-address',
        'warning',
        tr({
          en: `${tag}: "${clip(uri)}" does not hold a valid e-mail address (expected mailto:name@domain); reports cannot be delivered to it.`,
          ja: `${tag}: "${clip(uri)}" には有効なメールアドレスが含まれていないため (mailto:name@domain の形式にします)、レポートを届けられません。`,
        }),
        tag,
      ),
    );
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
