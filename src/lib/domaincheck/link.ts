// The shareable link of a domain check: #domain=DOMAIN&service=ID&region=R&selector=S (DESIGN.md
// "App URL parameters"). Only names and ids, nothing else; unknown or malformed values are dropped.
import { PROVIDER_IDS, type ProviderId } from '../advice/types.ts';

export interface DomainLink {
  domain: string;
  service: ProviderId | null;
  region: string | null;
  selectors: string[];
}

const MAX_FRAGMENT = 2048;
const NAME = /^[a-z0-9._-]{1,253}$/i;

/** Whether a URL fragment (without '#') is a domain-check link rather than a shared analysis. */
export function isDomainFragment(fragment: string): boolean {
  return typeof fragment === 'string' && /^domain=/i.test(fragment.replace(/^#/, ''));
}

/** The link's fields; null when it is not a domain-check link or carries no usable domain. */
export function parseDomainFragment(fragment: string): DomainLink | null {
  if (!isDomainFragment(fragment) || fragment.length > MAX_FRAGMENT) return null;
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(fragment.replace(/^#/, ''));
  } catch {
    return null;
  }
  const domain = (p.get('domain') ?? '').trim();
  if (!domain || domain.length > 253) return null;
  const service = p.get('service');
  const region = (p.get('region') ?? '').trim().toLowerCase();
  const selectors = p
    .getAll('selector')
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => NAME.test(s))
    .slice(0, 20);
  return {
    domain,
    service: service && (PROVIDER_IDS as readonly string[]).includes(service) ? (service as ProviderId) : null,
    region: region && /^[a-z0-9-]{2,30}$/.test(region) ? region : null,
    selectors,
  };
}

/** The fragment (without '#') for a domain check. */
export function domainFragment(l: { domain: string; service?: string | null; region?: string | null; selectors?: string[] }): string {
  const p = new URLSearchParams();
  p.set('domain', l.domain);
  if (l.service) p.set('service', l.service);
  if (l.region) p.set('region', l.region);
  for (const s of l.selectors ?? []) p.append('selector', s);
  return p.toString();
}
