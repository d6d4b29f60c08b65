// Short notes on common header fields, for the header inspector (texts in the catalogue area hdr,
// findings/{en,ja}/hdr.ts), and RFC 2047 encoded-word decoding for display.
import { decodeWords } from 'postal-mime';
import { EN, type Tr } from '../i18n/tr.ts';
import type { TextCode } from '../findings/catalog.ts';

/** Longest name looked up; longer names are not header names anyone writes. */
const MAX_NAME = 200;
/** Longest value decoded; the rest is appended as it is. */
export const MAX_DECODE_LENGTH = 64 * 1024;

/** Header names that have a note of their own (lowercase) → the note's catalogue code (findings/en/hdr.ts). */
const NOTES: Record<string, TextCode> = {
  from: 'hdr.from',
  sender: 'hdr.sender',
  'reply-to': 'hdr.reply-to',
  to: 'hdr.to',
  cc: 'hdr.cc',
  bcc: 'hdr.bcc',
  subject: 'hdr.subject',
  date: 'hdr.date',
  'message-id': 'hdr.message-id',
  'in-reply-to': 'hdr.in-reply-to',
  references: 'hdr.references',
  'mime-version': 'hdr.mime-version',
  'content-type': 'hdr.content-type',
  'content-transfer-encoding': 'hdr.content-transfer-encoding',
  'content-language': 'hdr.content-language',
  'content-disposition': 'hdr.content-disposition',
  'return-path': 'hdr.return-path',
  received: 'hdr.received',
  'x-received': 'hdr.x-received',
  'delivered-to': 'hdr.delivered-to',
  'x-original-to': 'hdr.x-original-to',
  'envelope-to': 'hdr.envelope-to',
  'x-envelope-from': 'hdr.x-envelope-from',
  'x-originating-ip': 'hdr.x-originating-ip',
  'dkim-signature': 'hdr.dkim-signature',
  'x-google-dkim-signature': 'hdr.x-google-dkim-signature',
  'domainkey-signature': 'hdr.domainkey-signature',
  'authentication-results': 'hdr.authentication-results',
  'received-spf': 'hdr.received-spf',
  'arc-seal': 'hdr.arc-seal',
  'arc-message-signature': 'hdr.arc-message-signature',
  'arc-authentication-results': 'hdr.arc-authentication-results',
  'bimi-selector': 'hdr.bimi-selector',
  'bimi-location': 'hdr.bimi-location',
  'bimi-indicator': 'hdr.bimi-indicator',
  'tls-required': 'hdr.tls-required',
  'list-unsubscribe': 'hdr.list-unsubscribe',
  'list-unsubscribe-post': 'hdr.list-unsubscribe-post',
  'list-id': 'hdr.list-id',
  'feedback-id': 'hdr.feedback-id',
  'cfbl-address': 'hdr.cfbl-address',
  'cfbl-feedback-id': 'hdr.cfbl-feedback-id',
  precedence: 'hdr.precedence',
  'auto-submitted': 'hdr.auto-submitted',
  'x-auto-response-suppress': 'hdr.x-auto-response-suppress',
  'x-ses-outgoing': 'hdr.x-ses-outgoing',
  'x-mailer': 'hdr.x-mailer',
  'user-agent': 'hdr.user-agent',
  organization: 'hdr.organization',
  'disposition-notification-to': 'hdr.disposition-notification-to',
  'errors-to': 'hdr.errors-to',
  importance: 'hdr.importance',
  'x-priority': 'hdr.x-priority',
  'thread-index': 'hdr.thread-index',
  'thread-topic': 'hdr.thread-topic',
  'x-forefront-antispam-report': 'hdr.x-forefront-antispam-report',
  'x-forefront-antispam-report-untrusted': 'hdr.x-forefront-antispam-report-untrusted',
  'x-microsoft-antispam': 'hdr.x-microsoft-antispam',
  'x-microsoft-antispam-untrusted': 'hdr.x-microsoft-antispam-untrusted',
  'x-microsoft-antispam-mailbox-delivery': 'hdr.x-microsoft-antispam-mailbox-delivery',
  'x-microsoft-antispam-message-info': 'hdr.x-microsoft-antispam-message-info',
  'x-ms-exchange-organization-scl': 'hdr.x-ms-exchange-organization-scl',
  'x-ms-exchange-organization-authas': 'hdr.x-ms-exchange-organization-authas',
  'x-ms-exchange-organization-pcl': 'hdr.x-ms-exchange-organization-pcl',
  'x-ms-has-attach': 'hdr.x-ms-has-attach',
  'x-ms-tnef-correlator': 'hdr.x-ms-tnef-correlator',
  'x-originatororg': 'hdr.x-originatororg',
  'x-spam-status': 'hdr.x-spam-status',
  'x-spam-flag': 'hdr.x-spam-flag',
  'x-spam-score': 'hdr.x-spam-score',
  'x-spam-level': 'hdr.x-spam-level',
  'x-spam-report': 'hdr.x-spam-report',
  'x-gm-message-state': 'hdr.x-gm-message-state',
  'x-google-smtp-source': 'hdr.x-google-smtp-source',
};

