// Plain-English notes on common header fields, for the header inspector, and RFC 2047
// encoded-word decoding for display.
import { decodeWords } from 'postal-mime';

/** Longest name looked up; longer names are not header names anyone writes. */
const MAX_NAME = 200;
/** Longest value decoded; the rest is appended as it is. */
export const MAX_DECODE_LENGTH = 64 * 1024;

const NOTES: Record<string, string> = {
  // ------------------------------------------------------------ RFC 5322 originator and destination
  from: 'The author as shown to the reader. This is the address DMARC protects: SPF or DKIM must pass for a domain aligned with it.',
  sender: 'Who actually sent the message when it differs from From, e.g. a secretary or a list. DMARC ignores it.',
  'reply-to': 'Where replies go instead of the From address. Not authenticated by SPF, DKIM or DMARC.',
  to: 'The primary recipients as the author addressed them. The envelope recipients (RCPT TO) can differ, e.g. for Bcc or lists.',
  cc: 'Carbon-copy recipients, visible to everyone.',
  bcc: 'Blind-copy recipients. Usually removed before sending, so seeing it means it was kept by the sender or the mail client.',
  subject: 'The subject line. Non-ASCII text is written as RFC 2047 encoded-words (=?charset?B?...?=).',
  date: "When the author's mail program submitted the message (RFC 5322 section 3.6.1), in the sender's clock and time zone.",
  'message-id': 'A unique identifier for this message, normally <something@sending-domain>. Replies refer to it in In-Reply-To and References.',
  'in-reply-to': 'The Message-ID of the message this one replies to.',
  references: 'The Message-IDs of the earlier messages in the thread, oldest first.',
  'mime-version': 'Declares the message uses MIME (RFC 2045); the value is always 1.0.',
  'content-type': 'The media type of the body (text/plain, text/html, multipart/alternative, ...) and its parameters such as charset and boundary.',
  'content-transfer-encoding': 'How the body is encoded for transport: 7bit, 8bit, quoted-printable or base64.',
  'content-language': 'The language of the content, as a language tag such as en or ja.',
  'content-disposition': 'Whether a part is shown inline or is an attachment, and its file name.',
  // ------------------------------------------------------------ trace
  'return-path': 'The envelope sender (SMTP MAIL FROM), written by the final server at delivery. Bounces go here; SPF checks this domain, and DMARC counts SPF only when it aligns with From.',
  received: "One hop: every server that handles the message adds a Received field at the top, so they read from the bottom (oldest) up. Only those added by the receiver's own servers can be trusted; the ones below can be forged.",
  'x-received': "Google's internal record of a hop. It is not a Received field and is not ordered with them.",
  'delivered-to': 'The mailbox the message was delivered to (added at delivery by Gmail, Postfix and others).',
  'x-original-to': 'The recipient address as given in the envelope, before aliases or forwarding rewrote it (Postfix).',
  'envelope-to': 'The envelope recipient(s) at delivery (Exim).',
  'x-envelope-from': 'The envelope sender (MAIL FROM) as a server recorded it.',
  'x-originating-ip': 'The IP address of the client that submitted the message, as recorded by some webmail and submission services.',
  // ------------------------------------------------------------ authentication
  'dkim-signature': 'A DKIM signature (RFC 6376) by the domain in d=. It covers the header fields listed in h= and a hash of the body (bh=); the public key is in DNS at <s=>._domainkey.<d=>.',
  'x-google-dkim-signature': "Google's internal DKIM signature, used between Google's own servers. Other receivers ignore it.",
  'domainkey-signature': 'A DomainKeys signature (RFC 4870), the obsolete predecessor of DKIM. Receivers no longer check it.',
  'authentication-results': "The receiver's record of the SPF, DKIM, DMARC and other checks it ran (RFC 8601). Trust only the one added by your own provider: its first word, the authserv-id, names the server that wrote it.",
  'received-spf': 'The result of an SPF check (RFC 7208 section 9.1): the verdict, then the client IP, HELO name and envelope sender that were checked.',
  'arc-seal': 'ARC (RFC 8617): a signature over this hop and the ARC fields before it, with cv= saying whether the chain the hop received was valid. i= numbers the hop.',
  'arc-message-signature': 'ARC (RFC 8617): a DKIM-like signature of the message as this intermediary (a list or forwarder) saw it. i= numbers the hop.',
  'arc-authentication-results': 'ARC (RFC 8617): a copy of the authentication results this intermediary saw when the message reached it, so a later receiver can trust them if the chain validates. i= numbers the hop.',
  'bimi-selector': 'Set by the sender: which BIMI record (selector) to use for the brand logo, at <s=>._bimi.<domain>.',
  'bimi-location': "Added by the receiver after checking BIMI: where it found the brand's logo (and certificate). A sender's own copy should be removed by the receiver.",
  'bimi-indicator': 'Added by the receiver after checking BIMI: the brand logo itself (an SVG, base64-encoded), for the mail client to show.',
  'tls-required': 'With "No", the sender asks servers to deliver even when TLS cannot be used (RFC 8689).',
  // ------------------------------------------------------------ lists and bulk mail
  'list-unsubscribe': 'How to unsubscribe (RFC 2369): a mailto: address and/or an https: link in angle brackets. Gmail and Yahoo require it of bulk senders.',
  'list-unsubscribe-post': 'With "List-Unsubscribe=One-Click", the https: link in List-Unsubscribe unsubscribes with a single POST and no further page (RFC 8058). Required by Gmail and Yahoo for bulk mail since 2024.',
  'list-id': 'Identifies the mailing list the message came through (RFC 2919), so it can be filtered.',
  'feedback-id': "An identifier for Gmail's Feedback Loop, e.g. campaign:customer:type:sender, so the sender can see spam-complaint rates per campaign.",
  'cfbl-address': 'Where receivers may send complaint reports for this message (Complaint Feedback Loop, RFC 9477).',
  'cfbl-feedback-id': 'An identifier that the sender wants returned in complaint reports (RFC 9477).',
  precedence: 'A non-standard hint such as bulk, list or junk that asks auto-responders not to reply. The standard field for this is Auto-Submitted (RFC 3834).',
  'auto-submitted': 'Whether the message was sent automatically (RFC 3834): auto-generated, auto-replied, or no. Auto-responders must not reply to auto-generated mail.',
  'x-auto-response-suppress': 'Asks Exchange and Outlook not to send automatic replies (out-of-office, read receipts, ...) to this message.',
  'x-ses-outgoing': 'Added by Amazon SES: the date and the IP address of the SES server that sent the message.',
  'x-mailer': 'The program that composed or sent the message, as it names itself.',
  'user-agent': 'The mail program that composed the message, as it names itself.',
  organization: 'The organisation the sender belongs to, as the sender wrote it.',
  'disposition-notification-to': 'Asks for a read receipt to be sent to this address (RFC 8098). Clients usually ask the reader first.',
  'errors-to': 'An obsolete, non-standard address for bounces; servers use the envelope sender (Return-Path) instead.',
  importance: 'The priority the sender set: low, normal or high.',
  'x-priority': 'The priority the sender set, 1 (highest) to 5 (lowest); 3 is normal.',
  'thread-index': 'Outlook/Exchange conversation tracking data (base64), used to group a thread.',
  'thread-topic': 'Outlook/Exchange: the conversation topic, usually the original subject.',
  // ------------------------------------------------------------ spam verdicts
  'x-forefront-antispam-report': "Microsoft 365's spam-filter report: connecting IP (CIP), country, SCL, spam verdict (SFV), category (CAT) and more, as KEY:value pairs.",
  'x-forefront-antispam-report-untrusted': "Microsoft 365's spam-filter report written by another tenant along the way; it is not this recipient's verdict.",
  'x-microsoft-antispam': "Microsoft 365: the bulk complaint level (BCL) and, on some messages, the phishing confidence level (PCL).",
  'x-microsoft-antispam-untrusted': "Microsoft 365's X-Microsoft-Antispam from another tenant along the way; not this recipient's verdict.",
  'x-microsoft-antispam-mailbox-delivery': 'Microsoft 365 mailbox delivery details, such as the folder chosen (dest:I Inbox, dest:J Junk). Microsoft does not document this field.',
  'x-microsoft-antispam-message-info': 'Microsoft 365 internal filtering data, encrypted; it cannot be read.',
  'x-ms-exchange-organization-scl': 'The spam confidence level Exchange assigned: -1 (filtering skipped), 0-1 not spam, 5-6 spam, 7-9 high-confidence spam.',
  'x-ms-exchange-organization-authas': 'How Exchange classed the sender, e.g. Anonymous (unauthenticated, as from the internet) or Internal (the same organisation).',
  'x-ms-exchange-organization-pcl': 'The phishing confidence level Exchange assigned: 1-3 not likely phishing, 4-8 likely phishing.',
  'x-ms-has-attach': 'Outlook/Exchange: "yes" when the message has attachments.',
  'x-ms-tnef-correlator': 'Outlook/Exchange: links the message to its TNEF (winmail.dat) data.',
  'x-originatororg': 'Microsoft 365: the tenant (organisation domain) the message came from.',
  'x-spam-status': 'SpamAssassin\'s verdict: Yes or No, the score, the required score, and the names of the rules that matched (tests=).',
  'x-spam-flag': 'YES when a spam filter (usually SpamAssassin) classed the message as spam.',
  'x-spam-score': 'The score a spam filter gave the message; higher is more likely spam.',
  'x-spam-level': 'The spam score drawn as stars: one * per whole point.',
  'x-spam-report': 'SpamAssassin\'s detailed report: each rule that matched, its points and a description.',
  'x-gm-message-state': "Google's internal data about the message; it cannot be read.",
  'x-google-smtp-source': "Google's internal identifier for the sending request; it cannot be read.",
};

