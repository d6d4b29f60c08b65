// Body hash (RFC 6376 3.7 step 1, l= per 3.5) and, when it fails, a diagnosis of what changed.
import type { Problem } from '../types.ts';
import { canonBody } from './canon.ts';
import { bytesEqual, sha256 } from './crypto.ts';
import type { Canon, ParsedSignature } from './signature.ts';
import { decodeBase64, encodeBase64 } from '../util/base64.ts';
import { bytesToBinary } from '../message/raw.ts';
import { EN, type Tr } from '../i18n/tr.ts';

export type BodyHashStatus = 'pass' | 'fail' | 'not-checked';

export interface BodyHashCheck {
  status: BodyHashStatus;
  /** length of the canonicalized body in bytes (null when not checked) */
  canonicalLength: number | null;
  /** l= when present */
  signedLength: number | null;
  /** canonical bytes after the first l (not covered by the signature) */
  unsignedBytes: number | null;
  computed: string | null;
  expected: string | null;
  /** explanations: l= coverage, and on failure the likely cause */
  notes: Problem[];
}

/** Canonical bodies are computed once per message and canonicalization. */
export class BodyCache {
  private readonly bodies = new Map<Canon, Uint8Array>();
  /**
   * `transferEncoding`: the message's top-level Content-Transfer-Encoding (lowercase), used only
   * to recognise a body that was re-encoded in transit when its hash fails.
   */
  constructor(readonly raw: Uint8Array, readonly transferEncoding: string | null = null) {}
  get(canon: Canon): Uint8Array {
    let b = this.bodies.get(canon);
    if (!b) {
      b = canonBody(this.raw, canon);
      this.bodies.set(canon, b);
    }
    return b;
  }
}

/** Bodies above this size are hashed once; the diagnosis variants are skipped. */
const DIAGNOSE_LIMIT = 8 * 1024 * 1024;
const PREFIX_LIMIT = 1024 * 1024;
const PREFIX_CANDIDATES = 64;

function info(code: string, message: string, params?: Record<string, number>): Problem {
  return { code, severity: 'info', message, subject: 'body', ...(params ? { params } : {}) };
}

export async function checkBodyHash(cache: BodyCache, sig: ParsedSignature, tr: Tr = EN): Promise<BodyHashCheck> {
  const canon = sig.canonicalization.body;
  const full = cache.get(canon);
  const expected = sig.bodyHash!;
  const out: BodyHashCheck = {
    status: 'fail', canonicalLength: full.length, signedLength: sig.l, unsignedBytes: null,
    computed: null, expected: encodeBase64(expected), notes: [],
  };
  let signed = full;
  if (sig.l !== null) {
    if (sig.l > full.length) {
      out.notes.push(
        info(
          'body-shorter-than-l',
          tr({
            en: `l=${sig.l} but the canonicalized body is only ${full.length} bytes: the body was shortened after signing, so the signature cannot verify.`,
            ja: `l=${sig.l} ですが、正規化した本文は ${full.length} バイトしかありません。署名後に本文が短くなったため、署名は検証できません。`,
          }),
          { l: sig.l, canonical: full.length },
        ),
      );
      return out;
    }
    signed = full.subarray(0, sig.l);
    out.unsignedBytes = full.length - sig.l;
    if (out.unsignedBytes > 0) {
      out.notes.push({ code: 'body-l-unsigned', severity: 'warning', subject: 'body', params: { l: sig.l, canonical: full.length, unsigned: out.unsignedBytes },
        message: tr({
          en: `l=${sig.l}: only the first ${sig.l} of ${full.length} canonical body bytes are signed; the last ${out.unsignedBytes} bytes are not covered and anyone could have added them (RFC 6376 8.2).`,
          ja: `l=${sig.l}: 正規化した本文 ${full.length} バイトのうち、署名されているのは先頭の ${sig.l} バイトだけです。末尾の ${out.unsignedBytes} バイトは署名の対象外で、誰でも追加できます (RFC 6376 8.2)。`,
        }) });
    }
  }
  const hash = await sha256(signed);
  out.computed = encodeBase64(hash);
  out.status = bytesEqual(hash, expected) ? 'pass' : 'fail';
  if (out.status === 'fail') out.notes.push(...(await diagnose(cache, sig, full, tr)));
  return out;
}

