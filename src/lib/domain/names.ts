// Domain name normalisation shared by the organizational-domain and alignment code.
// Comparisons happen on A-labels (RFC 9989 5.3.1: a U-label Author Domain MUST be converted
// to an A-label, RFC 5890 2.3), lowercase, without the trailing root dot.

const MAX_NAME = 253; // RFC 1035 2.3.4 (presentation form, no trailing dot)
const MAX_LABEL = 63;
// Characters that would make `new URL('http://' + name)` parse something other than a host.
const URL_SPECIAL = /[\s/\\?#@:%[\]<>^|"'`{}]/;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/**
 * The A-label form of a domain name, or null when it is not a usable DNS name
 * (empty labels, over-long names, an IP address, characters a host name cannot hold).
 * Trailing root dots are removed; a leading dot is an empty label and makes the name invalid.
 */
export function toALabel(input: string): string | null {
  if (typeof input !== 'string' || input.length > 4 * MAX_NAME) return null;
  let name = input.trim();
  while (name.endsWith('.')) name = name.slice(0, -1);
  if (!name || URL_SPECIAL.test(name)) return null;
  let host = idnaToAscii(name);
  if (host === null) return null;
  host = host.toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  return isValidDnsName(host) ? host : null;
}

/**
 * The one IDNA step (UTS #46 / RFC 5890 A-labels): printable ASCII is returned as it is (case
 * kept: SPF sees the name as written); anything else goes through the platform's URL
 * parser, which does the IDNA processing in browsers, workers and Node alike. Null when a
 * non-ASCII name holds characters that would make the URL parser read something else.
 */
export function idnaToAscii(name: string): string | null {
  if (/^[\x21-\x7e]*$/.test(name)) return name;
  if (URL_SPECIAL.test(name)) return null;
  try {
    const host = new URL(`http://${name}/`).hostname;
    return /^[\x21-\x7e]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** Syntax check of a lowercase A-label name: label lengths, total length, no all-numeric TLD. */
export function isValidDnsName(name: string): boolean {
  if (!name || name.length > MAX_NAME) return false;
  const labels = name.split('.');
  if (!labels.every((l) => l.length > 0 && l.length <= MAX_LABEL && LABEL.test(l))) return false;
  // An all-numeric last label is an IPv4 address (or part of one), not a domain name.
  return !/^[0-9]+$/.test(labels[labels.length - 1]!);
}

export function labelCount(name: string): number {
  return name.split('.').length;
}

/** The last `n` labels of a name. */
export function lastLabels(name: string, n: number): string {
  return name.split('.').slice(-n).join('.');
}
