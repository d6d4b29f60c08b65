import type { authres } from '../findings/en/authres.ts';

/** The parser's problem texts (any catalogue holding the authres area, in one language). */
export type AuthresCode = keyof typeof authres;
export type AuthresCatalogue = Readonly<Record<AuthresCode, string>>;
import type { Problem } from '../types.ts';

/** One resinfo of an Authentication-Results value (RFC 8601 section 2.2). */
export interface AuthResEntry {
  /** lowercase method: spf, dkim, dmarc, arc, auth, iprev, compauth, bimi, x-... */
  method: string;
  /** the method version after '/', e.g. `dkim/1=pass` (rare) */
  methodVersion?: number;
  /** lowercase result word as written: pass, fail, bestguesspass, ... */
  result: string;
  /** reason= value (RFC 8601 2.2 reasonspec); Microsoft puts its compauth code here */
  reason?: string;
  /** the text of the comments after the result, joined with a space */
  comment?: string;
  /** ptype.property → value, lowercase keys ('smtp.mailfrom', 'header.d', 'policy.x' ...) */
  props: Record<string, string>;
  /** key=value pairs that are not RFC 8601 properties, e.g. Microsoft's action=none */
  extras: Record<string, string>;
  /** the source text of this resinfo */
  raw: string;
}

export interface ParsedAuthResults {
  /** ARC-Authentication-Results instance (i=) */
  instance?: number;
  /** null when the value has none (Microsoft 365 omits it) */
  authservId: string | null;
  /** authres-version after the authserv-id (RFC 8601 2.2), e.g. `mx.microsoft.com 1` */
  version?: number;
  /** true when the value says `none` (no authentication was done, RFC 8601 2.2 no-result) */
  noResult: boolean;
  results: AuthResEntry[];
  /** bare tokens that are neither an authserv-id nor a result (Microsoft's recipient domain) */
  strays: string[];
  problems: Problem[];
}

export interface ParseAuthResOptions {
  /** parse as ARC-Authentication-Results: an `i=N;` instance tag comes first (RFC 8617 4.1.1) */
  arc?: boolean;
  /** the language of the problems' texts (a loaded catalogue, findings/catalog.ts; English by
   * default, from the authres area alone: the page parses these fields too) */
  cat?: AuthresCatalogue;
}
