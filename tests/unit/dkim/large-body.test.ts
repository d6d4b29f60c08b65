// A ~10 MB body verifies in bounded time (canonicalization is one pass; the failure diagnosis
// is capped). Times are measured and printed; the bounds are generous for slow CI machines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../src/lib/dkim/index.ts';
import { binaryToBytes, splitMessage } from '../../../src/lib/message/raw.ts';
import { rsaKey, sign, txtResolver, type TestKey } from './helpers.ts';
import { expectWithin } from '../../support/timing.ts';

const MB = 1024 * 1024;
const BOUND_MS = 10_000;
const LINE = 'Lorem ipsum dolor sit amet,  consectetur\tadipiscing elit, sed do eiusmod tempor.  \r\n';
const HEAD = 'From: big@example.com\r\nTo: x@example.org\r\nSubject: large\r\n\r\n';

function body(bytes: number): string {
  return LINE.repeat(Math.ceil(bytes / LINE.length));
}

let key: TestKey;
beforeAll(async () => {
  key = await rsaKey();
});
const timings: string[] = [];
afterAll(() => console.log(`DKIM large body timings: ${timings.join('; ')}`));

/** Time splitting the message into header and body plus verification (the key lookup is in memory). */
async function timedVerify(text: string) {
  const bytes = binaryToBytes(text);
  const t0 = performance.now();
  const msg = splitMessage(bytes);
  const [res] = await verifyDkim(msg, txtResolver({ 'k._domainkey.example.com': `v=DKIM1; p=${key.p}` }));
  return { res: res!, ms: performance.now() - t0, size: msg.body.length };
}

describe('verifying a ~10 MB body completes in bounded time', () => {
  it.each(['relaxed/relaxed', 'simple/simple'] as const)('10 MB, c=%s, passing', async (c) => {
    const signed = await sign(HEAD + body(10 * MB), { key, d: 'example.com', s: 'k', h: ['from', 'to', 'subject'], c });
    const { res, ms, size } = await timedVerify(signed);
    timings.push(`${(size / MB).toFixed(1)} MB ${c} pass ${ms.toFixed(0)} ms`);
    expect(size).toBeGreaterThanOrEqual(10 * MB);
    expect(res.result, res.reason).toBe('pass');
    expect(res.body!.canonicalLength).toBeGreaterThan(9 * MB);
    expectWithin(ms, BOUND_MS);
  }, 60_000);

  it('10 MB, body changed: fails quickly (diagnosis capped above 8 MB)', async () => {
    const signed = await sign(HEAD + body(10 * MB), { key, d: 'example.com', s: 'k', h: ['from', 'to', 'subject'] });
    const { res, ms, size } = await timedVerify(`${signed}footer\r\n`);
    timings.push(`${(size / MB).toFixed(1)} MB relaxed changed ${ms.toFixed(0)} ms`);
    expect([res.result, res.bodyHash]).toEqual(['fail', 'fail']);
    expect(res.problems.find((p) => p.code === 'body-changed')!.message).toMatch(/too large/);
    expectWithin(ms, BOUND_MS);
  }, 60_000);

  it('7.9 MB, c=simple/simple, body changed: the full diagnosis stays bounded', async () => {
    const signed = await sign(HEAD + body(7.9 * MB), { key, d: 'example.com', s: 'k', h: ['from', 'to', 'subject'], c: 'simple/simple' });
    const { res, ms, size } = await timedVerify(signed.replace('Lorem', 'L0rem'));
    timings.push(`${(size / MB).toFixed(1)} MB simple changed, full diagnosis ${ms.toFixed(0)} ms`);
    expect([res.result, res.bodyHash]).toEqual(['fail', 'fail']);
    expect(res.problems.map((p) => p.code)).toContain('body-changed');
    expectWithin(ms, BOUND_MS);
  }, 60_000);
});
