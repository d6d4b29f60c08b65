// DNS not reached at all (every query a network error) is shown as offline; anything that reached a
// resolver (an answer, SERVFAIL, an HTTP error, a timeout among answers) is not.
import { describe, expect, it } from 'vitest';
import { dnsUnreachable } from '../../../src/lib/report/unreachable.ts';

const net = { name: 'example.jp', type: 'TXT', status: 'ERROR', error: '127.0.0.1:8053: network error or blocked by CORS (Failed to fetch)' };
describe('dnsUnreachable', () => {
  it.each([
    ['every query a network error', [net, { ...net, name: '_dmarc.example.jp' }], true],
    ['no query at all', [], false],
    ['one answer among them', [net, { name: 'x.example', type: 'TXT', status: 'NOERROR' }], false],
    ['an HTTP error reached the endpoint', [{ ...net, error: 'dns.example: HTTP 403' }], false],
    ['SERVFAIL is an answer', [{ name: 'x.example', type: 'TXT', status: 'SERVFAIL' }], false],
    ['cached answers do not count, the asked ones all failed', [net, { name: 'y.example', type: 'TXT', status: 'NOERROR', cached: true }], true],
  ])('%s', (_n, dns, want) => {
    expect(dnsUnreachable(dns)).toBe(want);
  });
});
