// Small shared vocabulary for every check.

/** RFC 8601 result words (DKIM adds `policy`). */
export type AuthResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found while parsing or evaluating. `code` is stable (the UI translates by it,
 * tests assert on it); `message` is the English text, naming the header/term/record at fault.
 */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  /** what it is about: a header name, an SPF term, a DNS name... */
  subject?: string;
  params?: Record<string, string | number>;
}

/** A pointer to the rule, one click away in the UI. */
export interface RuleRef {
  doc: string; // e.g. 'RFC 7208'
  section: string; // e.g. '4.6.4'
  url: string; // e.g. 'https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4'
}

export function rfc(num: number, section: string): RuleRef {
  return { doc: `RFC ${num}`, section, url: `https://www.rfc-editor.org/rfc/rfc${num}#section-${section}` };
}
