// Domain-name helpers for the advisor.
import { orgDomainPSL } from '../domain/psl.ts';

export function normDomain(d: string): string {
  return d.trim().toLowerCase().replace(/\.+$/, '');
}

/**
 * The organizational domain by the Public Suffix List (domain/psl.ts, private suffixes included:
 * under github.io the registrable name is what its owner can publish records in), or the name
 * itself when it has none. The report builder may pass the RFC 9989 tree-walk answer instead
 * (PlanInput.orgDomain).
 */
export function orgDomainOf(domain: string): string {
  const d = normDomain(domain);
  return orgDomainPSL(d) ?? d;
}

/** "example.co.jp" → "example-co-jp", as Microsoft 365, Brevo and HubSpot name their DKIM targets. */
export function dashed(domain: string): string {
  return normDomain(domain).replace(/\./g, '-');
}

const DOMAIN_SHAPE = /^[a-z0-9_](?:[a-z0-9_.-]{0,251}[a-z0-9])?$/i;

export function isDomainShape(d: string): boolean {
  return DOMAIN_SHAPE.test(d);
}
