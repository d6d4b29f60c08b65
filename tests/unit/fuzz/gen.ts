// Generic input generators for the fuzz targets: near-valid inputs made by mutating valid ones
// (tag soup from a grammar's alphabet, long runs, nested parens and quotes, control bytes, huge
// numbers, unicode) and arbitrary strings. No vitest import: bench/fuzz.ts uses these too.
import fc from 'fast-check';

/** How big generated inputs get. The regular test run and the bench use different profiles. */
export interface Profile {
  /** longest run (characters) a mutation inserts; inputs stay at or under 64 KB */
  maxRun: number;
  /** one input in `longOneIn` gets a long run (the rest stay small and fast) */
  longOneIn: number;
}

export const TEST_PROFILE: Profile = { maxRun: 60_000, longOneIn: 40 };
export const BENCH_PROFILE: Profile = { maxRun: 60_000, longOneIn: 20 };

/** Characters and pieces every header grammar here reacts to. */
export const SPECIALS = [
  '(', ')', '"', '\\', ';', '=', ':', ',', '.', '@', '<', '>', '[', ']', '{', '}', '%', '/', '|', '!', '#', '?', '_', '-', '+', '~',
  ' ', '\t', '\r\n ', '\r\n\t', '\n', '\r', '\r\n', '\r\n\r\n',
];

/** Control bytes, odd unicode and lone surrogates. */
export const WEIRD = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0080', '\u0085', '\u00a0', '\u00ad', '\u00e9', '\u00ff',
  '\u0130', '\u017f', '\u200b', '\u200d', '\u2028', '\u2029', '\u202e', '\u3000', '\ufeff', '\ufffd', '\uff20', '\uff1a',
  '\ud800', '\udfff', '\ud83d\ude00', '\u{10ffff}', 'ß', 'İ', 'ﬀ', 'é', 'é', '日本', 'xn--', 'xn--zz',
];

/** Numbers that break naive integer handling. */
export const NUMBERS = [
  '0', '00', '-0', '-1', '1e308', '1e-7', '0x10', '0b1', 'NaN', 'Infinity', '4294967296', '9007199254740993',
  '99999999999999999999999999999999', '1'.repeat(80), '0'.repeat(40) + '1', '2147483648', '255', '256', '65536', '.5', '1.', '1_0',
];

/** Words that collide with Object.prototype when used as keys. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'isPrototypeOf', '__defineGetter__'];

export const BASE64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='.split('');

export function tokenSoup(alphabet: readonly string[], maxLength = 80): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));
}

type Mutation =
  | { op: 'insert'; at: number; tok: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'dup'; at: number; len: number; times: number }
  | { op: 'replace'; at: number; tok: string }
  | { op: 'truncate'; at: number }
  | { op: 'case'; at: number; len: number }
  | { op: 'run'; at: number; tok: string; times: number };

function mutationArb(tokens: readonly string[], _profile: Profile): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const tok = fc.oneof(
    { arbitrary: fc.constantFrom(...tokens), weight: 6 },
    { arbitrary: fc.constantFrom(...SPECIALS, ...WEIRD, ...NUMBERS, ...PROTO_KEYS), weight: 3 },
    { arbitrary: fc.string({ maxLength: 6, unit: 'binary' }), weight: 1 },
  );
  const small = fc.integer({ min: 1, max: 40 });
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('insert' as const), at, tok }), weight: 8 },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), at, len: small }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('dup' as const), at, len: small, times: fc.integer({ min: 1, max: 8 }) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('replace' as const), at, tok }), weight: 4 },
    { arbitrary: fc.record({ op: fc.constant('truncate' as const), at }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('case' as const), at, len: small }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('run' as const), at, tok, times: fc.integer({ min: 2, max: 200 }) }), weight: 2 },
  );
}

/** Null, or (one time in profile.longOneIn) a run long enough to expose super-linear scans. */
function longRunArb(tokens: readonly string[], profile: Profile): fc.Arbitrary<Mutation | null> {
  const run = fc.record({
    op: fc.constant('run' as const),
    at: fc.nat(),
    tok: fc.constantFrom(...tokens, ...SPECIALS, 'a', '1', 'a.', '=?'),
    times: fc.integer({ min: 200, max: profile.maxRun }),
  });
  return fc.oneof({ arbitrary: fc.constant(null), weight: profile.longOneIn - 1 }, { arbitrary: run, weight: 1 });
}

const MAX_INPUT = 64 * 1024;

function applyMutation(s: string, m: Mutation, maxRun: number): string {
  const i = s.length === 0 ? 0 : m.at % (s.length + 1);
  switch (m.op) {
    case 'insert':
      return s.slice(0, i) + m.tok + s.slice(i);
    case 'delete':
      return s.slice(0, i) + s.slice(i + m.len);
    case 'dup': {
      const piece = s.slice(i, i + m.len);
      return s.slice(0, i) + piece.repeat(m.times + 1) + s.slice(i + m.len);
    }
    case 'replace':
      return s.slice(0, i) + m.tok + s.slice(i + Math.max(1, m.tok.length));
    case 'truncate':
      return s.slice(0, i);
    case 'case': {
      const piece = s.slice(i, i + m.len);
      const flipped = piece === piece.toUpperCase() ? piece.toLowerCase() : piece.toUpperCase();
      return s.slice(0, i) + flipped + s.slice(i + m.len);
    }
    case 'run': {
      const tok = m.tok === '' ? 'a' : m.tok;
      const room = Math.min(maxRun, Math.max(0, MAX_INPUT - s.length));
      const times = Math.min(m.times, Math.floor(room / tok.length));
      return s.slice(0, i) + tok.repeat(times) + s.slice(i);
    }
  }
}

/** A valid input from `seeds`, then 0-6 mutations drawn from the grammar's `tokens`. */
export function mutated(seeds: fc.Arbitrary<string>, tokens: readonly string[], profile: Profile): fc.Arbitrary<string> {
  return fc
    .tuple(seeds, fc.array(mutationArb(tokens, profile), { maxLength: 6 }), longRunArb(tokens, profile))
    .map(([seed, ms, long]) => (long ? [...ms, long] : ms).reduce((s, m) => applyMutation(s, m, profile.maxRun), seed).slice(0, MAX_INPUT));
}

/** Arbitrary text: printable, full unicode and raw 16-bit units (lone surrogates included). */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.string({ maxLength: 100, unit: fc.constantFrom(...SPECIALS, ...WEIRD) }),
);

/** Structured text of the grammar: tokens, nested comments and quoted strings. */
export function nested(tokens: readonly string[], maxDepth = 6): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...tokens),
      fc.tuple(fc.constantFrom('(', '"', '<', '[', '{'), tie('node'), fc.boolean()).map(([o, inner, close]) => {
        const c = { '(': ')', '"': '"', '<': '>', '[': ']', '{': '}' }[o]!;
        return `${o}${inner}${close ? c : ''}`;
      }),
      fc.array(tie('node'), { maxLength: 5 }).map((a) => a.join(' ')),
    ),
  }));
  return fc.array(node, { maxLength: maxDepth }).map((a) => a.join(''));
}

/** Fold a header value at spaces, as a sender would (CRLF + WSP). */
export function fold(value: string, every = 40, wsp = '\t'): string {
  let out = '';
  let col = 0;
  for (const part of value.split(' ')) {
    if (col > every) {
      out += `\r\n${wsp}`;
      col = 0;
    } else if (out !== '') {
      out += ' ';
    }
    out += part;
    col += part.length + 1;
  }
  return out;
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
