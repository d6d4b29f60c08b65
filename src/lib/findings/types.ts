// Findings as codes: what an engine found, with no words in it. The words live in the typed
// catalogues (./en, ./ja) and are put in by one rendering layer (./render.ts), so a language
// switch re-renders without re-analysing and a third language touches no protocol logic.
import type { RuleRef } from '../types.ts';
import type { TextCode } from './catalog.ts';

/** The outcome of a step or finding, as the UI colours it. */
export type Outcome = 'pass' | 'fail' | 'warn' | 'info' | 'none' | 'error';

/** What was looked at, quoted verbatim (always rendered as text, never as HTML). */
export interface Evidence {
  kind: 'header' | 'dns' | 'note';
  /** e.g. "From (line 24)" or "TXT _dmarc.example.jp" */
  label: string;
  /** quoted verbatim */
  text: string;
}

/** Values filled into a catalogue text: raw data (domains, IPs, record values) or numbers. */
export type FindingParams = Record<string, string | number>;

/** One finding: a stable id (its place in the report), an outcome, a catalogue code and its parameters. */
export interface Finding {
  /** stable within a report, e.g. "diagnosis.forwarding" or "requirement.tls" */
  id: string;
  outcome: Outcome;
  /** the catalogue key of its text */
  code: TextCode;
  params: FindingParams;
  rule?: RuleRef;
  evidence: Evidence[];
}

/**
 * One explained step of an engine (DKIM, ARC, DMARC): what was looked at (evidence), the rule
 * and the outcome, with its sentence already rendered in the engine's language. The report
 * nests these under its own steps as they are (report/steps.ts).
 */
export interface EngineStep {
  /** stable within one engine result, e.g. "body-hash" or "policy-record" */
  id: string;
  outcome: Outcome;
  /** a short heading (DMARC's steps have one; DKIM's and ARC's do not) */
  title?: string;
  /** the rendered sentence: what happened */
  text: string;
  rule?: RuleRef;
  evidence: Evidence[];
}
