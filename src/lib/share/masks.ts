// Consistent masks: the same original always gets the same replacement within one redaction,
// and different originals get different ones, so the shared view still shows which values
// were equal (e.g. the Return-Path and Message-ID of Amazon SES share one token).

export type ReplacementKind = 'local-part' | 'recipient' | 'message-id' | 'ip' | 'subject';

export interface Replacement {
  kind: ReplacementKind;
  original: string;
  replacement: string;
}

/** Documentation ranges: RFC 5737 TEST-NETs first, then the RFC 2544 benchmarking block. */
function maskIPv4(n: number): string {
  if (n <= 254) return `192.0.2.${n}`;
  if (n <= 508) return `198.51.100.${n - 254}`;
  if (n <= 762) return `203.0.113.${n - 508}`;
  const k = (n - 763) % 131072;
  return `198.${18 + (k >> 16)}.${(k >> 8) & 255}.${k & 255}`;
}

/** RFC 3849 documentation prefix. */
function maskIPv6(n: number): string {
  return `2001:db8::${n.toString(16)}`;
}

export class Masker {
  readonly replaced: Replacement[] = [];
  private readonly seen = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  /** The mask for `key` in `family`, made once by `make(n)` with n counting from 1 per family. */
  private mask(family: string, key: string, kind: ReplacementKind, original: string, make: (n: number) => string): string {
    const id = `${family}\u0000${key}`;
    const known = this.seen.get(id);
    if (known !== undefined) return known;
    const n = (this.counters.get(family) ?? 0) + 1;
    this.counters.set(family, n);
    const replacement = make(n);
    this.seen.set(id, replacement);
    this.replaced.push({ kind, original, replacement });
    return replacement;
  }

  /** `info@example.jp` → `redacted-1@example.jp`: the domain stays for SPF/DKIM/DMARC. */
  localPart(local: string, domain: string): string {
    const address = `${local}@${domain}`;
    return this.mask('local', address.toLowerCase(), 'local-part', address, (n) => `redacted-${n}@${domain}`);
  }

  /** Message-ID id-left masked, id-right (a domain) kept. */
  messageId(left: string, right: string): string {
    const id = `${left}@${right}`;
    return this.mask('msgid', id.toLowerCase(), 'message-id', id, (n) => `redacted-id-${n}@${right}`);
  }

  /** A recipient's whole address (RFC 2606 .invalid domain). */
  recipient(address: string): string {
    return this.mask('rcpt', address.toLowerCase(), 'recipient', address, (n) => `recipient-${n}@redacted.invalid`);
  }

  ip(key: string, original: string, family: 4 | 6): string {
    return this.mask(`ip${family}`, key, 'ip', original, family === 4 ? maskIPv4 : maskIPv6);
  }

  subject(original: string): string {
    return this.mask('subject', original, 'subject', original, () => '[redacted]');
  }
}
