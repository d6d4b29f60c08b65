// RFC 8601 Authentication-Results parser, tolerant of the shapes seen in the wild
// (Microsoft 365 without authserv-id, stray recipient-domain tokens, `header.d=a;b`,
// Gmail's key=value text in comments, OpenDKIM's quoted reason with ';').
import { authres as EN_AUTHRES } from '../findings/en/authres.ts';
import { renderText } from '../findings/render.ts';
import type { FindingParams } from '../findings/types.ts';
import type { Problem, Severity } from '../types.ts';
import { items, lex, splitSemis, type Item, type LexIssue } from './lexer.ts';
import type { AuthResEntry, AuthresCatalogue, AuthresCode, ParseAuthResOptions, ParsedAuthResults } from './types.ts';

/** Longest value parsed; the rest is ignored with a problem. */
export const MAX_AUTHRES_LENGTH = 64 * 1024;
/** Most resinfo entries kept from one value. */
export const MAX_AUTHRES_RESULTS = 200;
/** Most problems (and stray tokens) kept from one value; the rest are summarised in one problem. */
export const MAX_AUTHRES_PROBLEMS = 200;

const LEX_PROBLEMS: Record<LexIssue, [string, AuthresCode]> = {
  'unterminated-comment': ['authres-unterminated-comment', 'hdr.authres.unterminated-comment'],
  'unterminated-quote': ['authres-unterminated-quote', 'hdr.authres.unterminated-quote'],
  'unbalanced-paren': ['authres-unbalanced-paren', 'hdr.authres.unbalanced-paren'],
};

class Ctx {
  readonly problems: Problem[] = [];
  readonly results: AuthResEntry[] = [];
  readonly strays: string[] = [];
  /** where each entry's source text starts, to extend `raw` over continuation segments */
  readonly starts = new Map<AuthResEntry, number>();
  /** code + message of every problem added, so that a repeated one is dropped in O(1) */
  private readonly seen = new Set<string>();
  noResult = false;
  constructor(
    readonly src: string,
    readonly subject: string,
    readonly cat: AuthresCatalogue,
  ) {}

  /** A problem's text in the catalogue's language. */
  text(code: AuthresCode, params?: FindingParams): string {
    return renderText(this.cat, code, params);
  }

  add(code: string, severity: Severity, message: string, params?: Record<string, string | number>): void {
    const key = `${code}\u0000${message}`;
    if (this.seen.has(key)) return;
    if (this.problems.length >= MAX_AUTHRES_PROBLEMS) {
      const more = 'authres-too-many-problems';
      if (!this.seen.has(more)) {
        this.seen.add(more);
        this.problems.push({
          code: more,
          severity: 'warning',
          message: this.text('hdr.authres.too-many-problems', { max: MAX_AUTHRES_PROBLEMS }),
          subject: this.subject,
        });
      }
      return;
    }
    this.seen.add(key);
    this.problems.push({ code, severity, message, subject: this.subject, ...(params ? { params } : {}) });
  }
}

export function parseAuthResults(value: string, opts: ParseAuthResOptions = {}): ParsedAuthResults {
  const subject = opts.arc ? 'ARC-Authentication-Results' : 'Authentication-Results';
  let src = typeof value === 'string' ? value : '';
  const ctx = new Ctx(src, subject, opts.cat ?? EN_AUTHRES);
  if (src.length > MAX_AUTHRES_LENGTH) {
    ctx.add('authres-too-long', 'warning', ctx.text('hdr.authres.too-long', { length: src.length, max: MAX_AUTHRES_LENGTH }));
    src = src.slice(0, MAX_AUTHRES_LENGTH);
  }
  const { toks, issues } = lex(src);
  for (const issue of issues) ctx.add(LEX_PROBLEMS[issue][0], 'warning', ctx.text(LEX_PROBLEMS[issue][1]));
  const segments = splitSemis(toks).map(items);

  let seg = 0;
  let instance: number | undefined;
  const inst = instanceOf(segments[0] ?? []);
  if (inst !== null) {
    instance = inst;
    seg = 1;
    if (!opts.arc) ctx.add('authres-instance-tag', 'info', ctx.text('hdr.authres.instance-tag', { instance: inst }));
  } else if (opts.arc) {
    ctx.add('aar-missing-instance', 'error', ctx.text('hdr.authres.aar-missing-instance'));
  }

  const head = readAuthservId(segments[seg] ?? [], ctx);
  for (let k = seg + (head.consumed ? 1 : 0); k < segments.length; k++) readSegment(segments[k]!, ctx);

  if (ctx.noResult && ctx.results.length > 0) {
    ctx.add('authres-none-with-results', 'warning', ctx.text('hdr.authres.none-with-results'));
  }
  if (ctx.results.length === 0 && !ctx.noResult && head.authservId !== null) {
    ctx.add('authres-no-results', 'info', ctx.text('hdr.authres.no-results'));
  }
  return {
    ...(instance !== undefined ? { instance } : {}),
    authservId: head.authservId,
    ...(head.version !== undefined ? { version: head.version } : {}),
    noResult: ctx.noResult,
    results: ctx.results,
    strays: ctx.strays,
    problems: ctx.problems,
  };
}

function instanceOf(seg: Item[]): number | null {
  const real = seg.filter((it) => it.k !== 'comment');
  const it = real[0];
  if (real.length !== 1 || it?.k !== 'kv' || it.key.toLowerCase() !== 'i' || !/^\d{1,9}$/.test(it.value)) return null;
  return Number(it.value);
}

