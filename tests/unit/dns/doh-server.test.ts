// The fixture server itself: it must answer like Cloudflare (JSON) and like any RFC 8484
// server (wire), from a zone exactly as ZoneResolver reads it, and obey its controls.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dnsPacket from '@leichtgewicht/dns-packet';
import { DohResolver, type DohFormat } from '../../../src/lib/dns/doh.ts';
import type { RRType } from '../../../src/lib/dns/types.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { encodeQuery } from '../../../src/lib/dns/wire.ts';
import { mergeZones, startDohServer, type DohServer } from '../../support/doh-server.ts';
import { haveShared, readShared, repoRoot, sharedPath } from '../../support/shared.ts';

const TYPES: RRType[] = ['TXT', 'A', 'AAAA', 'MX', 'CNAME', 'PTR', 'NS', 'SPF'];
const FORMATS: DohFormat[] = ['json', 'wire'];

const long = 'k'.repeat(300);
const edgeZone: Zone = {
  'quotes.example': { TXT: [['say "hi" \\ back\\slash; semi']] },
  'multi.example': { TXT: [['v=spf1 ', 'include:a.example ', '-all'], ['second record']] },
  'chunks.example': { TXT: [['x'.repeat(255), 'y'.repeat(255), 'z']] },
  'utf8.example': { TXT: [['naïve café ✓ 日本']] },
  'ctrl.example': { TXT: [['tab\there\u0001\u007f']] },
  'empty.example': { TXT: [[''], []] },
  'old.example': { SPF: [['v=spf1 ', '-all']] },
  'www.example': { CNAME: ['Mid.Example.'] },
  'mid.example': { CNAME: ['end.example'] },
  'end.example': { A: ['192.0.2.7'], AAAA: ['2001:db8::7'], MX: [{ priority: 0, exchange: 'MX.End.Example.' }] },
  'loop1.example': { CNAME: ['loop2.example'] },
  'loop2.example': { CNAME: ['loop1.example'] },
  'rev.example': { PTR: ['host.example'], NS: ['ns1.example'] },
};

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zones: edgeZone });
});
afterAll(() => server.close());

function same(zone: Zone, name: string, type: RRType) {
  const { status, answers, chain } = new ZoneResolver(zone).lookup(name, type);
  return { status, answers, chain };
}

describe.each(FORMATS)('round trip through the fixture server (%s)', (format) => {
  const cases = Object.keys(edgeZone).flatMap((name) => TYPES.map((type) => ({ name, type })));
  it.each(cases)('$name $type', async ({ name, type }) => {
    const r = await new DohResolver({ endpoints: [server.url], format, timeoutMs: 2000 }).query(name, type);
    const want = same(edgeZone, name, type);
    if (name === 'chunks.example' || name === 'empty.example') {
      // over-long strings are split at 255 octets; a record with no strings gains none
      expect({ status: r.status, data: r.answers.map((a) => a.data), chain: r.chain }).toEqual({
        status: want.status,
        data: want.answers.map((a) => a.data),
        chain: want.chain,
      });
    } else {
      expect({ status: r.status, answers: r.answers, chain: r.chain }).toEqual(want);
    }
  });

  it('splits an over-long zone string into 255-octet character-strings', async () => {
    server.setZone({ 'long.example': { TXT: [[long]] } });
    try {
      const r = await new DohResolver({ endpoints: [server.url], format }).query('long.example', 'TXT');
      expect(r.answers[0]).toMatchObject({ data: long, strings: ['k'.repeat(255), 'k'.repeat(45)] });
    } finally {
      server.setZone(edgeZone);
    }
  });
});

