// The rules on constructed analysis results: ARC chains (met, broken, the receiver's own seal),
// results taken from the receiver's Authentication-Results (nothing assumed), hostile header
// values, and the parsing of List-Unsubscribe.
import { describe, expect, it } from 'vitest';
import { evaluateRequirements, listUnsubscribeUris, type RequirementsInput } from '../../../src/lib/requirements/index.ts';
import { EN_CATALOGUE } from '../../../src/lib/findings/index.ts';
import { ja } from '../../../src/lib/findings/ja/index.ts';

type R = RequirementsInput['report'];
function base(over: Partial<R> = {}): R {
  return {
    from: { domain: 'example.com', domains: ['example.com'], mailboxes: [{ address: 'news@example.com', domain: 'example.com' } as never], line: 5 },
    spf: { result: 'pass', domain: 'example.com', clientIp: '45.67.89.10', helo: 'mail.example.com', lookups: 1, aligned: true, source: 'ours' },
    dkim: [{ d: 'example.com', s: 'sel', algorithm: 'rsa-sha256', result: 'pass', bodyHash: 'pass', aligned: true, source: 'ours', line: 4, detail: { signedHeaders: ['from', 'list-unsubscribe', 'list-unsubscribe-post'], key: { name: 'sel._domainkey.example.com', type: 'rsa', bits: 2048, record: 'v=DKIM1; p=…' } } }],
    arc: { result: 'none' },
    dmarc: { result: 'pass', recordDomain: '_dmarc.example.com', record: 'v=DMARC1; p=none', policy: 'none', spfAligned: true, dkimAligned: true },
    receiver: [{ authservId: 'mx.google.com', spf: 'pass', dkim: ['pass'], dmarc: 'pass' }],
    ...over,
  };
}
const H = (name: string, value: string, line = 1) => ({ name, value, line });
const headers = [H('From', 'news@example.com', 5), H('Date', 'Sat, 18 May 2024 05:22:50 +0000', 6), H('Message-ID', '<a@example.com>', 7)];
const get = (input: Partial<RequirementsInput>, id: string) => evaluateRequirements({ report: base(), headers, hop: null, fcrdns: null, ...input }).find((r) => r.id === id)!;

const arcSet = (instance: number, d: string, result = 'pass') => ({ instance, authservId: d, aarText: null, aarLine: null, ams: { result, reason: '', d, s: 's', line: null, problems: [], steps: [] }, as: { result, reason: '', d, s: 's', line: 10 + instance, problems: [], steps: [], cv: instance === 1 ? 'none' : 'pass' } });

describe('arc-for-forwarders', () => {
  it.each([
    { name: 'list sealed, chain passes', arc: { result: 'pass', sets: [arcSet(1, 'lists.example.org'), arcSet(2, 'google.com')] }, h: [H('List-Id', '<news.lists.example.org>')], status: 'met' },
    { name: 'forwarder sealed i=1 and i=2 (two hops), receiver not counted', arc: { result: 'pass', sets: [arcSet(1, 'fwd.example.net'), arcSet(2, 'gw.example.net')] }, h: [], status: 'met' },
    { name: 'chain broken', arc: { result: 'fail', brokenAt: 2, sets: [arcSet(1, 'fwd.example.net'), arcSet(2, 'gw.example.net', 'fail')] }, h: [], status: 'not-met', reason: 'arc-chain-fails' },
    { name: 'only the receiver sealed, X-Forwarded-To', arc: { result: 'pass', sets: [arcSet(1, 'google.com')] }, h: [H('X-Forwarded-To', 'a@example.org')], status: 'not-met', reason: 'forwarded-without-arc' },
    { name: 'Resent-From without ARC', arc: { result: 'none', sets: [] }, h: [H('Resent-From', 'b@example.org')], status: 'not-met', reason: 'forwarded-without-arc' },
    { name: 'sending side seal only (i=1), nothing forwarded', arc: { result: 'pass', sets: [arcSet(1, 'microsoft.com')] }, h: [], status: 'not-applicable' },
  ])('$name → $status', ({ arc, h, status, reason }) => {
    const r = get({ report: base({ arc: { result: arc.result as 'pass', detail: arc } }), headers: [...headers, ...h] }, 'arc-for-forwarders');
    expect(r.status).toBe(status);
    if (reason) expect(r.reasons).toContain(reason);
  });
});

