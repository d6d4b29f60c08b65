// The DoH JSON dialects: Cloudflare's quoted TXT strings, Google's bare ones, Status mapping,
// and every malformed body the resolver must turn into a reason instead of a throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonResponse, parseTxtData } from '../../../src/lib/dns/json.ts';
import { decodeTxtBytes } from '../../../src/lib/dns/wire.ts';
import { quoteCharacterString } from '../../support/doh-server.ts';

describe('parseTxtData: TXT data as the JSON APIs send it', () => {
  const long = 'a'.repeat(255);
  const cases: { what: string; data: string; joined: string; strings: string[] }[] = [
    { what: 'one quoted string', data: '"v=spf1 -all"', joined: 'v=spf1 -all', strings: ['v=spf1 -all'] },
    { what: 'two strings joined with no separator', data: '"v=spf1 " "-all"', joined: 'v=spf1 -all', strings: ['v=spf1 ', '-all'] },
    { what: 'no space inside the split point', data: '"abc" "def"', joined: 'abcdef', strings: ['abc', 'def'] },
    { what: 'escaped quote', data: '"say \\"hi\\""', joined: 'say "hi"', strings: ['say "hi"'] },
    { what: 'escaped backslash', data: '"a\\\\b"', joined: 'a\\b', strings: ['a\\b'] },
    { what: 'escaped semicolon (\\X is X)', data: '"k=rsa\\; p=x"', joined: 'k=rsa; p=x', strings: ['k=rsa; p=x'] },
    { what: '\\DDD decimal byte', data: '"a\\059b"', joined: 'a;b', strings: ['a;b'] },
    { what: 'UTF-8 bytes as \\DDD', data: '"caf\\195\\169"', joined: 'café', strings: ['café'] },
    { what: 'UTF-8 char split across strings', data: '"caf\\195" "\\169"', joined: 'café', strings: ['caf\u00c3', '\u00a9'] },
    { what: 'invalid UTF-8 kept byte for byte (Latin-1)', data: '"\\128x"', joined: '\u0080x', strings: ['\u0080x'] },
    { what: 'raw non-ASCII (already decoded JSON)', data: '"naïve ✓"', joined: 'naïve ✓', strings: ['naïve ✓'] },
    { what: 'two 255-byte chunks', data: `"${long}" "${long}"`, joined: long + long, strings: [long, long] },
    { what: 'an empty string', data: '""', joined: '', strings: [''] },
    { what: 'quoted strings with extra spaces', data: '  "a"   "b"  ', joined: 'ab', strings: ['a', 'b'] },
    { what: 'Google: bare text taken as is', data: 'v=spf1 include:_spf.google.com ~all', joined: 'v=spf1 include:_spf.google.com ~all', strings: ['v=spf1 include:_spf.google.com ~all'] },
    { what: 'bare text containing quotes later', data: 'v=spf1 "odd"', joined: 'v=spf1 "odd"', strings: ['v=spf1 "odd"'] },
    { what: 'unterminated quote: taken as is', data: '"abc', joined: '"abc', strings: ['"abc'] },
    { what: 'text after the closing quote: taken as is', data: '"abc"def', joined: '"abc"def', strings: ['"abc"def'] },
    { what: '\\DDD above 255: taken as is', data: '"\\999"', joined: '"\\999"', strings: ['"\\999"'] },
    { what: 'empty data', data: '', joined: '', strings: [] },
  ];
  it.each(cases)('$what', ({ data, joined, strings }) => {
    expect(parseTxtData(data)).toEqual({ data: joined, strings });
  });

  it('inverts the fixture server quoting for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 255 }), { minLength: 1, maxLength: 4 }), (chunks) => {
        const data = chunks.map(quoteCharacterString).join(' ');
        const parsed = parseTxtData(data);
        expect(parsed.strings.length).toBe(chunks.length);
        expect(parsed.strings).toEqual(chunks.map(decodeTxtBytes));
      }),
    );
  });
});

describe('parseJsonResponse', () => {
  const cf = (o: object) => JSON.stringify({ TC: false, RD: true, RA: true, AD: false, CD: false, ...o });

  it('maps an answer with a CNAME chain, filtering by the asked type', () => {
    const body = cf({
      Status: 0,
      AD: true,
      Answer: [
        { name: 'www.example.com', type: 5, TTL: 300, data: 'Alias.Example.NET.' },
        { name: 'alias.example.net', type: 5, TTL: 300, data: 'final.example.org.' },
        { name: 'final.example.org', type: 16, TTL: 120, data: '"v=spf1 " "-all"' },
        { name: 'final.example.org', type: 46, TTL: 120, data: 'TXT 13 3 120 ...' },
      ],
    });
    expect(parseJsonResponse(body, 'TXT')).toEqual({
      status: 'NOERROR',
      ad: true,
      truncated: false,
      chain: ['alias.example.net', 'final.example.org'],
      answers: [{ name: 'final.example.org', type: 'TXT', ttl: 120, data: 'v=spf1 -all', strings: ['v=spf1 ', '-all'] }],
    });
  });

  it('parses MX data and lowercases names without the final dot', () => {
    const body = cf({ Status: 0, Answer: [{ name: 'Example.COM.', type: 15, TTL: 60, data: '10 MX1.Example.com.' }] });
    const r = parseJsonResponse(body, 'MX');
    expect(r).toMatchObject({
      answers: [{ name: 'example.com', type: 'MX', ttl: 60, data: '10 mx1.example.com', priority: 10, exchange: 'mx1.example.com' }],
    });
  });

  const statuses: { status: number; want: object }[] = [
    { status: 0, want: { status: 'NOERROR', answers: [] } },
    { status: 2, want: { status: 'SERVFAIL', error: expect.stringMatching(/SERVFAIL/) } },
    { status: 3, want: { status: 'NXDOMAIN', answers: [] } },
    { status: 5, want: { status: 'REFUSED' } },
    { status: 1, want: { failure: expect.stringMatching(/FORMERR/) } },
    { status: 4, want: { failure: expect.stringMatching(/NOTIMP/) } },
    { status: 9, want: { failure: expect.stringMatching(/RCODE 9/) } },
  ];
  it.each(statuses)('Status $status', ({ status, want }) => {
    expect(parseJsonResponse(cf({ Status: status }), 'TXT')).toMatchObject(want);
  });

  it('notes the TC flag', () => {
    expect(parseJsonResponse(cf({ Status: 0, TC: true }), 'TXT')).toMatchObject({ truncated: true });
  });

  const bad: { what: string; body: string; reason: RegExp }[] = [
    { what: 'empty body', body: '', reason: /empty/ },
    { what: 'HTML', body: '<html>oops</html>', reason: /not JSON/ },
    { what: 'truncated JSON', body: '{"Status":0,"Answer":[{"name":"a"', reason: /truncated or malformed/ },
    { what: 'JSON without Status', body: '{"Answer":[]}', reason: /no numeric Status/ },
    { what: 'Status as a string', body: '{"Status":"0"}', reason: /no numeric Status/ },
    { what: 'an array', body: '[1,2]', reason: /not an object/ },
    { what: 'null', body: 'null', reason: /not an object/ },
    { what: 'Answer not a list', body: '{"Status":0,"Answer":{}}', reason: /Answer section is malformed/ },
    { what: 'record without data', body: '{"Status":0,"Answer":[{"name":"a","type":16}]}', reason: /Answer section is malformed/ },
  ];
  it.each(bad)('refuses $what with a reason', ({ body, reason }) => {
    const r = parseJsonResponse(body, 'TXT');
    expect(r).toEqual({ failure: expect.stringMatching(reason) });
  });
});
