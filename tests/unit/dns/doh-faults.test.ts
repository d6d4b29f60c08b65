// The DohResolver against the fixture server over 127.0.0.1, both formats: one table of faults,
// each run with the faulty endpoint alone and with a healthy fallback behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DohResolver, type DohFormat } from '../../../src/lib/dns/doh.ts';
import type { DnsStatus } from '../../../src/lib/dns/types.ts';
import type { Zone } from '../../../src/lib/dns/zone.ts';
import { startDohServer, type DohServer, type FaultKind } from '../../support/doh-server.ts';

const zone: Zone = {
  'ok.example': { TXT: [['v=spf1 ', 'ip4:192.0.2.0/24 -all']], A: ['192.0.2.1'] },
  'nodata.example': { A: ['192.0.2.2'] },
  'slow.example': { TIMEOUT: true },
};
const TIMEOUT_MS = 300;

let faulty: DohServer;
let healthy: DohServer;
let closedUrl: string;

beforeAll(async () => {
  faulty = await startDohServer({ zones: zone });
  healthy = await startDohServer({ zones: zone });
  // port 2 on loopback (below the ephemeral range, not on fetch's blocked-port list): nothing
  // listens there, so the connection is refused, like no network. A server closed for the purpose
  // would free a port that a parallel test file may be given next.
  closedUrl = 'http://127.0.0.1:2/dns-query';
});
afterAll(async () => {
  await faulty.close();
  await healthy.close();
});

interface Row {
  what: string;
  fault?: FaultKind;
  name?: string;
  /** use a URL nobody listens on instead of the faulty server */
  offline?: boolean;
  alone: { status: DnsStatus; error?: RegExp; wireError?: RegExp };
  /** with a healthy fallback: the status, and whether the fallback was asked */
  withFallback: { status: DnsStatus; fallbackAsked: boolean };
}

const rows: Row[] = [
  { what: 'a good answer', alone: { status: 'NOERROR' }, withFallback: { status: 'NOERROR', fallbackAsked: false } },
  { what: 'NXDOMAIN is final', name: 'absent.example', alone: { status: 'NXDOMAIN' }, withFallback: { status: 'NXDOMAIN', fallbackAsked: false } },
  { what: 'NODATA is final', name: 'nodata.example', alone: { status: 'NOERROR' }, withFallback: { status: 'NOERROR', fallbackAsked: false } },
  { what: 'timeout', fault: 'timeout', alone: { status: 'TIMEOUT', error: /no answer within 300 ms/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'zone TIMEOUT entry', name: 'slow.example', alone: { status: 'TIMEOUT', error: /no answer within/ }, withFallback: { status: 'TIMEOUT', fallbackAsked: true } },
  { what: 'SERVFAIL is retried once on the fallback', fault: 'servfail', alone: { status: 'SERVFAIL', error: /SERVFAIL/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'HTTP 429', fault: 'http429', alone: { status: 'ERROR', error: /HTTP 429.*rate limited/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'HTTP 500', fault: 'http500', alone: { status: 'ERROR', error: /HTTP 500.*server error/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'garbage body', fault: 'garbage-json', alone: { status: 'ERROR', error: /not JSON/, wireError: /truncated or malformed/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'truncated body', fault: 'truncated-json', alone: { status: 'ERROR', error: /truncated or malformed/, wireError: /truncated or malformed/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'wrong content-type', fault: 'wrong-content-type', alone: { status: 'ERROR', error: /wrong content-type "text\/html"/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'dropped connection', fault: 'drop', alone: { status: 'ERROR', error: /network error or blocked by CORS/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
  { what: 'no network (connection refused)', offline: true, alone: { status: 'ERROR', error: /network error or blocked by CORS/ }, withFallback: { status: 'NOERROR', fallbackAsked: true } },
];

describe.each<DohFormat>(['json', 'wire'])('DohResolver (%s) against the fixture server', (format) => {
  const resolver = (endpoints: string[]) => new DohResolver({ endpoints, format, timeoutMs: TIMEOUT_MS });

  it.each(rows)('$what', async (row) => {
    const name = row.name ?? 'ok.example';
    faulty.setFaults(row.fault ? { [name]: row.fault } : undefined);
    const primary = row.offline ? closedUrl : faulty.url;

    const alone = await resolver([primary]).query(name, 'TXT');
    expect(alone.status).toBe(row.alone.status);
    const wantError = format === 'wire' ? row.alone.wireError ?? row.alone.error : row.alone.error;
    if (wantError) expect(alone.error).toMatch(wantError);
    expect(alone.attempts).toHaveLength(1);

    const before = healthy.requests.length;
    const both = await resolver([primary, healthy.url]).query(name, 'TXT');
    expect(both.status).toBe(row.withFallback.status);
    expect(healthy.requests.length > before).toBe(row.withFallback.fallbackAsked);
    if (row.withFallback.status === 'NOERROR') {
      expect(both.server).toBe(row.withFallback.fallbackAsked ? healthy.url : primary);
    }
    if (both.status === 'NOERROR' && name === 'ok.example') {
      expect(both.answers).toEqual([
        { name: 'ok.example', type: 'TXT', ttl: 300, data: 'v=spf1 ip4:192.0.2.0/24 -all', strings: ['v=spf1 ', 'ip4:192.0.2.0/24 -all'] },
      ]);
    }
    expect(both.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('reports every endpoint when all fail', async () => {
    faulty.setFaults({ '*': 'http500' });
    const r = await resolver([faulty.url, closedUrl]).query('ok.example', 'A');
    expect(r.status).toBe('ERROR');
    expect(r.error).toMatch(/127\.0\.0\.1:\d+: HTTP 500.*; 127\.0\.0\.1:\d+: network error/);
    expect(r.attempts.map((a) => a.status)).toEqual(['ERROR', 'ERROR']);
  });

  it('answers a timeout later when the fault has afterMs (within the timeout)', async () => {
    faulty.setFaults({ 'ok.example': { kind: 'timeout', afterMs: 50 } });
    const r = await resolver([faulty.url]).query('ok.example', 'A');
    expect(r).toMatchObject({ status: 'NOERROR', answers: [{ data: '192.0.2.1' }] });
    expect(r.elapsedMs).toBeGreaterThanOrEqual(45);
  });

  it('the no-cors fault still answers (Node fetch does not enforce CORS)', async () => {
    faulty.setFaults({ '*': 'no-cors' });
    expect((await resolver([faulty.url]).query('ok.example', 'A')).status).toBe('NOERROR');
  });

  it('sends the accept header of its format', async () => {
    faulty.setFaults(undefined);
    await resolver([faulty.url]).query('ok.example', 'A');
    expect(faulty.requests.at(-1)).toMatchObject({
      method: 'GET',
      name: 'ok.example',
      type: 'A',
      accept: format === 'json' ? 'application/dns-json' : 'application/dns-message',
    });
  });
});