interface Variant {
  code: string;
  applies: (cache: BodyCache) => boolean;
  transform: (raw: Uint8Array) => Uint8Array | null;
  message: (raw: Uint8Array, tr: Tr) => string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "signed N bytes, received M (K more)": every diagnosis states the sizes it compared. */
function sizes(signed: number, received: number, tr: Tr): string {
  const d = received - signed;
  const diff = tr({
    en: d === 0 ? 'the same size' : `${Math.abs(d)} bytes ${d > 0 ? 'more' : 'fewer'}`,
    ja: d === 0 ? '同じサイズ' : `${Math.abs(d)} バイト${d > 0 ? '多い' : '少ない'}`,
  });
  return tr({
    en: `Signed body: ${signed} canonical bytes; received body: ${received} canonical bytes (${diff}).`,
    ja: `署名された本文: 正規化後 ${signed} バイト、受信した本文: 正規化後 ${received} バイト (${diff})。`,
  });
}

const VARIANTS: Variant[] = [
  // most specific first: CR CR LF also matches the CRLF→LF variant
  {
    code: 'body-line-endings-crcrlf',
    applies: (c) => indexOfSeq(c.raw, [0x0d, 0x0d, 0x0a]) !== -1,
    transform: (raw) => replaceSeq(raw, [0x0d, 0x0d, 0x0a], [0x0d, 0x0a]),
    message: (raw, tr) => {
      const n = countSeq(raw, [0x0d, 0x0d, 0x0a]);
      return tr({
        en: `The line endings were altered, not the text: the body matches once its ${plural(n, 'doubled CR CR LF line ending')} are reduced to CRLF (mangled when copied).`,
        ja: `変わったのは本文の文字ではなく改行コードです。二重の CR CR LF 改行 ${n} 個を CRLF に戻すと本文が一致します (コピー時に崩れたものです)。`,
      });
    },
  },
  {
    code: 'body-line-endings-lf',
    applies: (c) => c.raw.includes(0x0a),
    transform: (raw) => replaceSeq(raw, [0x0d, 0x0a], [0x0a]),
    message: (raw, tr) => {
      const n = countSeq(raw, [0x0d, 0x0a]);
      return tr({
        en: `The line endings differ, not the text: the body matches when its ${plural(n, 'CRLF line ending')} are bare LF, so the signer hashed LF-only text (or a tool converted the line endings).`,
        ja: `違うのは本文の文字ではなく改行コードです。CRLF 改行 ${n} 個を LF だけにすると本文が一致するため、署名者は LF のみのテキストでハッシュを計算しています (またはツールが改行コードを変換しました)。`,
      });
    },
  },
  {
    code: 'body-bare-lf',
    applies: (c) => hasBareLf(c.raw),
    transform: (raw) => bareLfToCrlf(raw),
    message: (raw, tr) => {
      const n = countBareLf(raw);
      return tr({
        en: `The line endings were altered, not the text: the body matches once its ${plural(n, 'bare LF line ending')} are turned into CRLF.`,
        ja: `変わったのは本文の文字ではなく改行コードです。LF だけの改行 ${n} 個を CRLF にすると本文が一致します。`,
      });
    },
  },
  {
    code: 'body-reencoded-qp',
    applies: (c) => c.transferEncoding === 'quoted-printable',
    transform: (raw) => decodeQuotedPrintable(raw),
    message: (_raw, tr) =>
      tr({
        en: 'The body was re-encoded in transit: it matches after decoding its quoted-printable transfer encoding, so it was signed as 8-bit text and a relay converted it (typically one without 8BITMIME). The content is unchanged, but the signature cannot survive the conversion.',
        ja: '本文は転送中に再エンコードされています。quoted-printable の転送エンコーディングを解くと一致するため、8 ビットのテキストとして署名された後、中継サーバー (多くは 8BITMIME 非対応) が変換したものです。内容は変わっていませんが、この変換を経ると署名は有効なままでいられません。',
      }),
  },
  {
    code: 'body-reencoded-base64',
    applies: (c) => c.transferEncoding === 'base64',
    transform: (raw) => decodeBase64Body(raw),
    message: (_raw, tr) =>
      tr({
        en: 'The body was re-encoded in transit: it matches after decoding its base64 transfer encoding, so it was signed unencoded and a relay or gateway converted it to base64. The content is unchanged, but the signature cannot survive the conversion.',
        ja: '本文は転送中に再エンコードされています。base64 の転送エンコーディングを解くと一致するため、エンコードされない状態で署名された後、中継サーバーやゲートウェイが base64 に変換したものです。内容は変わっていませんが、この変換を経ると署名は有効なままでいられません。',
      }),
  },
];

async function matches(bytes: Uint8Array, expected: Uint8Array): Promise<boolean> {
  return bytesEqual(await sha256(bytes), expected);
}

/** Try likely alterations and say which one reproduces the signed hash, with byte counts. */
async function diagnose(cache: BodyCache, sig: ParsedSignature, full: Uint8Array, tr: Tr): Promise<Problem[]> {
  const expected = sig.bodyHash!;
  const canon = sig.canonicalization.body;
  const limit = (b: Uint8Array) => (sig.l !== null ? b.subarray(0, sig.l) : b);
  const received = limit(full).length;
  const found = (code: string, message: string, signed: number, extra: Record<string, number> = {}) =>
    [info(code, `${message}${tr({ en: ' ', ja: '' })}${sizes(signed, received, tr)}`, { canonical: full.length, signed, received, ...extra })];
  if (cache.raw.length > DIAGNOSE_LIMIT) {
    const mb = DIAGNOSE_LIMIT / 1024 / 1024;
    return [
      info(
        'body-changed',
        tr({
          en: `The body hash does not match: the body (${full.length} canonical bytes) differs from what was signed. It is too large (over ${mb} MB) to try the usual alterations (line endings, footer, re-encoding).`,
          ja: `本文ハッシュが一致しません。本文 (正規化後 ${full.length} バイト) が署名されたものと異なります。本文が大きすぎる (${mb} MB 超) ため、よくある変更 (改行コード、フッター、再エンコード) は試していません。`,
        }),
        { canonical: full.length },
      ),
    ];
  }
  if (canon === 'simple') {
    const relaxed = limit(cache.get('relaxed'));
    if (await matches(relaxed, expected)) {
      return found(
        'body-whitespace-changed',
        tr({
          en: 'Only whitespace was changed: the body matches once spaces and tabs are normalised (relaxed canonicalization), e.g. trailing spaces stripped or tabs expanded, but c=.../simple does not tolerate that.',
          ja: '変わったのは空白だけです。スペースとタブを正規化 (relaxed 正規化) すると本文が一致します (行末の空白の削除やタブの展開など)。c=.../simple ではこの変化は許容されません。',
        }),
        relaxed.length,
      );
    }
  }
  for (const v of VARIANTS) {
    if (!v.applies(cache)) continue;
    const t = v.transform(cache.raw);
    if (!t) continue;
    const variant = limit(canonBody(t, canon));
    if (await matches(variant, expected)) return found(v.code, v.message(cache.raw, tr), variant.length);
  }
  if (sig.l === null) {
    const appended = await findSignedPrefix(full, expected);
    if (appended !== null) {
      const added = full.length - appended;
      return found(
        'body-appended',
        tr({
          en: `A footer was added: the first ${appended} bytes of the canonical body match the signature and ${added} bytes were appended after signing (typically a mailing-list footer or a gateway disclaimer).`,
          ja: `フッターが追加されています。正規化した本文の先頭 ${appended} バイトは署名と一致し、署名後に ${added} バイトが追加されました (多くはメーリングリストのフッターやゲートウェイの免責文です)。`,
        }),
        appended,
        { added },
      );
    }
    const inserted = await findInsertedBeforeBoundary(full, expected);
    if (inserted) {
      return found(
        'body-footer-in-part',
        tr({
          en: `A footer was added inside the MIME structure: the body matches without the ${inserted.bytes} bytes (${plural(inserted.lines, 'line')}) just before the closing MIME boundary, which were inserted after signing (typically a mailing-list footer or disclaimer part).`,
          ja: `MIME 構造の中にフッターが追加されています。最後の MIME 境界の直前にある ${inserted.bytes} バイト (${inserted.lines} 行) を除くと本文が一致します。この部分は署名後に挿入されたものです (多くはメーリングリストのフッターや免責文のパートです)。`,
        }),
        full.length - inserted.bytes,
        { added: inserted.bytes },
      );
    }
  }
  const emptyCanon = canon === 'simple' ? 2 : 0;
  if (full.length <= emptyCanon) {
    return [
      info(
        'body-missing',
        tr({
          en: `The body is empty (${full.length} canonical bytes) but the signature was made over a non-empty body: the body was removed, or only the headers were pasted followed by a blank line.`,
          ja: `本文が空 (正規化後 ${full.length} バイト) ですが、署名は空でない本文に対して作られています。本文が削除されたか、ヘッダーと空行だけが貼り付けられています。`,
        }),
        { canonical: full.length },
      ),
    ];
  }
  return [
    info(
      'body-changed',
      tr({
        en: `The body hash does not match: the received body (${received} canonical bytes${sig.l !== null ? `, the first l=${sig.l}` : ''}) differs from what was signed, and neither a line-ending change, a whitespace change, a footer nor a transfer re-encoding of the whole body explains it. Likely causes: a MIME part re-encoded by a relay (8bit to quoted-printable or base64), a footer or disclaimer inserted inside a part, or the message edited by a gateway or antivirus.`,
        ja: `本文ハッシュが一致しません。受信した本文 (正規化後 ${received} バイト${sig.l !== null ? `、先頭 l=${sig.l}` : ''}) は署名されたものと異なり、改行コードの変更、空白の変更、フッターの追加、本文全体の転送エンコーディングの変換のどれでも説明できません。考えられる原因: 中継サーバーによる MIME パートの再エンコード (8bit から quoted-printable や base64 へ)、パート内へのフッターや免責文の挿入、ゲートウェイやウイルス対策ソフトによるメッセージの編集。`,
      }),
      { canonical: full.length, received },
    ),
  ];
}

/** Is some prefix ending at one of the last line boundaries the signed body? (footer appended) */
async function findSignedPrefix(full: Uint8Array, expected: Uint8Array): Promise<number | null> {
  if (full.length > PREFIX_LIMIT) return null;
  let tried = 0;
  for (let end = full.length - 2; end >= 0 && tried < PREFIX_CANDIDATES; end--) {
    if (full[end] !== 0x0a) continue;
    tried++;
    if (await matches(full.subarray(0, end + 1), expected)) return end + 1;
  }
  return (await matches(full.subarray(0, 0), expected)) ? 0 : null;
}

/** Start offsets of the canonical body's lines. */
function lineStarts(b: Uint8Array): number[] {
  const out = [0];
  for (let i = b.indexOf(0x0a); i !== -1 && i + 1 < b.length; i = b.indexOf(0x0a, i + 1)) out.push(i + 1);
  return out;
}

/**
 * Multipart footer: a block of lines inserted just before the closing boundary ("--x--").
 * Tries removing the last 1..PREFIX_CANDIDATES lines before the last line starting with "--".
 */
async function findInsertedBeforeBoundary(full: Uint8Array, expected: Uint8Array): Promise<{ bytes: number; lines: number } | null> {
  if (full.length > PREFIX_LIMIT) return null;
  const starts = lineStarts(full);
  let b = starts.length - 1;
  while (b > 0 && !(full[starts[b]!] === 0x2d && full[starts[b]! + 1] === 0x2d)) b--;
  if (b <= 0) return null;
  const boundaryAt = starts[b]!;
  const tail = full.subarray(boundaryAt);
  for (let k = 1; k <= PREFIX_CANDIDATES && b - k >= 0; k++) {
    const cut = starts[b - k]!;
    const candidate = new Uint8Array(cut + tail.length);
    candidate.set(full.subarray(0, cut));
    candidate.set(tail, cut);
    if (await matches(candidate, expected)) return { bytes: boundaryAt - cut, lines: k };
  }
  return null;
}

/** RFC 2045 6.7 decoding: soft line breaks removed, =XX decoded. Null when nothing is encoded. */
function decodeQuotedPrintable(b: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(b.length);
  let o = 0;
  let changed = false;
  const hex = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 0x3d) {
      out[o++] = c;
      continue;
    }
    // soft line break: "=" then optional trailing whitespace then CRLF
    let j = i + 1;
    while (b[j] === 0x20 || b[j] === 0x09) j++;
    if (b[j] === 0x0d && b[j + 1] === 0x0a) {
      i = j + 1;
      changed = true;
      continue;
    }
    const h1 = hex(b[i + 1] ?? 0);
    const h2 = hex(b[i + 2] ?? 0);
    if (h1 >= 0 && h2 >= 0) {
      out[o++] = h1 * 16 + h2;
      i += 2;
      changed = true;
    } else {
      out[o++] = c;
    }
  }
  return changed ? out.subarray(0, o) : null;
}

