// Redaction before sharing: personal data out, domains kept (SPF, DKIM and DMARC are about
// domains, so the shared view can still explain them). Every change is listed so the UI can
// show exactly what will be shared.
import { decodeWords } from 'postal-mime';
import type { Problem } from '../types.ts';
import { fieldValue, splitHeaderBlock, type Field } from './fields.ts';
import { Masker, type Replacement, type ReplacementKind } from './masks.ts';
import { findAddresses, findIps, ipKey, type AddressHit } from './scan.ts';
import { redactionWarningText } from './warning-text.ts';
import { EN_PAGE_CATALOGUE } from '../findings/page.ts';

export { headersOnly } from './fields.ts';
export type { Replacement, ReplacementKind } from './masks.ts';

export interface RedactOptions {
  /** mask the local part of every address (domains kept) */
  localParts?: boolean;
  /** replace IPv4/IPv6 addresses with documentation addresses */
  ips?: boolean;
  /** replace the Subject value */
  subject?: boolean;
  /** mask the id-left of Message-ID, In-Reply-To and References (the domain is kept) */
  messageId?: boolean;
  /** replace recipients' whole addresses (To, Cc, Delivered-To, ..., Received "for <...>") */
  recipients?: boolean;
  /** drop the body */
  body?: boolean;
}

export interface RedactionResult {
  text: string;
  /** one entry per distinct value replaced */
  replaced: Replacement[];
  /** what the redaction will change in the shared view's verdicts */
  warnings: Problem[];
  bodyRemoved: boolean;
}

export interface FieldChange {
  field: string;
  /** 1-based line of the field in the original message */
  line: number;
  before: string;
  after: string;
}

export interface RedactionPreview extends RedactionResult {
  /** each header field that changed, unfolded, before and after */
  changes: FieldChange[];
  counts: Record<ReplacementKind, number>;
}

const RECIPIENT_FIELDS = new Set([
  'to', 'cc', 'bcc', 'resent-to', 'resent-cc', 'resent-bcc', 'delivered-to', 'x-original-to',
  'envelope-to', 'x-envelope-to', 'x-forwarded-to', 'x-rcpt-to', 'apparently-to',
]);
const MESSAGE_ID_FIELDS = new Set(['message-id', 'resent-message-id', 'in-reply-to', 'references']);

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function redactMessage(source: string, opts: RedactOptions): RedactionResult {
  const original = typeof source === 'string' ? source : '';
  const block = splitHeaderBlock(original);
  const text = opts.body ? original.slice(0, block.headerEnd) : original;
  const masker = new Masker();
  const edits = [...wholeValueEdits(text, block.fields, opts, masker)];
  const ctx: ScanContext = {
    opts,
    masker,
    recipients: opts.recipients ? collectRecipients(text, block.fields) : new Set(),
    ids: opts.messageId ? collectIds(text, block.fields) : new Set(),
  };
  for (const [from, to] of gaps(edits, text.length)) edits.push(...scanEdits(text, from, to, ctx));
  const redacted = applyEdits(text, edits);
  return {
    text: redacted,
    replaced: masker.replaced,
    warnings: redactionWarnings(original, redacted, masker.replaced, text.length < original.length),
    bodyRemoved: text.length < original.length,
  };
}

/** What the UI shows before sharing: the text, every replacement and every changed header field. */
export function previewRedaction(source: string, opts: RedactOptions): RedactionPreview {
  const result = redactMessage(source, opts);
  const counts: Record<ReplacementKind, number> = { 'local-part': 0, recipient: 0, 'message-id': 0, ip: 0, subject: 0 };
  for (const r of result.replaced) counts[r.kind]++;
  const changes = changedFields(typeof source === 'string' ? source : '', result.text).map(([before, after, b, a]) => ({
    field: before.name,
    line: before.line,
    before: fieldValue(b, before),
    after: fieldValue(a, after),
  }));
  return { ...result, changes, counts };
}

/** Subject and recipient fields are replaced as a whole (display names are personal too). */
function* wholeValueEdits(text: string, fields: Field[], opts: RedactOptions, masker: Masker): Generator<Edit> {
  for (const f of fields) {
    if (opts.subject && f.key === 'subject') {
      yield { start: f.valueStart, end: f.end, text: ` ${masker.subject(displaySubject(fieldValue(text, f)))}` };
    } else if (opts.recipients && RECIPIENT_FIELDS.has(f.key)) {
      const hits = findAddresses(text, f.valueStart, f.end);
      if (hits.length > 0) yield { start: f.valueStart, end: f.end, text: ` ${hits.map((h) => masker.recipient(addressOf(h))).join(', ')}` };
    }
  }
}

