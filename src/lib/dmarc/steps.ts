// The explanation vocabulary of the DMARC checks: each Step says what was looked at (evidence),
// the rule applied and the outcome, in plain English.
import type { RuleRef } from '../types.ts';
import type { TreeWalkQuery } from '../domain/tree-walk.ts';

export type StepOutcome = 'pass' | 'fail' | 'info' | 'warning' | 'error';

export interface DmarcStep {
  id: string;
  title: string;
  outcome: StepOutcome;
  text: string;
  /** quoted header text or DNS answers */
  evidence: string[];
  rule: RuleRef;
}

export function step(id: string, title: string, outcome: StepOutcome, text: string, rule: RuleRef, evidence: string[] = []): DmarcStep {
  return { id, title, outcome, text, evidence, rule };
}

/** One line per answer, as a DNS tool would show it. */
export function queryEvidence(q: TreeWalkQuery): string[] {
  if (q.status !== 'NOERROR') return [`${q.name} TXT → ${q.status}${q.error ? ` (${q.error})` : ''}`];
  if (!q.answers.length) return [`${q.name} TXT → no TXT records (NODATA)`];
  return q.answers.map((a) => `${q.name} TXT "${a}"`);
}

export function describeQuery(q: TreeWalkQuery): { outcome: StepOutcome; text: string } {
  if (q.error) return { outcome: 'error', text: `The lookup of ${q.name} failed (${q.error}). This is a temporary DNS error, so DMARC cannot reach a verdict until it succeeds (RFC 9989 5.3.6).` };
  const multiple = q.dropped.filter((d) => d.reason === 'multiple').length;
  const notDmarc = q.dropped.filter((d) => d.reason === 'not-dmarc');
  const parts: string[] = [];
  if (q.status === 'NXDOMAIN') parts.push(`${q.name} does not exist (NXDOMAIN): no DMARC record here.`);
  else if (!q.answers.length) parts.push(`${q.name} has no TXT records: no DMARC record here.`);
  if (notDmarc.length) {
    parts.push(`${notDmarc.length} TXT record(s) do not start with "v=DMARC1" and are ignored.`);
    if (notDmarc.some((d) => /^\s*v\s*=\s*dmarc1/i.test(d.text))) {
      parts.push('One looks like a DMARC record with the wrong case: the value "DMARC1" is case-sensitive, so "v=dmarc1" is not a DMARC record.');
    }
  }
  if (multiple) parts.push(`${multiple} DMARC records were found at this one name; when there is more than one, all of them are discarded (RFC 9989 4.10). Publish exactly one.`);
  if (q.kept) parts.push(`Found one DMARC record: "${q.kept}".`);
  const outcome: StepOutcome = multiple ? 'error' : q.kept ? 'pass' : notDmarc.length ? 'warning' : 'info';
  return { outcome, text: parts.join(' ') || `${q.name}: nothing usable.` };
}