/** Families explained by their prefix when the exact name is not listed. */
const FAMILIES: [string, TextCode][] = [
  ['x-ms-exchange-crosstenant-', 'hdr.family.x-ms-exchange-crosstenant'],
  ['x-ms-exchange-', 'hdr.family.x-ms-exchange'],
  ['x-microsoft-', 'hdr.family.x-microsoft'],
  ['arc-', 'hdr.family.arc'],
  ['bimi-', 'hdr.family.bimi'],
  ['list-', 'hdr.family.list'],
  ['resent-', 'hdr.family.resent'],
  ['x-spam-', 'hdr.family.x-spam'],
];

/**
 * A short note on a header field name in the translator's language (English by default), or null
 * when there is none. Never throws.
 */
export function explainHeader(name: string, tr: Tr = EN): string | null {
  if (typeof name !== 'string' || name.length > MAX_NAME) return null;
  const k = name.trim().replace(/:$/, '').trim().toLowerCase();
  if (k === '') return null;
  if (Object.prototype.hasOwnProperty.call(NOTES, k)) return tr(NOTES[k]!);
  for (const [prefix, code] of FAMILIES) if (k.startsWith(prefix)) return tr(code);
  return null;
}

/** Header names that have a note of their own (lowercase). */
export function explainedHeaderNames(): string[] {
  return Object.keys(NOTES);
}

// WHATWG Encoding: these labels all mean windows-1252, whose bytes 0x80-0x9F are printable
// characters. Node 20.18.3 and later decode them as C1 controls instead (nodejs/node#60888);
// browsers do not. The output is mapped back here so the CLI shows what the browser shows.
const CP1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function fixCp1252(s: string): string {
  return s.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80]!));
}

// the encoded-word grammar postal-mime uses (RFC 2047 section 2); linear: each attempt stops at the next "?"
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;

function charsetOf(label: string): string {
  const star = label.indexOf('*'); // RFC 2231 language suffix
  return (star >= 0 ? label.slice(0, star) : label).toLowerCase();
}

function decodeRun(words: string[], charset: string): string {
  const out = decodeWords(words.join(''));
  return CP1252_LABELS.has(charset) ? fixCp1252(out) : out;
}

function decodeEncodedWords(text: string): string {
  const out: string[] = [];
  let pos = 0;
  let run: string[] = [];
  let runCharset = '';
  const flush = () => {
    if (run.length > 0) out.push(decodeRun(run, runCharset));
    run = [];
  };
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(text); m; m = ENCODED_WORD.exec(text)) {
    const between = text.slice(pos, m.index);
    // RFC 2047 section 6.2: whitespace between two encoded-words is not displayed
    if (!(run.length > 0 && /^[ \t\r\n]*$/.test(between))) {
      flush();
      out.push(between);
    }
    const cs = charsetOf(m[1]!);
    // words in one charset are decoded together, so a character split across two of them is whole
    if (run.length > 0 && cs !== runCharset) flush();
    run.push(m[0]);
    runCharset = cs;
    pos = m.index + m[0].length;
  }
  flush();
  out.push(text.slice(pos));
  return out.join('');
}

/**
 * A header value for display: folding removed and RFC 2047 encoded-words decoded in any charset
 * the runtime's TextDecoder knows (UTF-8, ISO-8859-*, windows-125x, ISO-2022-JP, Shift_JIS,
 * EUC-KR, GB18030, ...; postal-mime's decoder, with its charset aliases). Adjacent encoded-words
 * separated only by whitespace are joined (RFC 2047 section 6.2), so a character split across two
 * words comes out whole. Text that is not an encoded-word is kept as it is. The value should
 * already be text (for raw header bytes, use binaryToText first).
 * Never throws: on any failure the unfolded value is returned.
 */
export function decodeHeaderValue(value: string): string {
  if (typeof value !== 'string') return '';
  const unfolded = value.replace(/\r?\n(?=[ \t])/g, '');
  const head = unfolded.length > MAX_DECODE_LENGTH ? unfolded.slice(0, MAX_DECODE_LENGTH) : unfolded;
  const tail = unfolded.length > MAX_DECODE_LENGTH ? unfolded.slice(MAX_DECODE_LENGTH) : '';
  if (!head.includes('=?')) return unfolded;
  try {
    return decodeEncodedWords(head) + tail;
  } catch {
    return unfolded;
  }
}
