// The SMTP envelope as far as the headers tell it: MAIL FROM, HELO and client IP.
import type { RawHeader } from '../message/raw.ts';
import { domainOf } from '../message/address.ts';
import type { ReceivedSpf } from '../authres/index.ts';
import type { ReceiverClaim } from '../authres/index.ts';

export interface Envelope {
  address: string | null;
  domain: string | null;
  source: 'return-path' | 'received-spf' | 'authentication-results' | 'received' | null;
  nullSender: boolean;
  /** the header text the MAIL FROM was read from */
  evidence: string | null;
  line: number | null;
}

/** RFC 5321 reverse-path out of a Return-Path value: `<addr>`, `<>`, or a bare address. */
export function parseReturnPath(value: string): { address: string | null; nullSender: boolean } {
  const v = value.replace(/\r?\n/g, '').trim();
  if (/^<\s*>$/.test(v)) return { address: null, nullSender: true };
  const m = /<([^<>]*)>/.exec(v);
  const addr = (m ? m[1]! : v.split(/\s+/)[0] ?? '').trim();
  // source route "<@a,@b:user@domain>"
  const bare = addr.replace(/^@[^:]*:/, '');
  if (bare === '') return { address: null, nullSender: true };
  return { address: bare, nullSender: false };
}

export function envelopeSender(
  returnPath: RawHeader | undefined,
  returnPathText: string | undefined,
  receivedSpf: { parsed: ReceivedSpf; text: string; line: number } | undefined,
  claim: ReceiverClaim | undefined,
  claimLine: number | undefined,
): Envelope {
  if (returnPath && returnPathText !== undefined) {
    const rp = parseReturnPath(returnPathText);
    return {
      address: rp.address,
      domain: rp.address ? domainOf(rp.address) : null,
      source: 'return-path',
      nullSender: rp.nullSender,
      evidence: `Return-Path:${returnPathText}`,
      line: returnPath.line,
    };
  }
  const ef = receivedSpf?.parsed.envelopeFrom;
  if (receivedSpf && ef !== undefined) {
    const rp = parseReturnPath(ef.includes('<') ? ef : `<${ef}>`);
    return {
      address: rp.address,
      domain: rp.address ? domainOf(rp.address) : null,
      source: 'received-spf',
      nullSender: rp.nullSender,
      evidence: `Received-SPF: ${receivedSpf.text}`,
      line: receivedSpf.line,
    };
  }
  const mf = claim?.spf?.mailfrom;
  if (mf) {
    const address = mf.includes('@') ? mf : `postmaster@${mf}`;
    return {
      address,
      domain: domainOf(address),
      source: 'authentication-results',
      nullSender: false,
      evidence: `smtp.mailfrom=${mf}`,
      line: claimLine ?? null,
    };
  }
  return { address: null, domain: null, source: null, nullSender: false, evidence: null, line: null };
}

/** The IP a Gmail-style SPF comment names: "designates 54.240.27.10 as permitted sender". */
export function ipFromSpfComment(comment: string | undefined): string | null {
  if (!comment) return null;
  const m = /(?:designates|does not designate|neither permitted nor denied by|best guess record for domain of [^\s]+)\s+([0-9a-fA-F:.]{3,45})\s/i.exec(comment + ' ');
  return m ? m[1]! : null;
}
