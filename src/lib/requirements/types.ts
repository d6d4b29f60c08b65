// The shape of one sender requirement in the report (DESIGN.md `requirements[]`), plus the
// extras the page needs to word it (catalogue codes and parameters) and to say who states it.
import type { Evidence, FindingParams, TextCode } from '../findings/index.ts';
import type { ProviderStatement, RequirementId, RuleDef, Scope } from './rules.ts';

export type RequirementStatus = 'met' | 'not-met' | 'unknown' | 'not-applicable';

export interface TextRef {
  code: TextCode;
  params: FindingParams;
}

export interface Requirement {
  id: RequirementId;
  scope: Scope;
  status: RequirementStatus;
  /** what the status rests on: header fields and DNS answers, quoted verbatim */
  evidence: Evidence[];
  /** the primary document stating the rule */
  source: string;
  /** the outcome, as a catalogue code and its parameters */
  code: TextCode;
  params: FindingParams;
  /** the outcome in words (the analysis language) */
  summary: string;
  /** further sentences: each missing part, each failed step */
  details: TextRef[];
  /** machine-readable reasons when not met or unknown, e.g. "post-not-signed", "no-ptr" */
  reasons: string[];
  /** the fix (catalogue code), when something is to be done */
  fix: TextRef | null;
  /** the providers that state it, for whom, and where */
  providers: ProviderStatement[];
  /** where Gmail, Yahoo and Microsoft differ (catalogue code) */
  differs: TextCode | null;
  actor: RuleDef['actor'];
}
