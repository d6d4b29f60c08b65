// The sender's verdicts, carried in a share link (format v2) beside the message: what the
// sender's page concluded, so whoever opens the link can compare their own re-run with it and
// say why the two differ (a masked value, DNS changed since, DNS unreachable).
// Everything here is a claim made by the link: it is validated strictly and shown as "the
// sender's result", never as a result verified here.
import type { Report } from '../report/types.ts';

export const RESULT_WORDS = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy'] as const;
export type SharedResult = (typeof RESULT_WORDS)[number];
export const DMARC_WORDS = ['pass', 'fail', 'none', 'temperror', 'permerror'] as const;
export type SharedDmarcResult = (typeof DMARC_WORDS)[number];
export type SharedPolicy = 'none' | 'quarantine' | 'reject';

export interface SenderSpf {
  result: SharedResult;
  domain: string | null;
  aligned: boolean;
}

export interface SenderDkim {
  d: string | null;
  s: string | null;
  result: SharedResult;
  aligned: boolean;
  /** the signature covers a header field that masking changed (or was itself changed) */
  masked?: boolean;
}

export interface SenderFix {
  problem: string;
  records: { type: string; name: string; value: string; priority?: number }[];
}

export interface SenderView {
  /** when the sender's analysis ran (ISO 8601) */
  at: string;
  spf: SenderSpf | null;
  dkim: SenderDkim[];
  dmarc: { result: SharedDmarcResult; policy: SharedPolicy | null; spfAligned: boolean; dkimAligned: boolean };
  fixes: SenderFix[];
  /** what masking changed before sharing: header field names (lowercase) and whether IPs were masked */
  masked?: { fields: string[]; ip: boolean; local: boolean };
  /**
   * The sender's DNS answers as pairs of short hashes: [hash of "name type", hash of "status answers"].
   * Names are hashed too, so a name that held a masked value (an SPF macro over a local part)
   * is not revealed; the opener hashes its own answers and finds those that changed.
   */
  dns?: [string, string][];
}

/** What masking did, as the share panel knows it (previewRedaction's changes and replacements). */
export interface MaskInfo {
  /** changed header fields: name and 1-based line */
  changes: { field: string; line: number }[];
  ip: boolean;
  local: boolean;
  /** masking changed the body too (it was shared, and held masked values): every body hash breaks */
  body?: boolean;
}

export const MAX_SENDER_DKIM = 20;
export const MAX_SENDER_FIXES = 20;
export const MAX_SENDER_RECORDS = 10;
export const MAX_SENDER_DNS = 200;
const MAX_NAME = 255;
const MAX_VALUE = 4096;

/** FNV-1a 32-bit, base36: a short, stable fingerprint (not a security hash: links are claims anyway). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The hash pair of one DNS answer: answers sorted, so round-robin order does not count as a change. */
export function dnsFingerprint(e: { name: string; type: string; status: string; answers?: string[] }): [string, string] {
  const name = e.name.toLowerCase().replace(/\.+$/, '');
  return [shortHash(`${name} ${e.type.toUpperCase()}`), shortHash(`${e.status} ${[...(e.answers ?? [])].sort().join('\u0000')}`)];
}

/** Built by the sender's page when it makes the link. */
export function senderView(report: Report, mask?: MaskInfo): SenderView {
  const changedKeys = new Set((mask?.changes ?? []).map((c) => c.field.toLowerCase()));
  const changedLines = new Set((mask?.changes ?? []).map((c) => c.line));
  const view: SenderView = {
    at: report.generatedAt,
    spf: report.spf ? { result: report.spf.result, domain: report.spf.domain, aligned: !!report.spf.aligned } : null,
    dkim: report.dkim.slice(0, MAX_SENDER_DKIM).map((k) => {
      const signed = ((k.detail as { signedHeaders?: unknown } | undefined)?.signedHeaders ?? []) as unknown[];
      const masked = !!mask?.body || (changedKeys.size > 0 && ((k.line != null && changedLines.has(k.line)) || signed.some((h) => typeof h === 'string' && changedKeys.has(h.toLowerCase()))));
      return { d: k.d, s: k.s, result: k.result, aligned: !!k.aligned, ...(masked ? { masked: true } : {}) };
    }),
    dmarc: { result: report.dmarc.result, policy: report.dmarc.policy, spfAligned: !!report.dmarc.spfAligned, dkimAligned: !!report.dmarc.dkimAligned },
    fixes: report.fixes.slice(0, MAX_SENDER_FIXES).map((f) => ({
      problem: f.problem,
      records: f.records.slice(0, MAX_SENDER_RECORDS).map((r) => ({ type: r.type, name: r.name, value: r.value, ...(r.priority != null ? { priority: r.priority } : {}) })),
    })),
  };
  if (mask && (mask.changes.length > 0 || mask.ip || mask.local || mask.body)) {
    view.masked = { fields: [...changedKeys].sort(), ip: mask.ip, local: mask.local };
  }
  const seen = new Set<string>();
  const dns: [string, string][] = [];
  for (const e of report.dns) {
    // a failed query says nothing about what is published
    if (e.error || (e.status !== 'NOERROR' && e.status !== 'NXDOMAIN')) continue;
    const fp = dnsFingerprint(e);
    if (seen.has(fp[0])) continue;
    seen.add(fp[0]);
    dns.push(fp);
    if (dns.length >= MAX_SENDER_DNS) break;
  }
  if (dns.length) view.dns = dns;
  return view;
}

