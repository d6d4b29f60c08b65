// The Report: plain, JSON-serialisable data. The CLI prints it; the UI renders it and its Steps.
// Fields named in DESIGN.md's contract keep their meaning; the rest are extras for the UI.
import type { AuthResult, Problem, RuleRef } from '../types.ts';
import type { Repair } from '../message/normalise.ts';
import type { Mailbox } from '../message/address.ts';
import type { Requirement } from '../requirements/types.ts';

// What a step looked at, quoted verbatim: the findings' Evidence, re-exported for the report's readers.
export type { Evidence } from '../findings/types.ts';
import type { Evidence, Outcome } from '../findings/types.ts';

export interface Step {
  id: string;
  title: string;
  status: Outcome;
  /** one sentence: the outcome in plain words */
  summary: string;
  /** the rule applied, in plain words */
  rule?: string;
  ref?: RuleRef;
  details?: string[];
  evidence: Evidence[];
  /** sub-steps, e.g. one per DKIM signature */
  children?: Step[];
  /** render the sub-steps folded (the detailed derivation, not the story) */
  collapsed?: boolean;
}

// The fix's shape lives with the advisor that builds it (advice/types.ts); re-exported here for
// the report's readers.
export type { ReportFix } from '../advice/types.ts';
import type { ReportFix } from '../advice/types.ts';

/** A root cause (src/lib/diagnosis): code, who must act, the sentence in the report's language. */
export interface ReportDiagnosis {
  code: string;
  actor: 'owner' | 'service' | 'forwarder' | 'list' | 'receiver' | 'none';
  summary: string;
  evidence: Evidence[];
  /** cause: why DMARC fails or what must change; note: context */
  role?: 'cause' | 'note';
  /** the catalogue parameters, to re-render the summary in another language */
  params?: Record<string, string | number>;
}

export interface ReceiverView {
  authservId: string | null;
  spf: string | null;
  dkim: string[];
  dmarc: string | null;
  arc?: string | null;
  smtpMailfrom?: string | null;
  headerFrom?: string | null;
  /** 1-based line of the Authentication-Results field */
  line?: number;
  /** written by the receiver whose boundary hop we use (trustworthy) or further down (a claim) */
  trusted?: boolean;
  /** Microsoft 365 composite authentication */
  compauth?: string | null;
  /** when the server that wrote it received the message (ISO, from its Received field) */
  recordedAt?: string | null;
  /** for an intermediary's results: who recorded them, where, when */
  note?: string;
}

export interface Comparison {
  check: 'spf' | 'dkim' | 'dmarc';
  ours: string;
  receiver: string | null;
  agree: boolean;
  /** the likely reason when they differ */
  reason?: string;
}

export interface Report {
  version: 1;
  generatedAt: string;
  input: { bytes: number; headersOnly: boolean; headerCount: number; repairs: Repair[] };
  from: { domain: string | null; domains: string[]; mailboxes: Mailbox[]; line?: number };
  mailFrom: {
    domain: string | null;
    address: string | null;
    source: 'return-path' | 'received-spf' | 'authentication-results' | 'received' | null;
    nullSender: boolean;
    evidence?: string;
  };
  spf: {
    result: AuthResult;
    domain: string | null;
    clientIp: string | null;
    helo: string | null;
    lookups: number;
    /** the client IP as other receiver headers name it, and whether they agree with ours */
    ipCrossCheck?: { source: 'received-spf' | 'authentication-results' | 'received'; ip: string; agrees: boolean }[];
    /** where the client IP came from: the receiver's Received-SPF, its Authentication-Results, Microsoft's CIP, the boundary Received, an assumed boundary, or the user's hop */
    clientIpSource?: 'received-spf' | 'authentication-results' | 'forefront' | 'received' | 'assumed' | 'chosen' | null;
    /** set when the message carries no receiver results and the boundary was assumed */
    assumed?: { label: string; reason: string; line: number };
    aligned: boolean;
    explanation?: string;
    /** one sentence: why this result (for temperror/permerror, the failure, e.g. the DNS error) */
    reason?: string;
    /** 'ours' when evaluated here; 'receiver' when taken from Authentication-Results (offline / no client IP) */
    source: 'ours' | 'receiver' | 'none';
    identity?: 'mailfrom' | 'helo';
    trace?: unknown;
    lint?: unknown;
  } | null;
  /** lint of the evaluated SPF record and of the From domain's (apart from the verdict) */
  spfLints?: unknown[];
  dkim: {
    d: string | null;
    s: string | null;
    algorithm: string | null;
    result: AuthResult;
    bodyHash: 'pass' | 'fail' | 'not-checked';
    aligned: boolean;
    source: 'ours' | 'receiver';
    reason?: string;
    line?: number;
    detail?: unknown;
  }[];
  arc: { result: 'none' | 'pass' | 'fail'; detail?: unknown };
  dmarc: {
    result: 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';
    recordDomain: string | null;
    record: string | null;
    policy: 'none' | 'quarantine' | 'reject' | null;
    policySource?: 'p' | 'sp' | 'np' | null;
    spfAligned: boolean;
    dkimAligned: boolean;
    aspf?: 'r' | 's';
    adkim?: 'r' | 's';
    orgDomain?: string | null;
    detail?: unknown;
  };
  provider: { id: string; region?: string | null; name?: string; evidence?: unknown } | null;
  fixes: ReportFix[];
  /** the root causes, most important first (the first one is the verdict line) */
  diagnoses?: ReportDiagnosis[];
  /** all fixes as a BIND zone-file snippet and as a tab-separated table */
  fixExports?: { bind: string; table: string };
  receiver: ReceiverView[];
  comparisons: Comparison[];
  /** every DNS query of the analysis; `error` says why a failed one failed (timeout, HTTP 429, …) */
  dns: { name: string; type: string; status: string; answers?: string[]; error?: string; elapsedMs?: number; cached?: boolean }[];
  hops?: { ip: string | null; from: string | null; by: string | null; date: string | null; delaySeconds: number | null }[];
  hopDetail?: unknown;
  /** every header field, top to bottom: the raw text and the decoded value (RFC 2047), with a short explanation */
  headers?: { name: string; value: string; decoded: string; line: number; explain: string | null }[];
  antispam?: unknown;
  steps: Step[];
  problems: Problem[];
  /** the receiver's recorded verdict against ours now, when they differ (src/lib/report/disagreement.ts) */
  disagreement?: import('./disagreement.ts').Disagreement;
  /** the fixes our view alone would give, withheld because they contradict the receiver (disagreement.fixesSuppressed) */
  withheldFixes?: ReportFix[];
  /** true when DNS could not be reached and DNS-dependent checks fell back to the receiver's results */
  offline?: boolean;
  /** the mailbox providers' sender rules (Gmail, Yahoo, Outlook.com) as far as the message and DNS show them */
  requirements?: Requirement[];
}

/** A header field as the report lists it (report/analyze.ts headerViews; report/steps.ts cites it). */
export interface HeaderView {
  index: number;
  name: string;
  /** unfolded, decoded from UTF-8 for display (encoded-words are decoded by the UI layer) */
  value: string;
  line: number;
}
