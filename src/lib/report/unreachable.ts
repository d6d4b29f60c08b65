// DNS that could not be reached at all: every query of an analysis failed before an answer (no
// connection, or the DoH endpoint blocked). navigator.onLine is not a reliable sign of that (it says
// online behind a captive portal, a firewall that blocks the endpoint, and in some offline page
// loads), so the analysis itself is the evidence: such a report is shown as offline, from the
// receiver's results, instead of as a row of DNS temperrors.
import type { Report } from './types.ts';

/** The resolver's wording for a fetch that got no response (src/lib/dns/doh.ts transport errors). */
const NO_RESPONSE = /network error/i;

export function dnsUnreachable(dns: Report['dns']): boolean {
  const asked = dns.filter((q) => !q.cached);
  return asked.length > 0 && asked.every((q) => q.status === 'ERROR' && NO_RESPONSE.test(q.error ?? ''));
}