// ---- validation of a link's sender part (hostile input) ----

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max = MAX_NAME): x is string => typeof x === 'string' && x.length <= max;
const strOrNull = (x: unknown, max = MAX_NAME): x is string | null => x === null || str(x, max);
const bool = (x: unknown): x is boolean => typeof x === 'boolean';
const oneOf = <T extends string>(words: readonly T[], x: unknown): x is T => typeof x === 'string' && (words as readonly string[]).includes(x);

/** The sender part of a decoded link, or null when any part of it is malformed. */
export function validateSenderView(raw: unknown): SenderView | null {
  if (!isObj(raw)) return null;
  if (!str(raw.at, 64)) return null;
  let spf: SenderSpf | null = null;
  if (raw.spf !== null) {
    const s = raw.spf;
    if (!isObj(s) || !oneOf(RESULT_WORDS, s.result) || !strOrNull(s.domain) || !bool(s.aligned)) return null;
    spf = { result: s.result, domain: s.domain, aligned: s.aligned };
  }
  if (!Array.isArray(raw.dkim) || raw.dkim.length > MAX_SENDER_DKIM) return null;
  const dkim: SenderDkim[] = [];
  for (const k of raw.dkim) {
    if (!isObj(k) || !strOrNull(k.d) || !strOrNull(k.s) || !oneOf(RESULT_WORDS, k.result) || !bool(k.aligned)) return null;
    if (k.masked !== undefined && !bool(k.masked)) return null;
    dkim.push({ d: k.d, s: k.s, result: k.result, aligned: k.aligned, ...(k.masked ? { masked: true } : {}) });
  }
  const dm = raw.dmarc;
  if (!isObj(dm) || !oneOf(DMARC_WORDS, dm.result) || !(dm.policy === null || oneOf(['none', 'quarantine', 'reject'] as const, dm.policy))) return null;
  if (!bool(dm.spfAligned) || !bool(dm.dkimAligned)) return null;
  if (!Array.isArray(raw.fixes) || raw.fixes.length > MAX_SENDER_FIXES) return null;
  const fixes: SenderFix[] = [];
  for (const f of raw.fixes) {
    if (!isObj(f) || !str(f.problem, 64) || !Array.isArray(f.records) || f.records.length > MAX_SENDER_RECORDS) return null;
    const records: SenderFix['records'] = [];
    for (const r of f.records) {
      if (!isObj(r) || !str(r.type, 16) || !str(r.name) || !str(r.value, MAX_VALUE)) return null;
      if (r.priority !== undefined && !(Number.isInteger(r.priority) && (r.priority as number) >= 0 && (r.priority as number) <= 65535)) return null;
      records.push({ type: r.type, name: r.name, value: r.value, ...(r.priority !== undefined ? { priority: r.priority as number } : {}) });
    }
    fixes.push({ problem: f.problem, records });
  }
  const view: SenderView = { at: raw.at, spf, dkim, dmarc: { result: dm.result, policy: dm.policy, spfAligned: dm.spfAligned, dkimAligned: dm.dkimAligned }, fixes };
  if (raw.masked !== undefined) {
    const m = raw.masked;
    if (!isObj(m) || !Array.isArray(m.fields) || m.fields.length > 200 || !m.fields.every((x) => str(x, 128)) || !bool(m.ip) || !bool(m.local)) return null;
    view.masked = { fields: m.fields as string[], ip: m.ip, local: m.local };
  }
  if (raw.dns !== undefined) {
    if (!Array.isArray(raw.dns) || raw.dns.length > MAX_SENDER_DNS) return null;
    if (!raw.dns.every((p) => Array.isArray(p) && p.length === 2 && str(p[0], 16) && str(p[1], 16))) return null;
    view.dns = raw.dns as [string, string][];
  }
  return view;
}