/** Families explained by their prefix when the exact name is not listed. */
const FAMILIES: [string, string][] = [
  ['x-ms-exchange-crosstenant-', 'Microsoft 365 metadata about routing between tenants (organisations): sender tenant, original arrival time, authentication type and so on.'],
  ['x-ms-exchange-', 'Microsoft Exchange / Microsoft 365 internal processing data, added as the message passes through Exchange.'],
  ['x-microsoft-', 'Microsoft 365 processing data.'],
  ['arc-', 'Part of an ARC chain (RFC 8617), which lets intermediaries such as lists and forwarders vouch for the authentication results they saw.'],
  ['bimi-', 'Part of BIMI (Brand Indicators for Message Identification), which lets a mail client show a verified brand logo.'],
  ['list-', 'Mailing-list information (RFC 2369): ways to post, get help, subscribe or reach the list owner.'],
  ['resent-', 'Added when a user re-sent (redirected) the message, recording who, when and to whom (RFC 5322 section 3.6.6).'],
  ['x-spam-', 'Information from a spam filter, usually SpamAssassin.'],
];

/** A short plain-English note on a header field name, or null when there is none. Never throws. */
export function explainHeader(name: string): string | null {
  if (typeof name !== 'string' || name.length > MAX_NAME) return null;
  const k = name.trim().replace(/:$/, '').trim().toLowerCase();
  if (k === '') return null;
  if (Object.prototype.hasOwnProperty.call(NOTES, k)) return NOTES[k]!;
  for (const [prefix, note] of FAMILIES) if (k.startsWith(prefix)) return note;
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
