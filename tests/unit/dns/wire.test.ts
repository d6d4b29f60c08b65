// RFC 8484 wire helpers (base64url is src/lib/util/base64.ts): query encoding, response decoding (incl. truncated and
// mismatched messages), TXT bytes, name validation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as dnsPacket from '@leichtgewicht/dns-packet';
import type { Answer } from '@leichtgewicht/dns-packet';
import { fromBase64url, toBase64url } from '../../../src/lib/util/base64.ts';
import {
  decodeTxtBytes,
  decodeWireResponse,
  encodeQuery,
  invalidNameReason,
  txtFromChunks,
} from '../../../src/lib/dns/wire.ts';

function response(answers: Answer[], opts: { rcode?: number; flags?: number; name?: string; type?: 'TXT' | 'MX' | 'A' } = {}) {
  return dnsPacket.encode({
    type: 'response',
    id: 0,
    flags: (opts.flags ?? 0) | (opts.rcode ?? 0),
    questions: [{ name: opts.name ?? 'a.example', type: opts.type ?? 'TXT', class: 'IN' }],
    answers,
  });
}

describe('base64url (RFC 4648 section 5, unpadded)', () => {
  it('round-trips any bytes and never pads', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });
  it('matches the RFC 8484 section 4.1.1 example query', () => {
    // www.example.com A, ID 0, RD
    const q = dnsPacket.encode({ type: 'query', id: 0, flags: dnsPacket.RECURSION_DESIRED, questions: [{ name: 'www.example.com', type: 'A', class: 'IN' }] });
    expect(toBase64url(q)).toBe('AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB');
  });
  it.each(['a+b', 'a/b', 'ab=', 'é'])('rejects %s', (bad) => expect(fromBase64url(bad)).toBeNull());
});

describe('encodeQuery', () => {
  it('asks one IN question with ID 0, RD and AD', () => {
    const p = dnsPacket.decode(encodeQuery('_dmarc.example.com', 'TXT'));
    expect(p).toMatchObject({ id: 0, flag_rd: true, flag_ad: true, questions: [{ name: '_dmarc.example.com', type: 'TXT', class: 'IN' }] });
  });
});

describe('invalidNameReason (RFC 1035 2.3.4)', () => {
  const cases: { name: string; bad: RegExp | undefined }[] = [
    { name: 'example.com', bad: undefined },
    { name: '', bad: undefined },
    { name: '_spf.example.com', bad: undefined },
    { name: 'a..b', bad: /empty label/ },
    { name: '.a', bad: /empty label/ },
    { name: `${'x'.repeat(64)}.com`, bad: /label is 64 octets/ },
    { name: `${'x'.repeat(63)}.com`, bad: undefined },
    { name: Array(64).fill('abc').join('.'), bad: /255 octets|253/ },
  ];
  it.each(cases)('$name', ({ name, bad }) => {
    const r = invalidNameReason(name);
    if (bad) expect(r).toMatch(bad);
    else expect(r).toBeUndefined();
  });
});

describe('TXT bytes', () => {
  it('decodes valid UTF-8 as UTF-8 and anything else byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const s = decodeTxtBytes(bytes);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const back = valid ? new TextEncoder().encode(s) : Uint8Array.from(s, (c) => c.charCodeAt(0));
        expect(back).toEqual(bytes);
      }),
    );
  });
  it('joins the bytes before decoding data, so a split UTF-8 character survives', () => {
    const e = new TextEncoder().encode('é');
    expect(txtFromChunks([Uint8Array.of(0x61, e[0]!), Uint8Array.of(e[1]!)])).toEqual({ data: 'aé', strings: ['a\u00c3', '\u00a9'] });
  });
});

describe('decodeWireResponse', () => {
  const txt = (name: string, data: (string | Uint8Array)[], ttl = 300): Answer => ({ name, type: 'TXT', ttl, class: 'IN', data });

  it('decodes TXT character-strings, joined with no separator', () => {
    const bytes = response([txt('a.example', ['v=spf1 ', 'ip4:192.0.2.0/24 ', '-all'])], { flags: dnsPacket.AUTHENTIC_DATA });
    expect(decodeWireResponse(bytes, 'a.example', 'TXT')).toEqual({
      status: 'NOERROR',
      ad: true,
      truncated: false,
      chain: [],
      answers: [{ name: 'a.example', type: 'TXT', ttl: 300, data: 'v=spf1 ip4:192.0.2.0/24 -all', strings: ['v=spf1 ', 'ip4:192.0.2.0/24 ', '-all'] }],
    });
  });

  it('follows CNAMEs into chain and keeps only the asked type', () => {
    const bytes = response([
      { name: 'a.example', type: 'CNAME', ttl: 60, class: 'IN', data: 'B.Example' },
      { name: 'b.example', type: 'A', ttl: 60, class: 'IN', data: '192.0.2.1' },
      txt('b.example', ['x']),
    ], { type: 'A' });
    const r = decodeWireResponse(bytes, 'a.example', 'A');
    expect(r).toMatchObject({ chain: ['b.example'], answers: [{ name: 'b.example', type: 'A', data: '192.0.2.1' }] });
  });

  it('decodes MX', () => {
    const bytes = response([{ name: 'a.example', type: 'MX', ttl: 60, class: 'IN', data: { preference: 5, exchange: 'MX.a.example' } }], { type: 'MX' });
    expect(decodeWireResponse(bytes, 'a.example', 'MX')).toMatchObject({
      answers: [{ data: '5 mx.a.example', priority: 5, exchange: 'mx.a.example' }],
    });
  });

  it('keeps non-UTF-8 TXT bytes faithfully', () => {
    const bytes = response([txt('a.example', [Uint8Array.of(0x76, 0x3d, 0x80, 0xff)])]);
    expect(decodeWireResponse(bytes, 'a.example', 'TXT')).toMatchObject({ answers: [{ data: 'v=\u0080\u00ff' }] });
  });

  const rcodes: { rcode: number; want: object }[] = [
    { rcode: 0, want: { status: 'NOERROR' } },
    { rcode: 2, want: { status: 'SERVFAIL', error: expect.stringMatching(/SERVFAIL/) } },
    { rcode: 3, want: { status: 'NXDOMAIN' } },
    { rcode: 5, want: { status: 'REFUSED' } },
    { rcode: 1, want: { failure: expect.stringMatching(/FORMERR/) } },
  ];
  it.each(rcodes)('rcode $rcode', ({ rcode, want }) => {
    expect(decodeWireResponse(response([], { rcode }), 'a.example', 'TXT')).toMatchObject(want);
  });

  it('notes TC', () => {
    expect(decodeWireResponse(response([], { flags: dnsPacket.TRUNCATED_RESPONSE }), 'a.example', 'TXT')).toMatchObject({ truncated: true });
  });

  it('refuses every truncation of a valid message', () => {
    const bytes = response([txt('a.example', ['hello world', 'x'])]);
    for (let n = 0; n < bytes.length; n++) {
      expect(decodeWireResponse(bytes.subarray(0, n), 'a.example', 'TXT')).toHaveProperty('failure');
    }
  });

  it('refuses an answer to another question, and a query', () => {
    expect(decodeWireResponse(response([], { name: 'b.example' }), 'a.example', 'TXT')).toEqual({ failure: expect.stringMatching(/different question/) });
    expect(decodeWireResponse(encodeQuery('a.example', 'TXT'), 'a.example', 'TXT')).toEqual({ failure: expect.stringMatching(/query, not a response/) });
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(() => decodeWireResponse(bytes, 'a.example', 'TXT')).not.toThrow();
      }),
    );
  });
});
