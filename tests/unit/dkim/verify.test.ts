// DKIM verification behaviour beyond the tag syntax: l= coverage, extra From fields, z= hints,
// and key records (RFC 6376 3.6.1, RFC 8301, RFC 8463). Real signatures made with WebCrypto.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../src/lib/dkim/index.ts';
import { canonBody } from '../../../src/lib/dkim/canon.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import type { DkimSignatureResult } from '../../../src/lib/dkim/types.ts';
import { crlfMessage, edKey, pkcs1Of, rsaKey, sign, toCrlf, txtResolver, type TestKey } from './helpers.ts';

const TEXT = 'From: Joe <joe@example.com>\nTo: x@example.org\nSubject: verify test\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n\nHello,\nthis is the body.\n';
const H = ['from', 'to', 'subject', 'date'];
const NAME = 'k._domainkey.example.com';

let rsa: TestKey;
let other: TestKey;
beforeAll(async () => {
  [rsa, other] = await Promise.all([rsaKey(), rsaKey()]);
});

const keyRows: string[] = [];
afterAll(() => console.log(`DKIM key-record table: ${keyRows.length} rows passed (${keyRows.join(', ')})`));

const codes = (r: DkimSignatureResult) => r.problems.map((p) => p.code);
async function verify(text: string, resolver: ZoneResolver, now?: number): Promise<DkimSignatureResult> {
  return (await verifyDkim(crlfMessage(text), resolver, now === undefined ? {} : { now }))[0]!;
}

describe('l= body length (RFC 6376 3.5, 8.2)', () => {
  const canonLen = (text: string) => canonBody(crlfMessage(text).body, 'relaxed').length;

  it('l= equal to the body: pass, nothing unsigned', async () => {
    const n = canonLen(TEXT);
    const res = await verify(await sign(TEXT, { key: rsa, d: 'example.com', s: 'k', h: H, extra: `l=${n}` }), txtResolver({ [NAME]: `p=${rsa.p}` }));
    expect(res.result, res.reason).toBe('pass');
    expect(res.body).toMatchObject({ signedLength: n, canonicalLength: n, unsignedBytes: 0 });
    expect(codes(res)).not.toContain('body-l-unsigned');
  });

  it('text appended after signing is reported as unsigned, with byte counts', async () => {
    const n = canonLen(TEXT);
    const signed = await sign(TEXT, { key: rsa, d: 'example.com', s: 'k', h: H, extra: `l=${n}` });
    const tail = 'Click here: http://evil.example/\r\n';
    const res = await verify(`${toCrlf(signed)}${tail}`, txtResolver({ [NAME]: `p=${rsa.p}` }));
    expect(res.result, res.reason).toBe('pass');
    expect(res.body).toMatchObject({ signedLength: n, canonicalLength: n + tail.length, unsignedBytes: tail.length });
    const note = res.problems.find((p) => p.code === 'body-l-unsigned')!;
    expect(note.severity).toBe('warning');
    expect(note.params).toEqual({ l: n, canonical: n + tail.length, unsigned: tail.length });
    expect(note.message).toContain(`last ${tail.length} bytes are not covered`);
    expect(res.bodyLength).toEqual({ canonical: n + tail.length, signed: n });
  });

  it('l=0 signs none of the body', async () => {
    const res = await verify(await sign(TEXT, { key: rsa, d: 'example.com', s: 'k', h: H, extra: 'l=0' }), txtResolver({ [NAME]: `p=${rsa.p}` }));
    expect(res.result).toBe('pass');
    expect(res.body!.unsignedBytes).toBe(canonLen(TEXT));
  });

  it('a body shorter than l= fails: it was cut after signing', async () => {
    const n = canonLen(TEXT);
    const signed = toCrlf(await sign(TEXT, { key: rsa, d: 'example.com', s: 'k', h: H, extra: `l=${n}` }));
    const res = await verify(signed.replace('this is the body.\r\n', ''), txtResolver({ [NAME]: `p=${rsa.p}` }));
    expect([res.result, res.bodyHash, res.signature]).toEqual(['fail', 'fail', 'pass']);
    expect(codes(res)).toContain('body-shorter-than-l');
  });
});

