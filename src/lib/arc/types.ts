// Result shapes of ARC validation (plain data, JSON-serialisable).
import type { AuthResult, Problem } from '../types.ts';
import type { BodyHashStatus } from '../dkim/body.ts';
import type { SignatureStatus } from '../dkim/types.ts';
import type { EngineStep } from '../findings/types.ts';

export interface ArcSignatureCheck {
  /** 'none' when not checked (e.g. the chain is malformed) */
  result: AuthResult;
  reason: string;
  d: string | null;
  s: string | null;
  /** 1-based line of the field */
  line: number | null;
  /** AMS only */
  bodyHash?: BodyHashStatus;
  signature?: SignatureStatus;
  problems: Problem[];
  steps: EngineStep[];
}

export interface ArcSetResult {
  instance: number;
  /** what the intermediary claims in its ARC-Authentication-Results: its authserv-id... */
  authservId: string | null;
  /** ...and its result text (unfolded), as written: a claim, not re-evaluated */
  aarText: string | null;
  aarLine: number | null;
  ams: ArcSignatureCheck;
  as: ArcSignatureCheck & { cv: string | null };
}

export interface ArcResult {
  /** chain validation status (RFC 8617 4.4) */
  result: 'none' | 'pass' | 'fail';
  sets: ArcSetResult[];
  /** the instance where the chain broke */
  brokenAt?: number;
  /** oldest instance from which every AMS up to the newest still verifies */
  oldestPass?: number;
  reason: string;
  problems: Problem[];
  steps: EngineStep[];
}
