// Paste repair: turn what people really paste (or drop) into the CRLF message an MTA had.
// Each repair is reported, because any change to the bytes can break a DKIM body or header hash.
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';
import type { Problem } from '../types.ts';
import { binaryToBytes, bytesToBinary } from './raw.ts';

export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;
export const LARGE_MESSAGE_BYTES = 5 * 1024 * 1024;
export const MAX_HEADER_LINE = 998; // RFC 5322 2.1.1

export interface Repair {
  code: string;
  message: string;
  /** line numbers (1-based, in the input as pasted) the repair touched, when it applies */
  lines?: number[];
  /** true when the repair changed bytes that a DKIM signature may cover */
  mayAffectDkim: boolean;
}

export interface Normalised {
  /** the CRLF message; empty when the input was rejected */
  bytes: Uint8Array;
  /** the same message as a binary string (one char per byte): for splitMessage(bytes, binary) */
  binary: string;
  repairs: Repair[];
  problems: Problem[];
  /** false when nothing analysable remains (empty, binary, too large) */
  ok: boolean;
}

const STRICT_FIELD = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,75}[ \t]*:/;

function reject(code: string, message: string): Normalised {
  return { bytes: new Uint8Array(0), binary: '', repairs: [], problems: [{ code, severity: 'error', message }], ok: false };
}

/** Heuristic: NUL bytes or many control bytes in the first 64 KB mean this is not a message. */
export function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 65536);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 127) ctl++;
  }
  return n > 0 && ctl / n > 0.05;
}

/** Gmail "Show original" page copied with select-all: a summary table precedes the message. */
function stripGmailPreamble(lines: string[], repairs: Repair[], tr: Tr): string[] {
  const zone = Math.min(lines.length, 40);
  let cut = -1;
  for (let i = 0; i < zone; i++) {
    if (/^\s*(Download Original|Copy to clipboard)\b/i.test(lines[i]!)) cut = i;
  }
  if (cut < 0 || !/original message|message id|show original/i.test(lines.slice(0, cut).join('\n'))) return lines;
  repairs.push({
    code: 'gmail-preamble',
    message: tr('msg.repair.gmail-preamble', { n: cut + 1 }),
    lines: Array.from({ length: cut + 1 }, (_, i) => i + 1),
    mayAffectDkim: false,
  });
  return lines.slice(cut + 1);
}

/**
 * Normalise a paste (string) or a dropped file (bytes).
 * - bytes from a file are kept as they are, except line endings (bare LF/CR → CRLF);
 * - text is encoded as UTF-8.
 */