/** The body read as base64 (line breaks and blanks ignored); null when it is not base64 or empty. */
function decodeBase64Body(b: Uint8Array): Uint8Array | null {
  const out = decodeBase64(bytesToBinary(b));
  return out && out.length > 0 ? out : null;
}

function countSeq(b: Uint8Array, seq: number[]): number {
  let n = 0;
  for (let i = indexOfSeq(b, seq); i !== -1; i = indexOfSeq(b, seq, i + seq.length)) n++;
  return n;
}

function countBareLf(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) if (i === 0 || b[i - 1] !== 0x0d) n++;
  return n;
}

function indexOfSeq(b: Uint8Array, seq: number[], from = 0): number {
  for (let i = b.indexOf(seq[0]!, from); i !== -1; i = b.indexOf(seq[0]!, i + 1)) {
    let ok = true;
    for (let j = 1; j < seq.length && ok; j++) ok = b[i + j] === seq[j];
    if (ok) return i;
  }
  return -1;
}

function replaceSeq(b: Uint8Array, seq: number[], rep: number[]): Uint8Array {
  const out: Uint8Array[] = [];
  let pos = 0;
  for (let i = indexOfSeq(b, seq); i !== -1; i = indexOfSeq(b, seq, pos)) {
    out.push(b.subarray(pos, i), new Uint8Array(rep));
    pos = i + seq.length;
  }
  out.push(b.subarray(pos));
  return concat(out);
}

function hasBareLf(b: Uint8Array): boolean {
  for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) if (i === 0 || b[i - 1] !== 0x0d) return true;
  return false;
}

function bareLfToCrlf(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length * 2);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a && (i === 0 || b[i - 1] !== 0x0d)) out[o++] = 0x0d;
    out[o++] = b[i]!;
  }
  return out.subarray(0, o);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