describe('an extra From field must fail (RFC 6376 8.15)', () => {
  const resolver = () => txtResolver({ [NAME]: `p=${rsa.p}` });
  const evil = 'From: Evil <ceo@example.com>\r\n';
  const ROWS = [
    { where: 'above the signed From', h: H, place: (t: string) => t.replace('From: Joe', `${evil}From: Joe`), signature: 'pass' },
    { where: 'below the signed From', h: H, place: (t: string) => t.replace('To: x@', `${evil}To: x@`), signature: 'fail' },
    { where: 'at the top of the header', h: H, place: (t: string) => `${evil}${t}`, signature: 'pass' },
    { where: 'above, From over-signed (h=from:from)', h: ['from', 'from', ...H.slice(1)], place: (t: string) => t.replace('From: Joe', `${evil}From: Joe`), signature: 'fail' },
    { where: 'below, From over-signed (h=from:from)', h: ['from', 'from', ...H.slice(1)], place: (t: string) => t.replace('To: x@', `${evil}To: x@`), signature: 'fail' },
  ];
  it.each(ROWS)('From added $where → fail', async (row) => {
    const signed = toCrlf(await sign(TEXT, { key: rsa, d: 'example.com', s: 'k', h: row.h }));
    expect((await verify(signed, resolver())).result).toBe('pass'); // control
    const res = await verify(row.place(signed), resolver());
    expect(res.result, res.reason).toBe('fail');
    expect(res.signature).toBe(row.signature);
    expect(codes(res)).toContain('dkim-multiple-from');
    expect(res.problems.find((p) => p.code === 'dkim-multiple-from')!.message).toMatch(/2 From fields \(lines \d+, \d+\)/);
    expect(res.unsignedDisplayHeaders).toEqual(row.h.filter((x) => x === 'from').length > 1 ? [] : ['From']);
  });
});

describe('z= copied headers explain a header signature failure', () => {
  it('names the field that changed', async () => {
    const z = 'From:Joe=20<joe@example.com>|Subject:verify=20test';
    const signed = toCrlf(await sign(TEXT, { key: rsa, d: 'example.com', s: 'k', h: H, extra: `z=${z}` }));
    const resolver = txtResolver({ [NAME]: `p=${rsa.p}` });
    expect((await verify(signed, resolver)).result).toBe('pass');
    const res = await verify(signed.replace('Subject: verify test', 'Subject: [list] verify test'), resolver);
    expect([res.result, res.signature]).toEqual(['fail', 'fail']);
    const hint = res.problems.find((p) => p.code === 'dkim-z-header-changed')!;
    expect(hint.message).toBe('According to the copies in z=, Subject was "verify test" when signed and is now "[list] verify test".');
    expect(res.reason).toContain(hint.message);
    const other = await verify(signed.replace('To: x@example.org', 'To: y@example.org'), resolver);
    expect(codes(other)).toContain('dkim-z-headers-unchanged');
  });
});

