// Types of the fix advisor: provider detection, fixes (records to publish) and their live check.
import type { AuthResult } from '../types.ts';
import type { AdviceLang } from './lang.ts';
import type { Actor, DiagnosisCode, GateContext } from '../diagnosis/types.ts';
import type { Catalogue } from '../findings/catalog.ts';
import type { SpfFacts } from './spf-limit.ts';

export type { AdviceLang, Tr } from './lang.ts';

/** Provider ids exactly as in the report contract (DESIGN.md). */
export const PROVIDER_IDS = [
  'amazon-ses', 'sendgrid', 'mailgun', 'postmark', 'sparkpost', 'mandrill', 'mailchimp', 'brevo',
  'google-workspace', 'microsoft-365', 'zoho', 'salesforce', 'salesforce-marketing-cloud', 'hubspot',
  'zendesk', 'resend', 'mailjet', 'klaviyo', 'constant-contact', 'freshdesk', 'intercom',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * Where a fact comes from: a URL, or a tag from esp-fixes.md:
 * [V] vendor doc read, [V2] vendor page seen only as an excerpt, [O] observed in real headers or zones,
 * [3P] third-party guide only (unverified), [INF] inferred (unverified).
 */
export type Source = string;

// ---------------------------------------------------------------- detection

export interface HeaderField {
  name: string;
  /** unfolded value */
  value: string;
}

export interface DetectInput {
  /** unfolded, top to bottom */
  headers: HeaderField[];
  /** the envelope sender's domain, when known (else taken from Return-Path) */
  mailFromDomain?: string | null;
  /** d= and s= of each DKIM-Signature (else parsed from the DKIM-Signature headers) */
  dkimDomains?: { d: string; s: string }[];
  /** the language of the evidence rules and notes (default 'en') */
  lang?: AdviceLang;
}

export interface Evidence {
  /** the header looked at ('MAIL FROM' for the envelope domain, 'DKIM-Signature' for d=/s=) */
  header: string;
  /** a quoted excerpt of the value */
  value: string;
  /** what the rule says, in plain words (in DetectInput.lang) */
  rule: string;
  source: Source;
  provider: ProviderId;
  weight: number;
}

export interface Candidate {
  id: ProviderId;
  name: string;
  score: number;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Detection {
  id: ProviderId;
  name: string;
  /** the sending region (Amazon SES and services built on it; Mailgun's postgun region) */
  region?: string;
  /** which header gave the region; `defaulted` when the header carries no region label (= us-east-1) */
  regionFrom?: { header: string; value: string; defaulted: boolean };
  confidence: Confidence;
  score: number;
  /** the service it sends through, e.g. resend via amazon-ses */
  via?: ProviderId;
  evidence: Evidence[];
  /** values read from the headers that fill fix placeholders, e.g. { tenant: 'contoso' } */
  captures: Record<string, string>;
  /** other providers that matched, best first */
  candidates: Candidate[];
  /** why a look-alike was ruled out, e.g. Proton's X-Pm-Message-Id */
  notes: string[];
}

// ---------------------------------------------------------------- fixes

export type FixProblem =
  | 'spf-alignment' // the MAIL FROM domain does not align with the From domain
  | 'spf-authorization' // it aligns, but SPF does not pass for it
  | 'spf-permerror'
  | 'dkim-alignment' // no signature with an aligned d=
  | 'dkim-failure' // an aligned signature exists but does not verify
  | 'no-dmarc'
  | 'dmarc-policy'
  | 'dmarc-rua-auth'
  | 'withheld' // no records: the diagnosis says someone else must act (or it may be spoofing)
  | 'dmarc-duplicates' // several DMARC records at one name: all discarded
  | 'spf-lookup-limit' // SPF over 10 lookups in the worst case, though this message passed
  | 'spf-helo'; // a bounce or auto-reply (null sender): SPF for the HELO name, never a custom MAIL FROM

export type FixRecordType = 'MX' | 'TXT' | 'CNAME' | 'NS';

export interface Placeholder {
  /** the text in `name`/`value` to replace, e.g. '<token1>' */
  token: string;
  meaning: string;
  /** console path where the real value is shown */
  where: string;
  /** a safe regular expression (source) for the shape a real value has */
  shape: string;
}

export interface FixRecord {
  type: FixRecordType;
  /** fully qualified, no trailing dot */
  name: string;
  /** TXT without quotes; CNAME/MX/NS targets without trailing dot */
  value: string;
  /** MX only */
  priority?: number;
  placeholders?: Placeholder[];
  /** MX: the name must hold exactly this one MX (Amazon SES custom MAIL FROM) */
  onlyRecord?: boolean;
}

/** required: DMARC fails without it; recommended; optional: hardening; info: nothing to publish */
export type Importance = 'required' | 'recommended' | 'optional' | 'info';

export interface Fix {
  problem: FixProblem;
  /** the same records also fix this problem (e.g. a Klaviyo sending subdomain fixes SPF and DKIM) */
  alsoFixes?: FixProblem[];
  provider: ProviderId | null;
  /** required: DMARC fails without it; recommended: DMARC passes on the other mechanism; info: nothing to publish */
  importance: Importance;
  title: string;
  explanation: string;
  records: FixRecord[];
  caveats: string[];
  steps?: string[];
  sources: Source[];
  unverified?: boolean;
  /** who must act (set by the diagnosis gate, src/lib/diagnosis/gate.ts) */
  actor?: Actor;
  /** the diagnosis code this fix answers */
  diagnosis?: DiagnosisCode;
  /** fixes sharing a group are alternatives: any one of them is enough (e.g. 'spf-or-dkim') */
  group?: string;
  /** records of this fix that DNS already has (not proposed again), with what is there */
  published?: { record: FixRecord; found: string[] }[];
  /** records of this fix where DNS has something else now: what is there and what differs */
  current?: { record: FixRecord; found: string[]; diff: string }[];
}

/** A rua entry: the URI text, or a parsed DMARC URI (lib/dmarc DmarcUri) with its mailto domain. */
export type RuaEntry = string | { uri: string; domain?: string };

export interface PlanDmarc {
  /** the record that applies (null: none was found) */
  record: string | null;
  /** where it was found, e.g. "_dmarc.example.com" */
  recordDomain: string | null;
  /** alignment modes; null/absent = relaxed (the default) */
  aspf?: 'r' | 's' | null;
  adkim?: 'r' | 's' | null;
  p?: string | null;
  sp?: string | null;
  np?: string | null;
  rua?: RuaEntry[];
  /** the policy that applies to this From domain (after t=y), null when no record applies */
  policy: string | null;
  result: AuthResult | string;
  spfAligned: boolean;
  dkimAligned: boolean;
}

export interface PlanInput {
  fromDomain: string;
  /** no message is at hand (the domain check): the texts say nothing of one */
  noMessage?: boolean;
  /** the From domain's organizational domain, when the caller has worked it out (else the PSL is used) */
  orgDomain?: string | null;
  mailFromDomain: string | null;
  provider: Detection | null;
  spf: { result: AuthResult; domain: string | null; aligned: boolean };
  /** algorithm: the signature's a= (e.g. ed25519-sha256), for the key type of a key record */
  /** keyRevoked: the key record at the selector has an empty p= (revoked by its owner) */
  dkim: { d: string; s: string; result: AuthResult; aligned: boolean; algorithm?: string | null; keyRevoked?: boolean }[];
  /** the envelope: a null sender (bounce, Return-Path: <>) is checked on its HELO name */
  envelope?: { nullSender: boolean; helo: string | null };
  /** null: DMARC was not evaluated or no record applies */
  dmarc: PlanDmarc | null;
  existing?: {
    /** the From domain's TXT records that start with v=spf1 */
    apexSpf?: string[];
    /** worst-case DNS lookups of the From domain's SPF record */
    spfLookupsWorstCase?: number;
    /** SPF facts per domain (From domain, envelope domain): merged, corrected, within 10 lookups */
    spf?: SpfFacts[];
    /** names of the DMARC tree walk with several DMARC records (all discarded) */
    dmarcDuplicates?: { name: string; records: string[] }[];
  };
  /** the catalogue of `lang` for the coded texts (English when absent) */
  catalogue?: Catalogue;
  /** the language of titles, explanations, caveats, steps and placeholder texts (default 'en') */
  lang?: AdviceLang;
  /** the diagnosis gate (src/lib/diagnosis): who acts, and the "never" rules every fix must respect */
  diagnosis?: GateContext;
}

// ---------------------------------------------------------------- live check

export type CheckStatus = 'published' | 'missing' | 'different' | 'error' | 'unchecked';

export interface RecordCheck {
  record: FixRecord;
  /** the name actually queried (placeholders filled) */
  queried: string;
  status: CheckStatus;
  /** what DNS has now at that name and type */
  found: string[];
  /** expected vs found, in plain text */
  diff: string;
}

export interface CheckOptions {
  /** the language of the diffs (default 'en') */
  lang?: AdviceLang;
}

export interface FixCheck {
  status: CheckStatus;
  records: RecordCheck[];
}

// ---- the fix as the report carries it (report JSON contract: docs/report-contract.md) ----------

export interface ReportRecord {
  type: string;
  name: string;
  value: string;
  priority?: number;
  placeholders?: { token: string; meaning: string; where?: string }[];
}

export interface ReportFix {
  problem: string;
  provider: string | null;
  title?: string;
  explanation?: string;
  records: ReportRecord[];
  caveats?: string[];
  steps?: string[];
  sources?: string[];
  unverified?: boolean;
  /** required | recommended | optional | info */
  importance?: 'required' | 'recommended' | 'optional' | 'info';
  /** who must act: owner | service | forwarder | list | receiver | none */
  actor?: string;
  /** the diagnosis code this fix answers (docs/diagnosis-codes.md) */
  diagnosis?: string;
  /** fixes sharing a group are alternatives: either one is enough */
  group?: string;
}