describe('Cloudflare JSON shape', () => {
  it('quotes TXT strings, escapes, and lists the CNAME chain records first', async () => {
    const get = async (q: string) => (await fetch(`${server.url}?${q}`, { headers: { accept: 'application/dns-json' } })).json();
    expect(await get('name=quotes.example&type=TXT')).toMatchObject({
      Status: 0,
      AD: false,
      Question: [{ name: 'quotes.example', type: 16 }],
      Answer: [{ name: 'quotes.example', type: 16, TTL: 300, data: '"say \\"hi\\" \\\\ back\\\\slash; semi"' }],
    });
    expect((await get('name=multi.example&type=16')).Answer.map((a: { data: string }) => a.data)).toEqual([
      '"v=spf1 " "include:a.example " "-all"',
      '"second record"',
    ]);
    expect((await get('name=utf8.example&type=TXT')).Answer[0].data).toBe('"na\\195\\175ve caf\\195\\169 \\226\\156\\147 \\230\\151\\165\\230\\156\\172"');
    expect((await get('name=www.example&type=A')).Answer).toEqual([
      { name: 'www.example', type: 5, TTL: 300, data: 'mid.example.' },
      { name: 'mid.example', type: 5, TTL: 300, data: 'end.example.' },
      { name: 'end.example', type: 1, TTL: 300, data: '192.0.2.7' },
    ]);
    expect(await get('name=absent.example&type=A')).toMatchObject({ Status: 3 });
    expect(await get('name=end.example&type=TXT')).not.toHaveProperty('Answer');
  });

  it('serves /resolve like Google, and refuses a missing name', async () => {
    const base = server.url.replace('/dns-query', '');
    expect((await fetch(`${base}/resolve?name=end.example&type=MX`)).headers.get('content-type')).toBe('application/dns-json');
    expect((await fetch(`${base}/dns-query?type=A`)).status).toBe(400);
  });
});

describe('fixture server transport', () => {
  it('answers POST application/dns-message (RFC 8484 4.1)', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/dns-message', accept: 'application/dns-message' },
      body: Buffer.from(encodeQuery('end.example', 'AAAA')),
    });
    const p = dnsPacket.decode(new Uint8Array(await res.arrayBuffer()));
    expect(p.answers).toMatchObject([{ name: 'end.example', type: 'AAAA', data: '2001:db8::7' }]);
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', name: 'end.example', type: 'AAAA' });
  });

  it('sends CORS headers, answers preflights, and omits CORS under the no-cors fault', async () => {
    const pre = await fetch(server.url, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const ok = await fetch(`${server.url}?name=end.example&type=A`);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    server.setFaults({ 'end.example': 'no-cors' });
    try {
      const bare = await fetch(`${server.url}?name=end.example&type=A`);
      expect(bare.headers.get('access-control-allow-origin')).toBeNull();
      const other = await fetch(`${server.url}?name=mid.example&type=A`);
      expect(other.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      server.setFaults(undefined);
    }
  });

  it('adds the configured latency to every answer', async () => {
    server.setLatency(40);
    try {
      const t0 = performance.now();
      await fetch(`${server.url}?name=end.example&type=A`);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(38);
    } finally {
      server.setLatency(0);
    }
  });

  it('takes zones as a function, read at each query', async () => {
    let ip = '192.0.2.1';
    const s = await startDohServer({ zones: () => ({ 'f.example': { A: [ip] } }) });
    try {
      const r = new DohResolver({ endpoints: [s.url] });
      expect((await r.query('f.example', 'A')).answers[0]!.data).toBe('192.0.2.1');
      ip = '192.0.2.2';
      expect((await r.query('f.example', 'A')).answers[0]!.data).toBe('192.0.2.2');
    } finally {
      await s.close();
    }
  });

  it('switches zones, faults and latency through POST /__control', async () => {
    const s = await startDohServer({ zones: { 'c.example': { TXT: [['before']] } } });
    try {
      const r = new DohResolver({ endpoints: [s.url], timeoutMs: 500 });
      expect((await r.query('c.example', 'TXT')).answers[0]!.data).toBe('before');
      const post = (body: object) => fetch(s.url.replace('/dns-query', '/__control'), { method: 'POST', body: JSON.stringify(body) });
      expect((await post({ zones: [{ 'c.example': { TXT: [['after']] } }, { 'd.example': { A: ['192.0.2.9'] } }] })).status).toBe(200);
      expect((await r.query('c.example', 'TXT')).answers[0]!.data).toBe('after');
      expect((await r.query('d.example', 'A')).status).toBe('NOERROR');
      await post({ faults: { '*': 'http500' } });
      expect((await r.query('c.example', 'TXT')).status).toBe('ERROR');
      await post({ faults: null });
      expect((await r.query('c.example', 'TXT')).status).toBe('NOERROR');
      expect((await post({ nonsense: 1 })).status).toBe(200);
      expect((await fetch(s.url.replace('/dns-query', '/__control'), { method: 'POST', body: '{' })).status).toBe(400);
      const log = await (await fetch(s.url.replace('/dns-query', '/__requests'))).json();
      expect(log.filter((e: { name?: string }) => e.name === 'c.example')).toHaveLength(4);
    } finally {
      await s.close();
    }
  });

  it('close() ends requests that never get an answer', async () => {
    const s = await startDohServer({ zones: {}, faults: { '*': 'timeout' } });
    const pending = fetch(`${s.url}?name=x.example&type=A`).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 30));
    await s.close();
    expect(await pending).toBe('failed');
  });
});