describe('results from the receiver’s Authentication-Results are not over-read', () => {
  const receiverDkim = { d: 'example.com', s: 'sel', algorithm: null, result: 'pass' as const, bodyHash: 'not-checked' as const, aligned: true, source: 'receiver' as const };
  const lu = [H('List-Unsubscribe', '<https://example.com/u>'), H('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')];
  it('one-click: h= unknown → unknown', () => {
    const r = get({ report: base({ dkim: [receiverDkim] }), headers: [...headers, ...lu] }, 'one-click-unsubscribe');
    expect([r.status, r.reasons]).toEqual(['unknown', ['dkim-not-checked']]);
  });
  it('dkim-key-size: keys not fetched → unknown', () => {
    expect(get({ report: base({ dkim: [receiverDkim] }) }, 'dkim-key-size').status).toBe('unknown');
  });
  it('spf-or-dkim with no SPF result and no DKIM → unknown, not "not met"', () => {
    expect(get({ report: base({ spf: null, dkim: [] }) }, 'spf-or-dkim').status).toBe('unknown');
  });
  it('spf-and-dkim with SPF temperror → unknown', () => {
    expect(get({ report: base({ spf: { ...base().spf!, result: 'temperror' } }) }, 'spf-and-dkim').status).toBe('unknown');
  });
  it('ptr-fcrdns without any lookup → unknown', () => {
    expect(get({}, 'ptr-fcrdns').status).toBe('unknown');
  });
  it('tls without a boundary hop → unknown', () => {
    expect(get({}, 'tls').status).toBe('unknown');
  });
});

describe('one-click details', () => {
  it.each([
    ['List-Unsubscribe-Post alone', [H('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')], 'no-list-unsubscribe'],
    ['Post value with spaces and case', [H('List-Unsubscribe', '<https://example.com/u>'), H('List-Unsubscribe-Post', '  list-unsubscribe=one-click ')], null],
    ['https URI in upper case scheme', [H('List-Unsubscribe', '<HTTPS://example.com/u>'), H('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')], null],
    ['http (not https)', [H('List-Unsubscribe', '<http://example.com/u>'), H('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')], 'no-https-uri'],
  ])('%s', (_n, h, reason) => {
    const r = get({ headers: [...headers, ...h] }, 'one-click-unsubscribe');
    if (reason) expect(r.reasons).toContain(reason);
    else expect(r.status).toBe('met');
  });

  it('hostile values stay data: bounded, never interpreted', () => {
    const big = '<https://example.com/' + 'a'.repeat(100_000) + '>';
    const r = get({ headers: [...headers, H('List-Unsubscribe', big), H('List-Unsubscribe-Post', '<script>alert(1)</script>')] }, 'one-click-unsubscribe');
    expect(r.status).toBe('not-met');
    for (const e of r.evidence) expect(e.text.length).toBeLessThanOrEqual(601);
    expect(r.reasons).toContain('bad-list-unsubscribe-post');
  });
});

describe('listUnsubscribeUris (RFC 2369)', () => {
  it.each([
    ['<https://a.example/u>, <mailto:u@a.example>', ['https://a.example/u', 'mailto:u@a.example']],
    ['<mailto:u@a.example?subject=x>', ['mailto:u@a.example?subject=x']],
    ['< https://a.example/\n  long >', ['https://a.example/long']],
    ['https://no-brackets.example/', []],
  ])('%s', (v, uris) => expect(listUnsubscribeUris(v)).toEqual(uris));
});

describe('catalogue', () => {
  it('every code a requirement can carry has English and Japanese words', () => {
    const codes = new Set<string>();
    const r = evaluateRequirements({ report: base(), headers, hop: null, fcrdns: null });
    for (const q of r) {
      codes.add(q.code);
      codes.add(`req.${q.id}.title`);
      codes.add(`req.${q.id}.rule`);
      if (q.differs) codes.add(q.differs);
      codes.add(`req.status.${q.status}`);
      codes.add(`req.scope.${q.scope}`);
    }
    for (const c of codes) {
      expect(EN_CATALOGUE, c).toHaveProperty([c]);
      expect(ja, c).toHaveProperty([c]);
    }
  });
});
