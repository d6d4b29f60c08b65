// External DKIM data, read as shipped from ../shared/ (see conformance/README.txt).
import { afterAll, describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../src/lib/dkim/index.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { binaryToBytes, bytesToBinary, splitMessage } from '../../../src/lib/message/raw.ts';
import { haveShared, readShared, readSharedBytes } from '../../support/shared.ts';
import { bytesMessage, passTally, toCrlf, txtResolver } from './helpers.ts';

const count = passTally(afterAll);

interface StaticCases {
  dns: Record<string, string[]>;
  cases: { file: string; expect: { index: number; d: string; s: string; a: string; result: string }[] }[];
}

describe.skipIf(!haveShared('conformance/dkim/dkim-static-cases.json'))('dkim-static-cases.json', () => {
  const data = JSON.parse(readShared('conformance/dkim/dkim-static-cases.json')) as StaticCases;
  const resolver = txtResolver(data.dns);
  const rows = data.cases.flatMap((c) => c.expect.map((e) => ({ file: c.file, ...e })));
  it.each(rows)('$file #$index $a d=$d s=$s → $result', async (row) => {
    const msg = bytesMessage(readSharedBytes(`conformance/${row.file}`));
    const res = (await verifyDkim(msg, resolver))[row.index]!;
    count('DKIM static cases', res.result === row.result);
    expect([res.d, res.s, res.algorithm]).toEqual([row.d, row.s, row.a]);
    expect(res.result, res.reason).toBe(row.result);
    expect(res.bodyHash).toBe('pass');
    expect(res.signature).toBe('pass');
  });
  // the same vectors, damaged: proves the pass above is not vacuous
  it.each(rows)('$file #$index altered body → bodyHash fail; altered From → signature fail', async (row) => {
    const text = toCrlf(bytesToBinary(readSharedBytes(`conformance/${row.file}`)));
    const cut = text.indexOf('\r\n\r\n') + 4;
    const body = await verifyDkim(splitMessage(binaryToBytes(`${text.slice(0, cut)}X${text.slice(cut)}`)), resolver);
    expect([body[row.index]!.result, body[row.index]!.bodyHash]).toEqual(['fail', 'fail']);
    const from = await verifyDkim(splitMessage(binaryToBytes(text.replace(/^From:/m, 'From: X'))), resolver);
    expect([from[row.index]!.result, from[row.index]!.signature]).toEqual(['fail', 'fail']);
  });
});

/** stalwart dkim/NNN.txt: "<name> <TXT>" lines, a blank line, then the message. */
function stalwartCase(text: string): { resolver: ZoneResolver; message: string } {
  const blank = text.indexOf('\n\n');
  const zone: Zone = {};
  for (const line of text.slice(0, blank).split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) (zone[line.slice(0, sp)] ??= { TXT: [] }).TXT!.push([line.slice(sp + 1)]);
  }
  return { resolver: new ZoneResolver(zone), message: text.slice(blank + 2) };
}

describe.skipIf(!haveShared('conformance/stalwart/dkim'))('stalwart dkim/001-006: last signature passes at 1667843664', () => {
  it.each(['001', '002', '003', '004', '005', '006'])('%s', async (n) => {
    const { resolver, message } = stalwartCase(bytesToBinary(readSharedBytes(`conformance/stalwart/dkim/${n}.txt`)));
    const msg = splitMessage(binaryToBytes(toCrlf(message)));
    const results = await verifyDkim(msg, resolver, { now: 1667843664 });
    const last = results.at(-1)!;
    count('stalwart DKIM', last.result === 'pass');
    expect(last.result, last.reason).toBe('pass');
    if (n === '002') expect(last.key?.format).toBe('pkcs1');
    if (n === '005') {
      expect(last.canonicalization).toEqual({ header: 'relaxed', body: 'simple' }); // c=relaxed alone
      // x=1667930064: one second after expiry the same signature is expired → neutral
      const later = (await verifyDkim(msg, resolver, { now: 1667930065 })).at(-1)!;
      expect([later.result, later.expired, later.signature]).toEqual(['neutral', true, 'pass']);
    }
  });
});

describe.skipIf(!haveShared('conformance/dkim/dkimpy'))('dkimpy key records', () => {
  // rfc6376.signed.msg's second signature is s=test d=football.example.com, made with the key of test.txt
  const msg = bytesMessage(readSharedBytes('conformance/dkim/dkimpy/rfc6376.signed.msg'));
  const brisbane = 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
  it.each([
    ['test.txt', 'pass', null, /verify/],
    ['badversion.txt', 'permerror', 'key-v-invalid', /v=DKIM1: g=\*; only v=DKIM1 is valid/],
    ['badk.txt', 'permerror', 'key-k-unknown', /k=ed25519-sha256, an unknown key type/],
    ['test_bad.txt', 'permerror', 'key-p-invalid', /not a valid RSA public key/],
    ['test_tlsrpt.txt', 'permerror', 'key-s-not-email', /s=tlsrpt: the key is not for email/],
  ] as const)('%s → %s %s', async (file, result, code, reason) => {
    const record = readShared(`conformance/dkim/dkimpy/${file}`).trim();
    const resolver = txtResolver({ 'test._domainkey.football.example.com': record, 'brisbane._domainkey.football.example.com': brisbane });
    const res = (await verifyDkim(msg, resolver))[1]!;
    count('dkimpy key records', res.result === result);
    expect(res.result, res.reason).toBe(result);
    expect(res.reason).toMatch(reason);
    if (code) {
      expect(res.problems.map((p) => p.code)).toContain(code);
      expect(res.reason.length).toBeGreaterThan(20);
    }
  });
});

describe.skipIf(!haveShared('samples'))('Amazon SES samples', () => {
  const names = ['ses-before-custom-mail-from', 'ses-after-custom-mail-from'];
  it.each(names)('%s: both signatures pass', async (name) => {
    const resolver = new ZoneResolver(JSON.parse(readShared(`samples/${name}.zone.json`)) as Zone);
    const results = await verifyDkim(bytesMessage(readSharedBytes(`samples/${name}.eml`)), resolver);
    expect(results).toHaveLength(2);
    for (const r of results) {
      count('SES samples', r.result === 'pass');
      expect([r.result, r.bodyHash, r.signature], r.reason).toEqual(['pass', 'pass', 'pass']);
    }
    // SES Easy DKIM: the d=example.jp key is a CNAME to dkim.amazonses.com
    const jp = results.find((r) => r.d === 'example.jp')!;
    expect(jp.key!.chain.at(-1)).toMatch(/\.dkim\.amazonses\.com$/);
  });
  it.each(names)('%s headers only: header signatures pass, body not checked', async (name) => {
    const resolver = new ZoneResolver(JSON.parse(readShared(`samples/${name}.zone.json`)) as Zone);
    const text = toCrlf(bytesToBinary(readSharedBytes(`samples/${name}.eml`)));
    const msg = splitMessage(binaryToBytes(text.slice(0, text.indexOf('\r\n\r\n') + 2)));
    expect(msg.hasBody).toBe(false);
    const results = await verifyDkim(msg, resolver);
    expect(results).toHaveLength(2);
    for (const r of results) {
      count('SES samples (headers only)', r.result === 'pass');
      expect([r.result, r.bodyHash, r.signature], r.reason).toEqual(['pass', 'not-checked', 'pass']);
      expect(r.reason).toMatch(/body was not given/);
    }
  });
});
