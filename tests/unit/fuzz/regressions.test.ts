// The bugs the fuzzing found (and fixed), pinned: each as its minimal input, and each linear
// rewrite of a backtracking regex checked against the regex it replaced on short inputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDkimTags, parseKeyRecord } from '../../../src/lib/dkim/index.ts';
import { trimFws, trimFwsEnd } from '../../../src/lib/dkim/tags.ts';
import { bodyCacheFor } from '../../../src/lib/dkim/verify.ts';
import { parseDmarcRecord } from '../../../src/lib/dmarc/index.ts';
import { parseAuthResults, parseReceivedSpf } from '../../../src/lib/authres/index.ts';
import { lex } from '../../../src/lib/authres/lexer.ts';
import { parseSpfRecord } from '../../../src/lib/spf/index.ts';
import { findAddresses, findIps } from '../../../src/lib/share/scan.ts';
import { splitMessage } from '../../../src/lib/message/raw.ts';
import { parseFrom as parseFromFn } from '../../../src/lib/message/address.ts';
import { parseReceived as parseReceivedFn, parseDate as parseDateFn } from '../../../src/lib/message/received.ts';
import { expectWithin } from '../../support/timing.ts';

/** Fastest of three runs, in ms. */
function ms(f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const SPACES = ' '.repeat(50_000);

describe('fuzz findings: quadratic regexes on hostile values (were seconds, now linear)', () => {
  it('DKIM tag values and h= with a long whitespace run (FWS trim was /[ \\t\\r\\n]+$/)', () => {
    expectWithin(ms(() => parseDkimTags(`v=1; a=${SPACES}x`)), 100); // was ~4 s
    expectWithin(ms(() => parseDkimTags(`v=1; h=from:${SPACES}x`)), 100); // was ~6 s
    expectWithin(ms(() => parseDkimTags(`z=From:${SPACES}x|x${SPACES}y:`)), 100); // was ~13 s
    expectWithin(ms(() => parseKeyRecord(`v=DKIM1; p=${'\r'.repeat(50_000)}!`)), 100); // was ~23 s
  });

  it('DKIM tag lists report at most 65 syntax problems (";" x 100 KB made 100,000)', () => {
    const r = parseDkimTags(';'.repeat(100_000));
    expect(r.problems.filter((p) => p.code === 'dkim-tag-syntax').length).toBe(65);
  });

  it('Content-Transfer-Encoding with "(" x 50 KB (comment strip was /\\([^)]*\\)/g)', () => {
    const msg = splitMessage(new TextEncoder().encode(`Content-Transfer-Encoding: ${'('.repeat(50_000)}\r\n\r\nx`));
    expectWithin(ms(() => bodyCacheFor(msg)), 100); // was ~6 s
  });

  it('share redaction scans: "1" + "." x 50 KB + "1" and "a.@" x 50 KB', () => {
    expectWithin(ms(() => findIps(`1${'.'.repeat(50_000)}1`)), 100); // was ~26 s
    expectWithin(ms(() => findAddresses('a.@'.repeat(50_000))), 100); // was ~380 ms, quadratic
  });

  it('Authentication-Results with 64 KB of distinct stray tokens (problem de-duplication was O(n) per add)', () => {
    let v = 'x; ';
    for (let i = 0; v.length < 64_000; i++) v += `${i}\r\n`;
    expectWithin(ms(() => parseAuthResults(v)), 100); // was ~1.1 s
    const r = parseAuthResults(v);
    expect(r.problems.length).toBeLessThanOrEqual(201);
    expect(r.problems.some((p) => p.code === 'authres-too-many-problems')).toBe(true);
  });

  it('the lexer reports each kind of issue once (")" x 100 KB gave 100,000 issues)', () => {
    expect(lex(')'.repeat(100_000)).issues).toEqual(['unbalanced-paren']);
  });

  it('SPF: a 100 KB term with a control character gives a short message', () => {
    const r = parseSpfRecord(`v=spf1 ${'\n'.repeat(100_000)}x`);
    expect(r.problems[0]!.message.length).toBeLessThan(1000);
  });
});

describe('fuzz findings: keys that collide with Object.prototype', () => {
  it('a DKIM key record with toString= or constructor= is not a "duplicate tag" error', () => {
    for (const name of ['toString', 'constructor', 'valueOf', 'hasOwnProperty']) {
      const r = parseKeyRecord(`v=DKIM1; ${name}=1; p=`);
      expect(r.problems.map((p) => p.code)).toEqual(['key-revoked']);
      expect(r.tags[name]).toBe('1');
    }
    expect(parseDkimTags('constructor=x').problems.some((p) => p.code.endsWith('-duplicate'))).toBe(false);
  });

  it('a DMARC record with constructor= is an unknown tag, not a duplicate', () => {
    const r = parseDmarcRecord('v=DMARC1; p=none; constructor=x');
    expect(r.problems.map((p) => p.code)).toEqual(['dmarc-unknown-tag']);
    expect(Object.prototype.hasOwnProperty.call(r.tags, 'constructor')).toBe(true);
  });

  it('Received-SPF whose result word is __proto__ or constructor keeps a string result', () => {
    for (const w of ['__proto__', 'constructor', 'toString']) {
      const r = parseReceivedSpf(`${w} (x) client-ip=192.0.2.1`);
      expect(r.result).toBe(w.toLowerCase());
      expect(r.problems.map((p) => p.code)).toEqual(['received-spf-unknown-result']);
    }
    expect(parseReceivedSpf('error').result).toBe('temperror');
  });
});

describe('linear rewrites agree with the regexes they replaced', () => {
  const ws = fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n', 'a', ':', '\u00a0', '\v'), maxLength: 30 });
  it('trimFws, trimFwsEnd', () => {
    fc.assert(
      fc.property(ws, (s) => {
        expect(trimFws(s)).toBe(s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''));
        expect(trimFwsEnd(s)).toBe(s.replace(/[ \t\r\n]+$/, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('the Content-Transfer-Encoding comment strip', () => {
    const v = fc.string({ unit: fc.constantFrom('(', ')', ' ', 'b', 'Q', '\\'), maxLength: 30 });
    fc.assert(
      fc.property(v, (s) => {
        const msg = splitMessage(new TextEncoder().encode(`Content-Transfer-Encoding: ${s}\r\n\r\n`));
        const value = msg.headers[0]!.value;
        expect(bodyCacheFor(msg).transferEncoding).toBe(value.replace(/\([^)]*\)/g, '').trim().toLowerCase());
      }),
      { numRuns: 500 },
    );
  });
});

describe('message parsers stay linear on long runs (found by fuzzing)', () => {
  it.each([
    ['parseFrom fallback', () => parseFromFn(['.'.repeat(16000)])],
    ['parseFrom letters', () => parseFromFn(['a'.repeat(16000)])],
    ['domainOf trailing blanks', () => parseFromFn(['<a@b' + ' '.repeat(16000) + 'x>'])],
    ['Received comments', () => parseReceivedFn('from ' + '(a)'.repeat(5461))],
  ])('%s', (_n, f) => {
    const t = performance.now();
    f();
    expectWithin(performance.now() - t, 50);
  });
  it('four-digit years below 100 are not shifted to 19xx', () => {
    expect(parseDateFn('1 Jan 0050 00:00 +0000')?.iso).toBe('0050-01-01T00:00:00.000Z');
  });
});
