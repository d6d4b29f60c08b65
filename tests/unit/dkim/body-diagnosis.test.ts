// When the body hash fails, the result says what likely changed (line endings, whitespace,
// a footer, a transfer re-encoding) and gives the byte counts it compared (body.ts diagnose).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../src/lib/dkim/index.ts';
import { canonBody } from '../../../src/lib/dkim/canon.ts';
import { encodeBase64 } from '../../../src/lib/util/base64.ts';
import type { Canon } from '../../../src/lib/dkim/signature.ts';
import { binaryToBytes, splitMessage } from '../../../src/lib/message/raw.ts';
import { rsaKey, sign, toCrlf, txtResolver, type TestKey } from './helpers.ts';

let key: TestKey;
beforeAll(async () => {
  key = await rsaKey();
});
const resolver = () => txtResolver({ 'k._domainkey.example.com': `v=DKIM1; p=${key.p}` });
const H = ['from', 'to', 'subject'];
const HEAD = 'From: a@example.com\r\nTo: b@example.org\r\nSubject: diagnosis\r\n';
const BODY = 'Hello,\r\n\r\nthis body was signed.\r\nRegards,\r\nA.\r\n';

const found: string[] = [];
afterAll(() => console.log(`DKIM body-hash diagnoses: ${found.length} cases (${found.join(', ')})`));

/** Verify exact bytes (no LF→CRLF normalisation, so line-ending damage survives). */
async function verifyBytes(text: string) {
  const [res] = await verifyDkim(splitMessage(binaryToBytes(text)), resolver());
  return res!;
}
const canonLen = (body: string, c: Canon) => canonBody(binaryToBytes(body), c).length;
async function sha256b64(b: Uint8Array): Promise<string> {
  return encodeBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource)));
}

function expectDiagnosis(res: Awaited<ReturnType<typeof verifyBytes>>, code: string, signed: number, received: number) {
  expect([res.result, res.bodyHash], res.reason).toEqual(['fail', 'fail']);
  const note = res.problems.find((p) => p.code === code);
  expect(note, JSON.stringify(res.problems.map((p) => p.code))).toBeDefined();
  expect(note!.params).toMatchObject({ signed, received });
  expect(note!.message).toContain(`Signed body: ${signed} canonical bytes; received body: ${received} canonical bytes`);
  // the diagnosis reaches the signature's reason and the body-hash step
  expect(res.reason).toContain(note!.message);
  expect(res.steps.find((s) => s.id === 'body-hash')!.text).toContain(note!.message);
  found.push(code);
  return note!;
}