describe('mergeZones', () => {
  it('later zones win per name and type, names compared case-insensitively', () => {
    expect(
      mergeZones({ 'A.example.': { TXT: [['old']], A: ['192.0.2.1'] } }, { 'a.example': { TXT: [['new']] } }),
    ).toEqual({ 'a.example': { TXT: [['new']], A: ['192.0.2.1'] } });
  });
});

describe('shared sample zones served over DoH agree with ZoneResolver', () => {
  const present = haveShared('samples');
  const files = present ? readdirSync(sharedPath('samples')).filter((f) => f.endsWith('.zone.json')) : [];
  it.skipIf(!present)('found sample zones', () => expect(files.length).toBeGreaterThan(0));
  describe.each(files)('%s', (file) => {
    const zone = present ? (JSON.parse(readShared(`samples/${file}`)) as Zone) : {};
    it.each(FORMATS)('every name and type (%s)', async (format) => {
      const s = await startDohServer({ zones: zone });
      try {
        const r = new DohResolver({ endpoints: [s.url], format });
        for (const name of [...Object.keys(zone), 'absent.invalid']) {
          for (const type of TYPES) {
            const got = await r.query(name, type);
            expect({ status: got.status, answers: got.answers, chain: got.chain }, `${name} ${type}`).toEqual(same(zone, name, type));
          }
        }
      } finally {
        await s.close();
      }
    });
  });
});

describe('doh-server-cli', () => {
  it.skipIf(!haveShared('samples'))('merges --zone files, prints the URL, and serves them', async () => {
    const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
    const child = spawn(tsx, [
      resolve(repoRoot, 'tests/support/doh-server-cli.ts'),
      '--port', '0',
      '--zone', sharedPath('samples/ses-before-custom-mail-from.zone.json'),
      '--zone', sharedPath('samples/ses-after-custom-mail-from.zone.json'),
      '--latency', '5',
    ]);
    try {
      const url = await new Promise<string>((res, rej) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const line = out.split('\n')[0];
          if (out.includes('\n')) res(line!.trim());
        });
        child.on('exit', (code) => rej(new Error(`exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dns-query$/);
      const r = new DohResolver({ endpoints: [url] });
      // present only in the "after" zone: the merge kept both
      expect((await r.query('mail.example.jp', 'MX')).answers[0]?.exchange).toBe('feedback-smtp.ap-northeast-1.amazonses.com');
      expect((await r.query('amazonses.com', 'TXT')).status).toBe('NOERROR');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('exits with a usage error on a bad argument', async () => {
    const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
    const child = spawn(tsx, [resolve(repoRoot, 'tests/support/doh-server-cli.ts'), '--port', 'x']);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((res) => child.on('exit', res));
    expect(code).toBe(2);
    expect(err).toMatch(/bad --port/);
  });
});
