// Addresses and domains from header values (hostile input: bounded, never throws).
import { translator, type TextLang } from '../i18n/tr.ts';
import { addressParser, decodeWords } from 'postal-mime';
import type { Problem } from '../types.ts';
import { EN_CATALOGUE, type Catalogue } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';

export interface Mailbox {
  /** display name, RFC 2047 encoded-words decoded */
  name: string;
  address: string;
  /** lowercase domain, or null when the address has none */
  domain: string | null;
}

const MAX_VALUE = 16384;

export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  let d = address.slice(at + 1).trim().toLowerCase();
  // trailing '>' and blanks, by a loop: a regex anchored at $ backtracks quadratically on long runs
  let end = d.length;
  while (end > 0 && (d[end - 1] === '>' || /\s/.test(d[end - 1]!))) end--;
  d = d.slice(0, end).replace(/\.$/, '');
  if (d.startsWith('[') || d === '') return d === '' ? null : d; // address literal
  if (!/^[^\s@<>()[\],;:"\\]+$/.test(d)) return null;
  return d;
}

/**
 * The last addr-spec-looking token: local part of characters outside `\s<>()",;:`, '@', then a
 * domain of letters, digits, dots and hyphens. Linear: it works outward from the last '@'.
 */
function lastAddrSpec(v: string): string | null {
  const local = /[^\s<>()",;:]/;
  const dom = /[A-Za-z0-9.-]/;
  for (let at = v.lastIndexOf('@'); at > 0; at = v.lastIndexOf('@', at - 1)) {
    let a = at;
    while (a > 0 && local.test(v[a - 1]!) && v[a - 1] !== '@') a--;
    let b = at + 1;
    while (b < v.length && dom.test(v[b]!)) b++;
    if (a < at && b > at + 1) return v.slice(a, b);
  }
  return null;
}

/** Every mailbox in a From (or To/Cc) value, groups flattened. */
export function parseMailboxes(value: string): Mailbox[] {
  const v = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  let parsed: ReturnType<typeof addressParser>;
  try {
    parsed = addressParser(v.replace(/\r?\n/g, ''));
  } catch {
    parsed = [];
  }
  const out: Mailbox[] = [];
  const walk = (list: ReturnType<typeof addressParser>) => {
    for (const a of list) {
      if ('group' in a && Array.isArray(a.group)) walk(a.group as ReturnType<typeof addressParser>);
      else if ('address' in a && typeof a.address === 'string' && a.address.includes('@')) {
        let name = typeof a.name === 'string' ? a.name : '';
        try {
          name = decodeWords(name);
        } catch {
          /* keep raw */
        }
        out.push({ name, address: a.address, domain: domainOf(a.address) });
      }
      if (out.length >= 100) return;
    }
  };
  walk(parsed);
  if (out.length === 0) {
    // fall back to the last addr-spec-looking token (e.g. "Mail From:<joe@joe.com>")
    const m = lastAddrSpec(v);
    if (m) out.push({ name: '', address: m, domain: domainOf(m) });
  }
  return out;
}

export interface FromInfo {
  mailboxes: Mailbox[];
  /** the first author domain (what DMARC usually evaluates) */
  domain: string | null;
  /** every distinct author domain, in order */
  domains: string[];
  problems: Problem[];
}

/** RFC 5322 From: exactly one field; several mailboxes are allowed (with Sender). */
export function parseFrom(fromValues: string[], opts: { lang?: TextLang; cat?: Catalogue } = {}): FromInfo {
  const tr = translator(opts.lang);
  const problems: Problem[] = [];
  if (fromValues.length === 0) {
    problems.push({
      code: 'from-missing',
      severity: 'error',
      subject: 'From',
      message: tr('msg.from.missing'),
    });
    return { mailboxes: [], domain: null, domains: [], problems };
  }
  if (fromValues.length > 1) {
    problems.push({
      code: 'from-multiple',
      severity: 'error',
      subject: 'From',
      message: tr('msg.from.multiple', { n: fromValues.length }),
    });
  }
  const mailboxes = fromValues.flatMap((v) => parseMailboxes(v));
  if (mailboxes.length === 0) {
    problems.push({ code: 'from-unparseable', severity: 'error', subject: 'From', message: tr('msg.from.unparseable', { value: fromValues[0]!.trim().slice(0, 200) }) });
  }
  problems.push(...spoofingTells(fromValues, mailboxes, opts.cat ?? EN_CATALOGUE));
  const domains = [...new Set(mailboxes.map((m) => m.domain).filter((d): d is string => !!d))];
  if (domains.length > 1) {
    problems.push({
      code: 'from-several-domains',
      severity: 'warning',
      subject: 'From',
      message: tr('msg.from.several-domains', { n: domains.length, domains: domains.reduce((list, item) => tr('msg.list.then', { list, item })) }),
    });
  }
  return { mailboxes, domain: mailboxes[0]?.domain ?? null, domains, problems };
}

const ENCODED_WORD = /=\?[^?\s]{1,40}\?[BbQq]\?[^?\s]{0,2000}\?=/g;
const ADDR_SPEC = /[^\s<>()",;:@]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/;

function decodeSafe(v: string): string {
  try {
    return decodeWords(v);
  } catch {
    return v;
  }
}

/**
 * Spoofing tells in From (codes read by the diagnosis): an address written as an RFC 2047
 * encoded-word (section 5 forbids it), several addresses, a display name carrying another address.
 */
export function spoofingTells(fromValues: string[], mailboxes: Mailbox[], cat: Catalogue = EN_CATALOGUE): Problem[] {
  const out: Problem[] = [];
  for (const raw0 of fromValues) {
    const raw = raw0.slice(0, MAX_VALUE).replace(/\r?\n/g, '');
    const words = raw.match(ENCODED_WORD) ?? [];
    if (words.length === 0) continue;
    const outside = raw.replace(ENCODED_WORD, ' ');
    const inAngle = /<[^>]*=\?[^?\s]{1,40}\?[BbQq]\?[^>]*>/.test(raw);
    const decoded = decodeSafe(raw);
    const decodedAddr = ADDR_SPEC.exec(decoded)?.[0];
    // no address outside the encoded-words, yet the decoded text carries one; or an encoded-word inside <...>
    if ((decodedAddr && !outside.includes('@')) || inAngle) {
      const params = { raw: raw.trim().slice(0, 200), decoded: decoded.trim().slice(0, 200) };
      out.push({ code: 'from-encoded-word-address', severity: 'error', subject: 'From', message: renderText(cat, 'recv.from-encoded-word-address', params), params });
    }
  }
  // several mailboxes in one From field (several From fields are from-multiple)
  const several = fromValues.length === 1 ? mailboxes : [];
  if (several.length > 1) {
    const params = { count: several.length, addresses: several.slice(0, 5).map((m) => m.address).join(', ') };
    out.push({ code: 'from-multiple-addresses', severity: 'warning', subject: 'From', message: renderText(cat, 'recv.from-multiple-addresses', params), params });
  }
  const encoded = out.length > 0;
  for (const m of encoded ? [] : mailboxes.slice(0, 20)) {
    const shown = ADDR_SPEC.exec(m.name)?.[0]?.replace(/[.>]+$/, '');
    if (shown && shown.toLowerCase() !== m.address.toLowerCase()) {
      const params = { name: m.name.slice(0, 200), shown, address: m.address };
      out.push({ code: 'from-display-name-address', severity: 'warning', subject: 'From', message: renderText(cat, 'recv.from-display-name-address', params), params });
    }
  }
  return out;
}