describe('key records (RFC 6376 3.6.1, RFC 8301, RFC 8463)', () => {
  type KeyRow = {
    name: string;
    key: () => Promise<TestKey>;
    zone: (p: string) => Zone;
    extra?: string;
    result: string;
    code?: string;
    check?: (r: DkimSignatureResult) => void;
  };
  const rec = (record: string): Zone => ({ [NAME]: { TXT: [[record]] } });
  const ROWS: KeyRow[] = [
    { name: 'plain SPKI rsa key', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; k=rsa; p=${p}`), result: 'pass', check: (r) => expect(r.key).toMatchObject({ type: 'rsa', bits: 2048, format: 'spki', testing: false }) },
    {
      name: 'CNAME chain (two links, as ESPs publish)', key: () => Promise.resolve(rsa), result: 'pass',
      zone: (p) => ({ [NAME]: { CNAME: ['k.dkim.esp.example'] }, 'k.dkim.esp.example': { CNAME: ['keys.esp.example'] }, 'keys.esp.example': { TXT: [[`v=DKIM1; p=${p}`]] } }),
      check: (r) => {
        expect(r.key!.chain).toEqual(['k.dkim.esp.example', 'keys.esp.example']);
        expect(r.steps.find((s) => s.id === 'key')!.text).toContain('via CNAME k.dkim.esp.example → keys.esp.example');
      },
    },
    { name: 'CNAME to a missing name', key: () => Promise.resolve(rsa), zone: () => ({ [NAME]: { CNAME: ['gone.esp.example'] } }), result: 'permerror', code: 'key-not-found' },
    { name: 'no key (NXDOMAIN)', key: () => Promise.resolve(rsa), zone: () => ({}), result: 'permerror', code: 'key-not-found' },
    { name: 'DNS timeout', key: () => Promise.resolve(rsa), zone: () => ({ [NAME]: { TIMEOUT: true } }), result: 'temperror', code: 'key-dns-temperror' },
    { name: 't=y testing', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; t=y; p=${p}`), result: 'pass', code: 'key-testing', check: (r) => expect(r.key!.testing).toBe(true) },
    { name: 't=s with i= equal to d=', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; t=s; p=${p}`), extra: 'i=joe@example.com', result: 'pass' },
    { name: 't=s without i= (i defaults to @d)', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; t=s; p=${p}`), result: 'pass' },
    { name: 't=s with i= in a subdomain', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; t=s; p=${p}`), extra: 'i=joe@mail.example.com', result: 'permerror', code: 'key-t-s-mismatch' },
    { name: 't=y:s with i= in a subdomain', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; t=y:s; p=${p}`), extra: 'i=@mail.example.com', result: 'permerror', code: 'key-t-s-mismatch' },
    { name: 'empty p= (revoked)', key: () => Promise.resolve(rsa), zone: () => rec('v=DKIM1; k=rsa; p='), result: 'fail', code: 'key-revoked', check: (r) => expect(r.reason).toMatch(/revoked/) },
    { name: 'p= with only spaces (revoked)', key: () => Promise.resolve(rsa), zone: () => rec('v=DKIM1; p= '), result: 'fail', code: 'key-revoked' },
    { name: 'no p= at all', key: () => Promise.resolve(rsa), zone: () => rec('v=DKIM1; k=rsa'), result: 'permerror', code: 'key-p-missing' },
    { name: 'p= not base64', key: () => Promise.resolve(rsa), zone: () => rec('v=DKIM1; p=***'), result: 'permerror', code: 'key-p-base64' },
    { name: 'p= truncated', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; p=${p.slice(0, 200)}`), result: 'permerror', code: 'key-p-invalid' },
    {
      name: 'bare PKCS#1 RSAPublicKey (wrapped into SPKI)', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; k=rsa; p=${pkcs1Of(p)}`), result: 'pass', code: 'key-pkcs1',
      check: (r) => expect(r.key).toMatchObject({ format: 'pkcs1', bits: 2048 }),
    },
    {
      name: 'RSA 512 bits refused', key: () => rsaKey(512), zone: (p) => rec(`v=DKIM1; p=${p}`), result: 'policy', code: 'key-too-small',
      check: (r) => {
        expect(r.reason).toMatch(/only 512 bits.*RFC 8301/);
        expect(r.signature).toBe('not-checked');
      },
    },
    { name: 'RSA 768 bits, PKCS#1 form, refused', key: () => rsaKey(768), zone: (p) => rec(`v=DKIM1; p=${pkcs1Of(p)}`), result: 'policy', code: 'key-too-small' },
    {
      name: 'RSA 1024 bits: passes, flagged weak', key: () => rsaKey(1024), zone: (p) => rec(`v=DKIM1; p=${p}`), result: 'pass', code: 'key-weak',
      check: (r) => {
        expect(r.key!.bits).toBe(1024);
        expect(r.problems.find((p) => p.code === 'key-weak')!.severity).toBe('warning');
      },
    },
    { name: 'rsa-sha1 signature (historic)', key: () => rsaKey(2048, 'rsa-sha1'), zone: (p) => rec(`v=DKIM1; p=${p}`), result: 'policy', check: (r) => expect(r.reason).toMatch(/RFC 8301/) },
    { name: 'key h=sha1 only, signature sha256', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; h=sha1; p=${p}`), result: 'permerror', code: 'key-h-mismatch' },
    { name: 'key h=sha1:sha256', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; h=sha1:sha256; p=${p}`), result: 'pass' },
    { name: 'ed25519-sha256 (RFC 8463)', key: edKey, zone: (p) => rec(`v=DKIM1; k=ed25519; p=${p}`), result: 'pass', check: (r) => expect(r.key).toMatchObject({ type: 'ed25519', format: 'raw', bits: 256 }) },
    { name: 'ed25519 signature, k=rsa key', key: edKey, zone: (p) => rec(`v=DKIM1; k=rsa; p=${p}`), result: 'permerror', code: 'key-type-mismatch' },
    { name: 'rsa signature, k=ed25519 key', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; k=ed25519; p=${p}`), result: 'permerror', code: 'key-type-mismatch' },
    { name: 'ed25519 key of 31 bytes', key: edKey, zone: () => rec('v=DKIM1; k=ed25519; p=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='), result: 'permerror', code: 'key-p-invalid' },
    { name: 'unknown k=', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; k=dsa; p=${p}`), result: 'permerror', code: 'key-k-unknown' },
    { name: 'v=DKIM2', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM2; p=${p}`), result: 'permerror', code: 'key-v-invalid' },
    { name: 'v= not first (accepted, warned)', key: () => Promise.resolve(rsa), zone: (p) => rec(`k=rsa; v=DKIM1; p=${p}`), result: 'pass', code: 'key-v-not-first' },
    { name: 's=email', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; s=email; p=${p}`), result: 'pass' },
    { name: 's=tlsrpt (not for mail)', key: () => Promise.resolve(rsa), zone: (p) => rec(`v=DKIM1; s=tlsrpt; p=${p}`), result: 'permerror', code: 'key-s-not-email' },
    {
      name: 'two TXT records, one usable', key: () => Promise.resolve(rsa), zone: (p) => ({ [NAME]: { TXT: [['v=spf1 -all'], [`v=DKIM1; p=${p}`]] } }), result: 'pass', code: 'key-multiple-records',
    },
    { name: 'record split over character-strings', key: () => Promise.resolve(rsa), zone: (p) => ({ [NAME]: { TXT: [[`v=DKIM1; p=${p.slice(0, 200)}`, p.slice(200)]] } }), result: 'pass' },
    { name: 'another key published', key: () => Promise.resolve(rsa), zone: () => rec(`v=DKIM1; p=${other.p}`), result: 'fail', check: (r) => expect([r.signature, r.bodyHash]).toEqual(['fail', 'pass']) },
  ];

  it.each(ROWS)('$name → $result $code', async (row) => {
    const key = await row.key();
    const zone = row.zone(key.p);
    const signed = await sign(TEXT, { key, d: 'example.com', s: 'k', h: H, ...(row.extra ? { extra: row.extra } : {}) });
    const res = await verify(signed, new ZoneResolver(zone));
    expect(res.result, res.reason).toBe(row.result);
    if (row.code) expect(codes(res)).toContain(row.code);
    if (row.result !== 'pass') expect(res.reason.length).toBeGreaterThan(20);
    if (row.result === 'pass') expect([res.signature, res.bodyHash]).toEqual(['pass', 'pass']);
    row.check?.(res);
    keyRows.push(row.name);
  });
});
