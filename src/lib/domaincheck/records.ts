// Parsers for the DNS records the domain check reads besides SPF, DMARC and DKIM: MTA-STS
// (RFC 8461 §3.1), TLS-RPT (RFC 8460 §3) and BIMI (draft-brand-indicators-for-message-identification).
// Pure: text in, verdict out. Tag lists are "k=v; k=v", the version tag first.

export type TxtStatus = 'found' | 'none' | 'invalid' | 'multiple' | 'error';

export interface TagRecord {
  tags: Record<string, string>;
  /** the catalogue code of why it is invalid, with its params; null when valid */
  invalid: { code: 'dc.reason.version' | 'dc.reason.id' | 'dc.reason.rua' | 'dc.reason.logo'; params: Record<string, string> } | null;
}

const MAX_TAGS = 32;

/** "v=STSv1; id=20240101" → { v: 'STSv1', id: '20240101' } (first occurrence wins, names lowercased). */
export function parseTags(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(';').slice(0, MAX_TAGS)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const k = part.slice(0, eq).trim().toLowerCase();
    if (k && !(k in out)) out[k] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The version tag must come first with exactly this value (case-sensitive, as the RFCs write it). */
function startsWithVersion(text: string, version: string): boolean {
  return new RegExp(`^\\s*v\\s*=\\s*${version}\\s*(;|$)`).test(text);
}

/** Records that claim to be of this kind: the version tag first, in any case (a wrong case is invalid, not absent). */
export function claims(text: string, version: string): boolean {
  return new RegExp(`^\\s*v\\s*=\\s*${version}\\b`, 'i').test(text);
}

export function parseMtaSts(text: string): TagRecord {
  const tags = parseTags(text);
  if (!startsWithVersion(text, 'STSv1')) return { tags, invalid: { code: 'dc.reason.version', params: { version: 'v=STSv1' } } };
  if (!/^[A-Za-z0-9]{1,32}$/.test(tags.id ?? '')) return { tags, invalid: { code: 'dc.reason.id', params: {} } };
  return { tags, invalid: null };
}

/** The rua URIs of a TLS-RPT record: mailto: or https:, comma-separated. */
export function tlsRptUris(rua: string | undefined): string[] {
  return (rua ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => /^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/i.test(u))
    .slice(0, 10);
}

export function parseTlsRpt(text: string): TagRecord {
  const tags = parseTags(text);
  if (!startsWithVersion(text, 'TLSRPTv1')) return { tags, invalid: { code: 'dc.reason.version', params: { version: 'v=TLSRPTv1' } } };
  if (!tlsRptUris(tags.rua).length) return { tags, invalid: { code: 'dc.reason.rua', params: {} } };
  return { tags, invalid: null };
}

export function parseBimi(text: string): TagRecord {
  const tags = parseTags(text);
  if (!startsWithVersion(text, 'BIMI1')) return { tags, invalid: { code: 'dc.reason.version', params: { version: 'v=BIMI1' } } };
  // l= may be empty (a declination to publish); otherwise it is an https: URL
  const l = tags.l ?? '';
  if (l !== '' && !/^https:\/\/\S+$/i.test(l)) return { tags, invalid: { code: 'dc.reason.logo', params: {} } };
  return { tags, invalid: null };
}
