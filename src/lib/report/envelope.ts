// The SMTP envelope as far as the headers tell it (chosen in ./identifiers.ts): the MAIL FROM shape and the Return-Path reader.

export interface Envelope {
  address: string | null;
  domain: string | null;
  source: 'return-path' | 'received-spf' | 'authentication-results' | 'received' | null;
  nullSender: boolean;
  /** the header text the MAIL FROM was read from */
  evidence: string | null;
  line: number | null;
}

/** RFC 5321 reverse-path out of a Return-Path value: `<addr>`, `<>`, or a bare address. */
export function parseReturnPath(value: string): { address: string | null; nullSender: boolean } {
  const v = value.replace(/\r?\n/g, '').trim();
  if (/^<\s*>$/.test(v)) return { address: null, nullSender: true };
  const m = /<([^<>]*)>/.exec(v);
  const addr = (m ? m[1]! : v.split(/\s+/)[0] ?? '').trim();
  // source route "<@a,@b:user@domain>"
  const bare = addr.replace(/^@[^:]*:/, '');
  if (bare === '') return { address: null, nullSender: true };
  return { address: bare, nullSender: false };
}