function displaySubject(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

interface ScanContext {
  opts: RedactOptions;
  masker: Masker;
  /** lowercased addresses to replace whole, wherever they appear */
  recipients: Set<string>;
  /** lowercased message ids whose id-left is masked wherever they appear */
  ids: Set<string>;
}

/** Addresses and IPs anywhere else: Received, Authentication-Results, Return-Path, the body... */
function scanEdits(text: string, from: number, to: number, { opts, masker, recipients, ids }: ScanContext): Edit[] {
  const out: Edit[] = [];
  for (const h of findAddresses(text, from, to)) {
    const key = addressOf(h).toLowerCase();
    if (recipients.has(key)) out.push({ start: h.start, end: h.end, text: masker.recipient(addressOf(h)) });
    else if (ids.has(key)) out.push(localEdit(h, masker.messageId(h.local, h.domain)));
    else if (opts.localParts) out.push(localEdit(h, masker.localPart(h.local, h.domain)));
  }
  if (opts.ips) {
    for (const h of findIps(text, from, to)) out.push({ start: h.start, end: h.end, text: masker.ip(ipKey(h), h.ip, h.family) });
  }
  return out;
}

/** Replaces only the local part, so an IP literal domain is still seen by the IP scan. */
function localEdit(h: AddressHit, masked: string): Edit {
  return { start: h.start, end: h.start + h.local.length, text: masked.slice(0, masked.lastIndexOf('@')) };
}

function addressOf(h: AddressHit): string {
  return `${h.local}@${h.domain}`;
}

/** Recipient addresses: recipient fields plus the `for <addr>` clause of Received (RFC 5321 4.4). */
function collectRecipients(text: string, fields: Field[]): Set<string> {
  const set = new Set<string>();
  for (const f of fields) {
    if (RECIPIENT_FIELDS.has(f.key)) for (const h of findAddresses(text, f.valueStart, f.end)) set.add(addressOf(h).toLowerCase());
    if (f.key !== 'received') continue;
    const value = text.slice(f.valueStart, f.end);
    const forClause = /\bfor[ \t\r\n]+<?/gi;
    for (let m = forClause.exec(value); m; m = forClause.exec(value)) {
      const [first] = findAddresses(value, forClause.lastIndex, Math.min(value.length, forClause.lastIndex + 512));
      if (first && first.start === forClause.lastIndex) set.add(addressOf(first).toLowerCase());
    }
  }
  return set;
}

function collectIds(text: string, fields: Field[]): Set<string> {
  const set = new Set<string>();
  for (const f of fields) {
    if (MESSAGE_ID_FIELDS.has(f.key)) for (const h of findAddresses(text, f.valueStart, f.end)) set.add(addressOf(h).toLowerCase());
  }
  return set;
}

/** The stretches of [0, length) not covered by the (ordered, disjoint) whole-value edits. */
function gaps(edits: Edit[], length: number): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start > at) out.push([at, e.start]);
    at = e.end;
  }
  if (at < length) out.push([at, length]);
  return out;
}

/** Applies edits in order; an edit overlapping an earlier one (an IP inside a replaced recipient) is dropped. */
function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Pairs of fields (same position) whose text differs; redaction never adds or removes a field. */
function changedFields(before: string, after: string): [Field, Field, string, string][] {
  const a = splitHeaderBlock(before).fields;
  const b = splitHeaderBlock(after).fields;
  const out: [Field, Field, string, string][] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const fa = a[i]!;
    const fb = b[i]!;
    if (before.slice(fa.start, fa.end) !== after.slice(fb.start, fb.end)) out.push([fa, fb, before, after]);
  }
  return out;
}

/** the signature fields a redaction can break */
const SIGNATURES = new Set(['dkim-signature', 'arc-message-signature']);

/** A warning by code and parameters; its message is the English text (the page renders it in its
 * language by code: share/warning-text.ts). */
function warning(code: string, severity: Problem['severity'], params?: Problem['params'], subject?: string): Problem {
  const w: Problem = { code, severity, message: '', ...(subject !== undefined ? { subject } : {}), ...(params ? { params } : {}) };
  w.message = redactionWarningText(EN_PAGE_CATALOGUE, w);
  return w;
}

function redactionWarnings(original: string, redacted: string, replaced: Replacement[], bodyRemoved: boolean): Problem[] {
  const warnings: Problem[] = [];
  const changed = changedFields(original, redacted).map(([f]) => f);
  const changedKeys = new Set(changed.map((f) => f.key));
  for (const f of splitHeaderBlock(original).fields) {
    if (!SIGNATURES.has(f.key)) continue;
    const tags = parseTags(fieldValue(original, f));
    const covered = (tags.get('h') ?? '').split(':').filter((h) => changedKeys.has(h.toLowerCase()));
    // the signed fields changed, and the signature field itself when it changed
    const signed = [...new Set(covered)].join(', ');
    const itself = changed.includes(f);
    if (covered.length === 0 && !itself) continue;
    const d = tags.get('d') ?? '?';
    const s = tags.get('s') ?? '?';
    const code = f.key === 'dkim-signature' ? 'redaction-breaks-dkim' : 'redaction-breaks-arc';
    warnings.push(warning(code, 'warning', { d, s, signed, ...(itself ? { field: f.name } : {}) }, `${f.name} d=${d}`));
  }
  if (replaced.some((r) => r.kind === 'ip')) warnings.push(warning('redaction-masks-ip', 'warning'));
  if (bodyRemoved) warnings.push(warning('redaction-body-removed', 'info'));
  return warnings;
}

/** `tag=value;` pairs (RFC 6376 3.2), values with whitespace removed; first occurrence wins. */
function parseTags(value: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const spec of value.split(';').slice(0, 64)) {
    const eq = spec.indexOf('=');
    const name = spec.slice(0, eq).trim();
    if (eq > 0 && !tags.has(name)) tags.set(name, spec.slice(eq + 1).replace(/\s+/g, ''));
  }
  return tags;
}
