import { describe, expect, it } from 'vitest';
import { loadAll } from 'js-yaml';
import { parseAuthResults, parseReceivedSpf, receiverClaims } from '../../../src/lib/authres/index.ts';
import { haveShared, readShared } from '../../support/shared.ts';

describe('receiverClaims', () => {
  const CASES = [
    {
      name: 'Gmail: dkim d from header.i, dmarc policy from the comment',
      headers: [
        'mx.google.com; dkim=pass header.i=@example.jp header.s=sel header.b=bltphzqi; spf=pass (google.com: ok) smtp.mailfrom=bounce@ap-northeast-1.amazonses.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=example.jp',
      ],
      want: [{
        authservId: 'mx.google.com',
        spf: { result: 'pass', mailfrom: 'bounce@ap-northeast-1.amazonses.com', mailfromDomain: 'ap-northeast-1.amazonses.com' },
        dkim: [{ result: 'pass', d: 'example.jp', i: '@example.jp', s: 'sel', b: 'bltphzqi' }],
        dmarc: { result: 'pass', headerFrom: 'example.jp', p: 'none', sp: 'quarantine', dis: 'none' },
        compauth: null,
      }],
    },
    {
      name: 'Microsoft 365 split over two headers, header.d=none dropped',
      headers: [
        'spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=example.net; example.com; dkim=none (message not signed) header.d=none;example.com; dmarc=fail action=oreject header.from=example.net',
        'compauth=fail reason=000',
      ],
      want: [{
        authservId: null,
        headers: 2,
        spf: { result: 'fail', mailfrom: 'example.net', mailfromDomain: 'example.net' },
        dkim: [{ result: 'none' }],
        dmarc: { result: 'fail', headerFrom: 'example.net', action: 'oreject' },
        compauth: { result: 'fail', reason: '000' },
      }],
    },
    {
      name: 'two receivers stay apart, in order',
      headers: ['mx.b.example; spf=pass smtp.mailfrom=a.example; iprev=pass policy.iprev=192.0.2.1', 'MX.A.example; arc=fail (bad)', 'mx.b.example; dkim=fail header.d=a.example'],
      want: [
        { authservId: 'mx.b.example', headers: 2, spf: { result: 'pass' }, dkim: [{ result: 'fail', d: 'a.example' }] },
        { authservId: 'MX.A.example', headers: 1, arc: { result: 'fail', comment: 'bad' } },
      ],
    },
  ];
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const got = receiverClaims(c.headers.map((h) => parseAuthResults(h)));
    expect(got).toHaveLength(c.want.length);
    c.want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it('keeps other methods and ARC instances apart', () => {
    const got = receiverClaims([
      parseAuthResults('i=2; mx.example; arc=pass', { arc: true }),
      parseAuthResults('i=1; mx.example; arc=none; bimi=pass header.d=x.example', { arc: true }),
    ]);
    expect(got.map((g) => [g.instance, g.arc?.result, g.other.map((o) => o.method)])).toEqual([[2, 'pass', []], [1, 'none', ['bimi']]]);
  });
});

describe('parseReceivedSpf', () => {
  const CASES = [
    {
      value: 'pass (google.com: domain of a@b.example designates 54.240.27.10 as permitted sender) client-ip=54.240.27.10;',
      want: { result: 'pass', clientIp: '54.240.27.10', comment: 'google.com: domain of a@b.example designates 54.240.27.10 as permitted sender' },
    },
    {
      value: 'None (protection.outlook.com: vger.kernel.org does not designate\r\n permitted sender hosts)',
      want: { result: 'none', resultRaw: 'None' },
    },
    {
      value: 'SoftFail (mx: transitioning) receiver=mx.example; client-ip=2001:db8::1; envelope-from="x@y.example"; helo=h.example; identity=mailfrom; mechanism="~all"',
      want: { result: 'softfail', clientIp: '2001:db8::1', envelopeFrom: 'x@y.example', helo: 'h.example', identity: 'mailfrom', mechanism: '~all', receiver: 'mx.example' },
    },
    { value: 'unknown (old software)', want: { result: 'permerror', resultRaw: 'unknown' } },
    { value: 'maybe client-ip=1.2.3.4', want: { result: 'maybe', clientIp: '1.2.3.4' }, code: 'received-spf-unknown-result' },
    { value: '', want: { result: '' }, code: 'received-spf-no-result' },
  ];
  it.each(CASES.map((c) => [c.value, c] as const))('%s', (_v, c) => {
    const r = parseReceivedSpf(c.value);
    expect(r).toMatchObject(c.want);
    if (c.code) expect(r.problems.map((p) => p.code)).toContain(c.code);
    else expect(r.problems).toEqual([]);
  });

  // pyspf test.yml: tests with a `header` give the Received-SPF text for known inputs.
  const FILE = 'conformance/spf/test.yml';
  type T = { host: string; mailfrom: string; helo: string; result: string; receiver?: string; header?: string };
  const rows: [string, T][] = [];
  if (haveShared(FILE)) {
    for (const doc of loadAll(readShared(FILE)) as { tests?: Record<string, T> }[]) {
      for (const [id, t] of Object.entries(doc?.tests ?? {})) if (t.header) rows.push([id, t]);
    }
  }
  it.skipIf(rows.length === 0)('pyspf test.yml has 3 Received-SPF samples', () => expect(rows).toHaveLength(3));
  it.each(rows)('pyspf %s', (_id, t) => {
    const r = parseReceivedSpf(t.header!);
    expect(r.result).toBe(t.result);
    expect(r.clientIp).toBe(t.host);
    expect(r.envelopeFrom).toBe(t.mailfrom);
    expect(r.helo).toBe(t.helo);
    expect(r.receiver).toBe(t.receiver);
    expect(r.identity).toBe('mailfrom');
  });
});