/**
 * RFC 8601 2.2: authres-header-field = authserv-id [CFWS authres-version] (no-result / 1*resinfo).
 * Returns consumed=false when the segment turns out to be a result (no authserv-id).
 */
function readAuthservId(seg: Item[], ctx: Ctx): { authservId: string | null; version?: number; consumed: boolean } {
  const real = seg.filter((it) => it.k !== 'comment');
  const first = real[0];
  if (!first || first.k !== 'bare') {
    ctx.add('authres-no-authserv-id', 'info', ctx.text('hdr.authres.no-authserv-id'));
    return { authservId: null, consumed: false };
  }
  let rest = real.slice(1);
  let version: number | undefined;
  const second = rest[0];
  if (second?.k === 'bare' && /^\d{1,9}$/.test(second.v)) {
    version = Number(second.v);
    rest = rest.slice(1);
  }
  if (rest.length > 0) {
    ctx.add('authres-missing-semicolon', 'warning', ctx.text('hdr.authres.missing-semicolon'));
    readSegment(rest, ctx);
  }
  return { authservId: first.v, ...(version !== undefined ? { version } : {}), consumed: true };
}

function isProperty(key: string): boolean {
  return /^[a-z0-9-]+\.[^.]/i.test(key);
}

function readSegment(seg: Item[], ctx: Ctx): void {
  const real = seg.filter((it) => it.k !== 'comment');
  if (real.length === 0) return; // empty segment, e.g. a trailing ';'
  let start = 0;
  while (start < seg.length && seg[start]!.k !== 'kv') {
    const it = seg[start]!;
    if (it.k === 'bare') noteBare(it.v, ctx);
    start++;
  }
  if (start >= seg.length) return;
  const first = seg[start] as Extract<Item, { k: 'kv' }>;
  if (isProperty(first.key)) {
    const prev = ctx.results[ctx.results.length - 1];
    if (!prev) {
      ctx.add('authres-orphan-property', 'warning', ctx.text('hdr.authres.orphan-property', { key: first.key, value: first.value }));
      return;
    }
    ctx.add('authres-orphan-property', 'info', ctx.text('hdr.authres.orphan-property-joined', { key: first.key, method: prev.method }));
    addDetails(prev, seg.slice(start), ctx);
    prev.raw = ctx.src.slice(ctx.starts.get(prev) ?? 0, seg[seg.length - 1]!.e).trim();
    return;
  }
  if (ctx.results.length >= MAX_AUTHRES_RESULTS) {
    ctx.add('authres-too-many-results', 'warning', ctx.text('hdr.authres.too-many-results', { max: MAX_AUTHRES_RESULTS }));
    return;
  }
  ctx.results.push(newEntry(first, seg.slice(start + 1), ctx));
}

function noteBare(v: string, ctx: Ctx): void {
  if (v.toLowerCase() === 'none') {
    ctx.noResult = true;
    return;
  }
  if (ctx.strays.length < MAX_AUTHRES_PROBLEMS) ctx.strays.push(v);
  ctx.add('authres-stray-token', 'info', ctx.text('hdr.authres.stray-token', { token: v }), { token: v });
}

function newEntry(first: Extract<Item, { k: 'kv' }>, rest: Item[], ctx: Ctx): AuthResEntry {
  const [methodRaw, versionRaw] = first.key.split('/', 2);
  const entry: AuthResEntry = {
    method: methodRaw!.toLowerCase(),
    result: first.value.toLowerCase(),
    props: {},
    extras: {},
    raw: '',
  };
  if (versionRaw !== undefined && /^\d{1,9}$/.test(versionRaw)) entry.methodVersion = Number(versionRaw);
  if (entry.result === '') ctx.add('authres-empty-result', 'warning', ctx.text('hdr.authres.empty-result', { key: first.key }));
  const end = rest.length > 0 ? rest[rest.length - 1]!.e : first.e;
  entry.raw = ctx.src.slice(first.s, end).trim();
  ctx.starts.set(entry, first.s);
  addDetails(entry, rest, ctx);
  return entry;
}

/** reason=, ptype.property=value, comments and other key=value pairs of one resinfo. */
function addDetails(entry: AuthResEntry, rest: Item[], ctx: Ctx): void {
  const comments: string[] = entry.comment ? [entry.comment] : [];
  for (const it of rest) {
    if (it.k === 'comment') {
      if (it.v !== '') comments.push(it.v);
    } else if (it.k === 'bare') {
      ctx.add('authres-unexpected-token', 'info', ctx.text('hdr.authres.unexpected-token', { token: it.v, method: entry.method, result: entry.result }));
    } else {
      const key = it.key.toLowerCase();
      if (key === 'reason' && entry.reason === undefined) entry.reason = it.value;
      else if (isProperty(key)) setOnce(entry.props, key, it.value, entry, ctx);
      else setOnce(entry.extras, key, it.value, entry, ctx);
    }
  }
  if (comments.length > 0) entry.comment = comments.join(' ');
}

function setOnce(map: Record<string, string>, key: string, value: string, entry: AuthResEntry, ctx: Ctx): void {
  if (Object.prototype.hasOwnProperty.call(map, key)) {
    ctx.add('authres-duplicate-property', 'info', ctx.text('hdr.authres.duplicate-property', { method: entry.method, key }));
    return;
  }
  // defineProperty: a hostile key such as "__proto__" stays a plain own property
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