export function normaliseInput(input: string | Uint8Array, opts: { lang?: TextLang } = {}): Normalised {
  const tr = translator(opts.lang);
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size === 0 || (typeof input === 'string' && input.trim() === '')) {
    return reject('empty', tr('msg.input.empty'));
  }
  if (size > MAX_MESSAGE_BYTES) {
    return reject(
      'too-large',
      tr('msg.input.too-large', { size: (size / 1048576).toFixed(1), max: MAX_MESSAGE_BYTES / 1048576 }),
    );
  }
  let bin: string;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    if (text.slice(0, 65536).includes('\u0000')) return reject('binary', tr('msg.input.binary-text'));
    bin = bytesToBinary(new TextEncoder().encode(text));
  } else {
    const b = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
    if (looksBinary(b)) {
      return reject(
        'binary',
        tr('msg.input.binary-file'),
      );
    }
    bin = bytesToBinary(b);
  }
  if (typeof input === 'string' && looksBinary(binaryToBytes(bin.slice(0, 65536)))) {
    return reject('binary', tr('msg.input.binary-text'));
  }

  const repairs: Repair[] = [];
  const problems: Problem[] = [];

  const hadCRLF = bin.includes('\r\n');
  const hadBareLF = /(^|[^\r])\n/.test(bin);
  const hadBareCR = /\r(?!\n)/.test(bin);
  let lines = bin.split(/\r\n|\r|\n/);
  if (hadBareLF || hadBareCR) {
    repairs.push({
      code: 'line-endings',
      message: hadCRLF ? tr('msg.repair.line-endings.mixed') : tr('msg.repair.line-endings', { from: hadBareCR && !hadBareLF ? 'CR' : 'LF' }),
      mayAffectDkim: false,
    });
  }
  // a final line break produces one empty trailing element; keep track to restore it
  const endedWithNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (endedWithNewline) lines.pop();

  let offset = 0; // input lines dropped from the top, to report original line numbers
  const lead = lines.findIndex((l) => l.trim() !== '');
  if (lead > 0) {
    repairs.push({ code: 'leading-blank', message: tr('msg.repair.leading-blank', { n: lead }), mayAffectDkim: false });
    lines = lines.slice(lead);
    offset += lead;
  }
  const before = lines.length;
  lines = stripGmailPreamble(lines, repairs, tr);
  offset += before - lines.length;
  const lead2 = lines.findIndex((l) => l.trim() !== '');
  if (lead2 > 0) {
    lines = lines.slice(lead2);
    offset += lead2;
  }
  if (lines[0] !== undefined && /^From \S+/.test(lines[0]) && !/^From\s*:/.test(lines[0])) {
    repairs.push({ code: 'mbox-from', message: tr('msg.repair.mbox-from'), lines: [offset + 1], mayAffectDkim: false });
    lines = lines.slice(1);
    offset += 1;
  }
  // leading spaces on the very first line (copied from an indented view)
  if (lines[0] !== undefined && /^[ \t]+\S/.test(lines[0]) && STRICT_FIELD.test(lines[0].trimStart())) {
    const indented = lines.findIndex((l, i) => i > 0 && l !== '' && !/^[ \t]/.test(l));
    // only when the whole header block is uniformly indented
    if (indented === -1 || indented > 3) {
      const pad = /^[ \t]+/.exec(lines[0])![0];
      let n = 0;
      for (let i = 0; i < lines.length && lines[i] !== ''; i++) {
        if (lines[i]!.startsWith(pad)) {
          lines[i] = lines[i]!.slice(pad.length);
          n++;
        }
      }
      repairs.push({ code: 'indented-block', message: tr('msg.repair.indented-block', { n }), mayAffectDkim: true });
    }
  }

  // header block: continuation lines that lost their indentation
  const lost: number[] = [];
  let seenField = false;
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === '') break;
    if (/^[ \t]/.test(l)) continue;
    if (STRICT_FIELD.test(l) && !/^\d{1,2}:\d{2}/.test(l)) {
      seenField = true;
      continue;
    }
    if (seenField) {
      lines[i] = ' ' + l;
      lost.push(offset + i + 1);
    }
  }
  if (lost.length) {
    repairs.push({
      code: 'lost-indentation',
      message: tr('msg.repair.lost-indentation', { n: lost.length }),
      lines: lost.slice(0, 50),
      mayAffectDkim: true,
    });
  }
  const headerEnd = i; // index of the blank line, or lines.length when headers only
  if (!seenField) {
    problems.push({
      code: 'no-headers',
      severity: 'error',
      message: tr('msg.input.no-headers'),
    });
  }
  // long lines in the header block
  for (let j = 0; j < headerEnd; j++) {
    if (lines[j]!.length > MAX_HEADER_LINE) {
      const name = /^([^:\s]+)\s*:/.exec(lines[j]!)?.[1] ?? 'a continuation line';
      problems.push({
        code: 'long-header-line',
        severity: 'warning',
        subject: name,
        message: tr('msg.input.long-header-line', { name, line: offset + j + 1, length: lines[j]!.length, max: MAX_HEADER_LINE }),
      });
      if (problems.length > 20) break;
    }
  }
  let out = lines.join('\r\n');
  if (endedWithNewline || headerEnd === lines.length) out += '\r\n';
  const bytes = binaryToBytes(out);
  if (bytes.length > LARGE_MESSAGE_BYTES) {
    problems.push({
      code: 'large-message',
      severity: 'info',
      message: tr('msg.input.large', { size: (bytes.length / 1048576).toFixed(1) }),
    });
  }
  return { bytes, binary: out, repairs, problems, ok: seenField };
}
