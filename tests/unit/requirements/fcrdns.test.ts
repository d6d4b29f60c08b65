// Forward-confirmed reverse DNS, step by step: reverse names (in-addr.arpa, ip6.arpa), the PTR,
// then A/AAAA of each PTR name back to the address; which step failed is named.
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { checkFcrdns, reverseName, startFcrdns, type FcrdnsOutcome } from '../../../src/lib/requirements/index.ts';

const V6 = '2001:db8:10:20::25';
const V6REV = '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.0.0.0.1.0.0.8.b.d.0.1.0.0.2.ip6.arpa';

describe('reverseName', () => {
  it.each([
    ['54.240.27.10', '10.27.240.54.in-addr.arpa'],
    ['[54.240.27.10]', '10.27.240.54.in-addr.arpa'],
    ['::ffff:54.240.27.10', '10.27.240.54.in-addr.arpa'],
    [V6, V6REV],
    ['IPv6:2001:db8:10:20::25', V6REV],
    ['not an ip', null],
  ])('%s → %s', (ip, rev) => expect(reverseName(ip)).toBe(rev));
});

interface Row { name: string; ip: string; zone: Zone; outcome: FcrdnsOutcome; confirmed?: string }
const rows: Row[] = [
  { name: 'IPv4 confirmed', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { PTR: ['mail.example.com'] }, 'mail.example.com': { A: ['45.67.89.10'] } }, outcome: 'confirmed', confirmed: 'mail.example.com' },
  { name: 'IPv4, second PTR name confirms', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { PTR: ['old.example.com', 'mail.example.com'] }, 'mail.example.com': { A: ['45.67.89.10'] } }, outcome: 'confirmed', confirmed: 'mail.example.com' },
  { name: 'IPv4 through a CNAME', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { PTR: ['mail.example.com'] }, 'mail.example.com': { CNAME: ['host.example.net'] }, 'host.example.net': { A: ['45.67.89.10'] } }, outcome: 'confirmed', confirmed: 'mail.example.com' },
  { name: 'IPv6 confirmed (ip6.arpa, AAAA)', ip: '2a01:4f8:10:20::25', zone: { [reverseName('2a01:4f8:10:20::25')!]: { PTR: ['mail6.example.com'] }, 'mail6.example.com': { AAAA: ['2a01:4f8:10:20:0:0:0:25'] } }, outcome: 'confirmed', confirmed: 'mail6.example.com' },
  { name: 'IPv6 name has only an A record', ip: '2a01:4f8:10:20::25', zone: { [reverseName('2a01:4f8:10:20::25')!]: { PTR: ['mail6.example.com'] }, 'mail6.example.com': { A: ['45.67.89.10'] } }, outcome: 'name-unresolved' },
  { name: 'no PTR (NXDOMAIN)', ip: '45.67.89.10', zone: {}, outcome: 'no-ptr' },
  { name: 'no PTR (NODATA)', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { TXT: [['x']] } }, outcome: 'no-ptr' },
  { name: 'PTR name NXDOMAIN', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { PTR: ['ghost.example.com'] } }, outcome: 'name-unresolved' },
  { name: 'PTR name resolves elsewhere', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { PTR: ['mail.example.com'] }, 'mail.example.com': { A: ['45.67.89.11'] } }, outcome: 'name-mismatch' },
  { name: 'PTR SERVFAIL', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { SERVFAIL: true } }, outcome: 'ptr-failed' },
  { name: 'forward lookup times out', ip: '45.67.89.10', zone: { '10.89.67.45.in-addr.arpa': { PTR: ['mail.example.com'] }, 'mail.example.com': { TIMEOUT: true } }, outcome: 'forward-failed' },
  { name: 'private address', ip: '10.1.2.3', zone: {}, outcome: 'not-public' },
  { name: 'documentation address', ip: '192.0.2.1', zone: {}, outcome: 'not-public' },
  { name: 'not an address', ip: 'mail.example.com', zone: {}, outcome: 'bad-ip' },
];

describe('checkFcrdns', () => {
  it.each(rows)('$name → $outcome', async (row) => {
    const r = await checkFcrdns(row.ip, new ZoneResolver(row.zone));
    expect(r.outcome).toBe(row.outcome);
    if (row.confirmed) expect(r.confirmedName).toBe(row.confirmed);
  });

  it('asks nothing offline or without an IP', () => {
    const z = new ZoneResolver({});
    expect(startFcrdns(null, z)).toBeNull();
    expect(startFcrdns('45.67.89.10', z, true)).toBeNull();
  });

  it('follows at most 10 PTR names', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `n${i}.example.com`);
    const r = await checkFcrdns('45.67.89.10', new ZoneResolver({ '10.89.67.45.in-addr.arpa': { PTR: names } }));
    expect(r.names).toHaveLength(10);
    expect(r.outcome).toBe('name-unresolved');
  });

  it('a resolver that throws is an ERROR, not a crash', async () => {
    const r = await checkFcrdns('45.67.89.10', { query: () => Promise.reject(new Error('boom')) });
    expect(r.outcome).toBe('ptr-failed');
    expect(r.ptrStatus).toBe('ERROR');
  });
});