describe('body hash failure diagnosis', () => {
  it.each(['relaxed/relaxed', 'simple/simple'] as const)('footer appended (%s): first N bytes match, M added', async (c) => {
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H, c }));
    const footer = '-- \r\nlist@lists.example: unsubscribe at https://lists.example/u\r\n';
    const bc = c.split('/')[1] as Canon;
    const res = await verifyBytes(signed + footer);
    expect(res.signature).toBe('pass');
    const n = expectDiagnosis(res, 'body-appended', canonLen(BODY, bc), canonLen(BODY + footer, bc));
    expect(n.params!.added).toBe(canonLen(BODY + footer, bc) - canonLen(BODY, bc));
    expect(n.message).toMatch(/footer/);
  });

  it('footer inserted inside a multipart body, before the closing boundary', async () => {
    const body = 'This is MIME.\r\n--b1\r\nContent-Type: text/plain\r\n\r\nHello.\r\n--b1--\r\n';
    const head = `${HEAD}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n`;
    const signed = toCrlf(await sign(`${head}\r\n${body}`, { key, d: 'example.com', s: 'k', h: [...H, 'content-type'] }));
    const part = '--b1\r\nContent-Type: text/plain\r\n\r\n_______\r\nList footer\r\n';
    const res = await verifyBytes(signed.replace('--b1--', `${part}--b1--`));
    const n = expectDiagnosis(res, 'body-footer-in-part', canonLen(body, 'relaxed'), canonLen(body, 'relaxed') + part.length);
    expect(n.params!.added).toBe(part.length);
    expect(n.message).toContain(`${part.length} bytes (5 lines) just before the closing MIME boundary`);
  });

  it('bare LF line endings in the received body', async () => {
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H, c: 'simple/simple' }));
    const [head, body] = [signed.slice(0, signed.indexOf('\r\n\r\n') + 4), signed.slice(signed.indexOf('\r\n\r\n') + 4)];
    const damaged = body.replace(/\r\n/g, '\n');
    const res = await verifyBytes(head + damaged);
    const n = expectDiagnosis(res, 'body-bare-lf', canonLen(BODY, 'simple'), canonLen(damaged, 'simple'));
    expect(n.message).toContain('5 bare LF line endings');
    expect(n.message).toMatch(/line endings were altered/);
  });

  it('doubled CR CR LF line endings', async () => {
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H, c: 'simple/simple' }));
    const cut = signed.indexOf('\r\n\r\n') + 4;
    const damaged = signed.slice(cut).replace(/\r\n/g, '\r\r\n');
    const res = await verifyBytes(signed.slice(0, cut) + damaged);
    const n = expectDiagnosis(res, 'body-line-endings-crcrlf', canonLen(BODY, 'simple'), canonLen(damaged, 'simple'));
    expect(n.message).toContain('5 doubled CR CR LF line endings');
  });

  it('the signer hashed LF-only text', async () => {
    const lfBody = BODY.replace(/\r\n/g, '\n');
    const bh = await sha256b64(canonBody(binaryToBytes(lfBody), 'relaxed'));
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H, bodyHashOverride: bh }));
    const res = await verifyBytes(signed);
    expect(res.signature).toBe('pass');
    const n = expectDiagnosis(res, 'body-line-endings-lf', canonLen(lfBody, 'relaxed'), canonLen(BODY, 'relaxed'));
    expect(n.message).toContain('5 CRLF line endings');
  });

  it('whitespace changed under c=simple body', async () => {
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H, c: 'relaxed/simple' }));
    const res = await verifyBytes(signed.replace('Regards,', 'Regards,   ').replace('this body', 'this\tbody'));
    const n = expectDiagnosis(res, 'body-whitespace-changed', canonLen(BODY, 'relaxed'), canonLen(BODY.replace('Regards,', 'Regards,   '), 'simple'));
    expect(n.message).toMatch(/Only whitespace was changed/);
  });

  it('8bit body re-encoded as quoted-printable by a relay', async () => {
    const text = `${HEAD}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nGr\xc3\xbc\xc3\x9fe aus K\xc3\xb6ln,\r\nein sehr langer Satz, der l\xc3\xa4nger ist als sechsundsiebzig Zeichen, damit ein weicher Umbruch entsteht.\r\n`;
    const signed = toCrlf(await sign(text, { key, d: 'example.com', s: 'k', h: H }));
    const cut = signed.indexOf('\r\n\r\n') + 4;
    const qp = 'Gr=C3=BC=C3=9Fe aus K=C3=B6ln,\r\nein sehr langer Satz, der l=C3=A4nger ist als sechsundsiebzig Zeichen, dam=\r\nit ein weicher Umbruch entsteht.\r\n';
    const relayed = signed.slice(0, cut).replace('Content-Transfer-Encoding: 8bit', 'Content-Transfer-Encoding: quoted-printable') + qp;
    const res = await verifyBytes(relayed);
    expect(res.signature).toBe('pass'); // Content-Transfer-Encoding was not signed
    const n = expectDiagnosis(res, 'body-reencoded-qp', canonLen(signed.slice(cut), 'relaxed'), canonLen(qp, 'relaxed'));
    expect(n.message).toMatch(/re-encoded in transit.*quoted-printable/);
  });

  it('body re-encoded as base64 (and the signed Content-Transfer-Encoding breaks the header signature too)', async () => {
    const text = `${HEAD}Content-Transfer-Encoding: 7bit\r\n\r\n${BODY}`;
    const signed = toCrlf(await sign(text, { key, d: 'example.com', s: 'k', h: [...H, 'content-transfer-encoding'] }));
    const cut = signed.indexOf('\r\n\r\n') + 4;
    const b64 = `${btoa(BODY)}\r\n`;
    const res = await verifyBytes(signed.slice(0, cut).replace('7bit', 'base64') + b64);
    expect([res.signature, res.bodyHash]).toEqual(['fail', 'fail']);
    const n = res.problems.find((p) => p.code === 'body-reencoded-base64')!;
    expect(n.params).toMatchObject({ signed: canonLen(BODY, 'relaxed'), received: canonLen(b64, 'relaxed') });
    expect(res.reason).toMatch(/does not verify.*The body hash does not match either.*base64/s);
    found.push('body-reencoded-base64');
  });

  it('an edit nothing explains: body-changed, with the size and likely causes', async () => {
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H }));
    const res = await verifyBytes(signed.replace('signed', 'edited'));
    expect([res.result, res.bodyHash, res.signature]).toEqual(['fail', 'fail', 'pass']);
    const n = res.problems.find((p) => p.code === 'body-changed')!;
    expect(n.params).toMatchObject({ received: canonLen(BODY, 'relaxed') });
    expect(n.message).toContain(`received body (${canonLen(BODY, 'relaxed')} canonical bytes)`);
    expect(n.message).toMatch(/re-encoded/);
    found.push('body-changed');
  });

  it('the body was removed (blank line, nothing after it): read as a headers-only paste', async () => {
    const signed = toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H }));
    const res = await verifyBytes(signed.slice(0, signed.indexOf('\r\n\r\n') + 4));
    // headers pasted with their trailing blank line are not a changed body: the body hash is not checked
    expect(res.bodyHash).toBe('not-checked');
    expect(res.result).toBe('pass');
    expect(res.reason).toMatch(/headers only/);
    expect(res.problems.map((p) => p.code)).toContain('body-missing');
    found.push('body-missing');
  });

  it('a passing body hash has no diagnosis', async () => {
    const res = await verifyBytes(toCrlf(await sign(HEAD + '\r\n' + BODY, { key, d: 'example.com', s: 'k', h: H })));
    expect(res.result).toBe('pass');
    expect(res.problems.filter((p) => p.subject === 'body')).toEqual([]);
  });
});
