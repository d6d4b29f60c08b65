// SPF ended in permerror because of the owner's own record (a syntax error, several v=spf1 records, over 10
// lookups): would the record the advisor derives from it (corrected, merged, within 10) pass this client?
// Then the owner's own SPF vouches for the sender, and it is not "unrecognised" (no spoofing note, no withholding).
import type { Resolver } from '../dns/types.ts';
import { normName } from '../dns/types.ts';
import { withSpfRecord, type SpfFacts } from '../advice/spf-limit.ts';
import { checkSpf } from '../spf/index.ts';

export async function repairedSpfPasses(facts: SpfFacts[], domain: string, req: { ip: string; mailFrom: string; helo: string }, resolver: Resolver): Promise<boolean> {
  const f = facts.find((x) => x.domain === normName(domain));
  if (!f) return false;
  const candidates = [f.repair?.corrected, f.merge?.merged, f.limit?.record].filter((x): x is string => !!x);
  for (const rec of candidates) {
    try {
      if ((await checkSpf(req, withSpfRecord(resolver, f.domain, rec))).result === 'pass') return true;
    } catch {
      // a failing check proves nothing: not recognised on this ground
    }
  }
  return false;
}
