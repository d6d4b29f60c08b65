// Diagnosis: from what the engines found about one message to its root causes and who must act.
// Plain data (codes + parameters); the words come from the findings catalogues (area "diag").
import type { Evidence, FindingParams } from '../findings/types.ts';

/** Who must act on a root cause or a fix (the report contract's words). */
export type Actor = 'owner' | 'service' | 'forwarder' | 'list' | 'receiver' | 'none';

export const DIAGNOSIS_CODES = [
  'spoof-display-address',
  'spoof-nonexistent-domain',
  'spoof-unrecognised-sender',
  'dns-unavailable',
  'dmarc-duplicate-records',
  'receiver-gateway',
  'gateway-modified',
  'mailing-list-modified',
  'mailing-list-from-rewritten',
  'mailing-list',
  'forwarded-broken',
  'forwarded-survived',
  'bounce',
  'auto-reply',
  'dkim-key-missing',
  'dkim-key-revoked',
  'dkim-key-too-small',
  'dkim-key-mismatch',
  'message-modified',
  'header-modified',
  'spf-duplicate-records',
  'spf-syntax-error',
  'spf-too-many-lookups',
  'spf-lookups-latent',
  'spf-not-authorised',
  'strict-alignment',
  'service-mail-from-not-aligned',
  'service-spf-cannot-align',
  'spf-pass-all',
  'several-from-domains',
  'dkim-signed-header-changed',
  'dkim-body-length-limit',
  'spf-not-aligned',
  'dkim-not-aligned',
  'policy-from-sp',
  'policy-from-np',
  'dmarc-missing',
  'nothing-to-fix',
] as const;
export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

/** cause: explains why DMARC fails (or what the owner should change); note: context that changes the advice. */
export type DiagnosisRole = 'cause' | 'note';

export interface Diagnosis {
  code: DiagnosisCode;
  actor: Actor;
  role: DiagnosisRole;
  /** the sentence, rendered in the report's language (from the catalogue: diag.<code>) */
  summary: string;
  evidence: Evidence[];
  /** the parameters of the catalogue text, for re-rendering in another language */
  params: FindingParams;
}

/** What the fix advisor must respect (the "never" rules), derived from the diagnoses. */
export interface GateContext {
  /** the diagnosis the verdict line names */
  primary: DiagnosisCode;
  primaryActor: Actor;
  /** false: forwarding, a list, the receiver's gateway or spoofing: no records for the owner */
  ownerActs: boolean;
  /** the sender of this message is recognised as the owner's (aligned DKIM key, a known service, an SPF pass) */
  senderRecognised: boolean;
  /** a forwarder, a list or the receiver's gateway sent this copy: no SPF or alignment records for the owner */
  intermediary: boolean;
  /** values that must never appear in a proposed record (the client IP, the forwarder's names) */
  forbidden: string[];
  nullSender: boolean;
  /** aligned signatures whose key must not be "repaired": the header signature verified, or only the body hash failed */
  keepKeys: string[];
  /** DMARC records at the policy name were discarded as duplicates */
  dmarcDuplicates: boolean;
  /** the strongest p= among the published records (no proposal may go below it) */
  strongestPolicy: 'none' | 'quarantine' | 'reject' | null;
  /** DMARC passes for this message */
  dmarcPass: boolean;
  /** something known would fail under a stricter policy, or a lint warning stands */
  tighteningBlocked: boolean;
  /** the fix problem → the diagnosis code it answers */
  problemDiagnosis: Record<string, DiagnosisCode>;
  /** the text of the info fix that replaces withheld records (rendered) */
  withheld?: { title: string; explanation: string };
}

export interface DiagnosisResult {
  diagnoses: Diagnosis[];
  gate: GateContext;
}
