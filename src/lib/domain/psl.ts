// RFC 7489 3.2 Organizational Domain: the Public Suffix List answer, as many receivers still
// compute it. RFC 9989 replaced it by the DNS tree walk (dmarc/tree-walk.ts); we show both.
import { getDomain } from 'tldts';
import { toALabel } from './names.ts';

export const PSL_POLICY_NOTE =
  'The Public Suffix List view (RFC 7489) counts the list\'s PRIVATE section too (for example ' +
  'herokuapp.com, github.io, blogspot.com), as mailauth does. Without it, tenant1.herokuapp.com ' +
  'and tenant2.herokuapp.com would share the organizational domain herokuapp.com and "align", ' +
  'although different customers control them. Receivers that use only the ICANN section can ' +
  'therefore see relaxed alignment where we do not.';

export interface PslOptions {
  /** count PSL PRIVATE entries as public suffixes (default true, see PSL_POLICY_NOTE) */
  allowPrivate?: boolean;
}

/**
 * The Organizational Domain per RFC 7489 3.2 (public suffix + one label), lowercase A-labels.
 * Null for IP addresses, invalid names and names that are themselves a public suffix.
 */
export function orgDomainPSL(domain: string, opts: PslOptions = {}): string | null {
  const name = toALabel(domain);
  if (!name) return null;
  const org = getDomain(name, {
    allowPrivateDomains: opts.allowPrivate ?? true,
    detectIp: true,
    validateHostname: true,
  });
  return org ? org.toLowerCase() : null;
}
