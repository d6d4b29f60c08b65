// Result shapes of DKIM verification (plain data, JSON-serialisable).
import type { AuthResult, Problem } from '../types.ts';
import type { EngineStep } from '../findings/types.ts';
import type { BodyHashCheck, BodyHashStatus } from './body.ts';
import type { DkimKeyInfo } from './key.ts';
import type { Canon } from './signature.ts';
import type { TextLang } from '../i18n/tr.ts';

export type SignatureStatus = 'pass' | 'fail' | 'not-checked';

export interface DkimSignatureResult {
  /** 0-based position among the message's DKIM-Signature fields, top to bottom */
  index: number;
  /** 1-based line of the DKIM-Signature field in the message */
  headerLine: number;
  /** the tags as parsed (raw values) */
  tags: Record<string, string>;
  /** d= exactly as written (null when absent) */
  d: string | null;
  s: string | null;
  /** i= as written, or "@<d>" when absent (RFC 6376 3.5 default) */
  i: string | null;
  /** a= as written */
  algorithm: string | null;
  canonicalization: { header: Canon; body: Canon };
  result: AuthResult;
  /** plain reason for the result (English, or Japanese with lang 'ja') */
  reason: string;
  bodyHash: BodyHashStatus;
  signature: SignatureStatus;
  /** h= names as written */
  signedHeaders: string[];
  /** display-relevant fields present in the message but not (fully) covered by h= */
  unsignedDisplayHeaders: string[];
  bodyLength: { canonical: number | null; signed: number | null };
  body: BodyHashCheck | null;
  key: DkimKeyInfo | null;
  problems: Problem[];
  /** x= has passed */
  expired: boolean;
  /** t= (unix seconds) */
  timestamp: number | null;
  /** x= (unix seconds) */
  expires: number | null;
  steps: EngineStep[];
}

export interface VerifyOptions {
  /** verification time, unix seconds (default: now) */
  now?: number;
  /** the language of reasons, steps and problems (default 'en') */
  lang?: TextLang;
}
