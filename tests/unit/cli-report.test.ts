// The CLI's message mode against the DoH fixture server: the report JSON contract (DESIGN.md)
// for the two SES samples, in both DoH formats, and through --batch.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { haveShared, readShared, sharedPath, repoRoot } from '../support/shared.ts';
import type { Zone } from '../../src/lib/dns/zone.ts';

const run = promisify(execFile);
const have = haveShared('samples');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: x.code ?? 1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

const CASES = [
  {
    name: 'before the fix',
    eml: 'samples/ses-before-custom-mail-from.eml',
    zone: 'samples/ses-before-custom-mail-from.zone.json',
    mailFrom: 'ap-northeast-1.amazonses.com',
    spfAligned: false,
    fixProblems: ['spf-alignment'],
  },
  {
    name: 'after the fix',
    eml: 'samples/ses-after-custom-mail-from.eml',
    zone: 'samples/ses-after-custom-mail-from.zone.json',
    mailFrom: 'mail.example.jp',
    spfAligned: true,
    fixProblems: [],
  },
];

describe.skipIf(!have)('CLI report for the SES samples', () => {
  const servers = new Map<string, DohServer>();
  beforeAll(async () => {
    for (const c of CASES) servers.set(c.zone, await startDohServer({ zones: JSON.parse(readShared(c.zone)) as Zone }));
  });
  afterAll(async () => {
    for (const s of servers.values()) await s.close();
  });

  for (const format of ['json', 'wire'] as const) {
    it.each(CASES)(`$name (${format})`, async (c) => {
      const doh = servers.get(c.zone)!;
      const before = doh.requests.length;
      const r = await cli(['--doh', doh.url, '--doh-format', format, sharedPath(c.eml)]);
      expect(r.code, r.stderr).toBe(0);
      const rep = JSON.parse(r.stdout);
      expect(rep.version).toBe(1);
      expect(rep.from).toMatchObject({ domain: 'example.jp', domains: ['example.jp'] });
      expect(rep.mailFrom).toMatchObject({ domain: c.mailFrom, source: 'return-path' });
      expect(rep.spf).toMatchObject({ result: 'pass', domain: c.mailFrom, clientIp: '54.240.27.10', aligned: c.spfAligned, source: 'ours' });
      expect(rep.spf.lookups).toBeGreaterThanOrEqual(1);
      // our own DKIM verification: two passing signatures, one aligned (d=example.jp)
      expect(rep.dkim.map((k: { result: string }) => k.result)).toEqual(['pass', 'pass']);
      expect(rep.dkim.every((k: { source: string; bodyHash: string }) => k.source === 'ours' && k.bodyHash === 'pass')).toBe(true);
      expect(rep.dkim.filter((k: { aligned: boolean }) => k.aligned).map((k: { d: string }) => k.d)).toEqual(['example.jp']);
      expect(rep.dmarc).toMatchObject({ result: 'pass', recordDomain: '_dmarc.example.jp', spfAligned: c.spfAligned, dkimAligned: true });
      expect(rep.dmarc.policy).toBe('none');
      expect(rep.provider).toMatchObject({ id: 'amazon-ses', region: 'ap-northeast-1' });
      const alignmentFixes = rep.fixes.filter((f: { problem: string }) => /alignment/.test(f.problem)).map((f: { problem: string }) => f.problem);
      expect(alignmentFixes).toEqual(c.fixProblems);
      if (c.fixProblems.includes('spf-alignment')) {
        const f = rep.fixes.find((x: { problem: string }) => x.problem === 'spf-alignment');
        expect(f.provider).toBe('amazon-ses');
        expect(f.records).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ type: 'MX', name: 'mail.example.jp', value: 'feedback-smtp.ap-northeast-1.amazonses.com', priority: 10 }),
            expect.objectContaining({ type: 'TXT', name: 'mail.example.jp', value: 'v=spf1 include:amazonses.com ~all' }),
          ]),
        );
        for (const rec of f.records) if (rec.type !== 'MX') expect(rec.priority).toBeUndefined();
      }
      expect(rep.receiver[0]).toMatchObject({ authservId: 'mx.google.com', spf: 'pass', dmarc: 'pass' });
      expect(rep.dns.length).toBeGreaterThan(0);
      // no name/type asked twice within one analysis
      const asked = doh.requests.slice(before).map((q) => `${q.name}/${q.type}`);
      expect(new Set(asked).size).toBe(asked.length);
      // only names: every query carried a domain name and a type
      expect(asked.every((a) => /^[a-z0-9._-]+\/[A-Z]+$/i.test(a))).toBe(true);
    });
  }

  it('a report larger than a pipe buffer reaches the reader whole (it was cut at 65,536 bytes)', async () => {
    const doh = servers.get(CASES[0]!.zone)!;
    const filler = Array.from({ length: 400 }, (_, i) => `X-Filler-${i}: ${'v'.repeat(200)}`).join('\r\n');
    const dir = mkdtempSync(join(tmpdir(), 'cli-big-'));
    const file = join(dir, 'big.eml');
    writeFileSync(file, `${filler}\r\n${readShared(CASES[0]!.eml)}`);
    const r = await cli(['--doh', doh.url, file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100_000);
    expect(JSON.parse(r.stdout).headers.length).toBeGreaterThan(400);
  });

  it('--batch gives one line per request, in order, with an error line for a bad one', async () => {
    const doh = servers.get(CASES[0]!.zone)!;
    const dir = mkdtempSync(join(tmpdir(), 'batch-'));
    const file = join(dir, 'req.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ message: sharedPath(CASES[0]!.eml) }),
        JSON.stringify({ spf: { ip: '54.240.27.10', mailFrom: 'x@ap-northeast-1.amazonses.com', helo: 'e27-10.smtp-out.ap-northeast-1.amazonses.com' } }),
        JSON.stringify({ message: join(dir, 'missing.eml') }),
        '{not json',
      ].join('\n'),
    );
    const r = await cli(['--doh', doh.url, '--batch', file]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].dmarc.result).toBe('pass');
    expect(lines[1].result).toBe('pass');
    expect(typeof lines[1].explanation).toBe('string');
    expect(typeof lines[1].lookups).toBe('number');
    expect(lines[2].error).toMatch(/missing\.eml|ENOENT/);
    expect(lines[3].error).toBeTruthy();
  });

  it('--lang ja: the repairs made to the paste are in Japanese in the report JSON, with the same codes', async () => {
    const doh = servers.get(CASES[0]!.zone)!;
    const dir = mkdtempSync(join(tmpdir(), 'repairs-'));
    const file = join(dir, 'pasted.eml');
    // what a careless copy gives: blank lines, an mbox separator, a continuation line that lost its indentation, LF
    writeFileSync(file, '\n\nFrom sender@example.jp Sat May 18 05:22:57 2024\nReceived: from x\nby mx.example with ESMTP;\nFrom: a@example.jp\nSubject: hi\n\nbody\n');
    const [en, ja] = await Promise.all([cli(['--doh', doh.url, file]), cli(['--doh', doh.url, '--lang', 'ja', file])]);
    expect(en.code, en.stderr).toBe(0);
    expect(ja.code, ja.stderr).toBe(0);
    const repairs = (r: { stdout: string }) => (JSON.parse(r.stdout) as { input: { repairs: { code: string; message: string }[] } }).input.repairs;
    const codes = ['line-endings', 'leading-blank', 'mbox-from', 'lost-indentation'];
    expect(repairs(en).map((r) => r.code)).toEqual(codes);
    expect(repairs(ja).map((r) => r.code)).toEqual(codes);
    expect(repairs(en).map((r) => r.message)).toEqual([
      'Line endings were converted from LF to CRLF, as they are on the wire.',
      'Removed 2 blank line(s) before the first header.',
      'Removed the mbox "From " separator line at the top.',
      expect.stringMatching(/^1 line\(s\) in the header block did not start a header/),
    ]);
    expect(repairs(ja).map((r) => r.message)).toEqual([
      '改行コードを LF から、配送時と同じ CRLF に変換しました。',
      '最初のヘッダーより前の空行（2 行）を削除しました。',
      '先頭の mbox 区切り行（「From 」で始まる行）を削除しました。',
      expect.stringMatching(/^ヘッダー部分の 1 行は/),
    ]);
  }, 60_000); // two CLI start-ups

  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const BAD: { name: string; bytes: () => Uint8Array; expect: RegExp }[] = [
    { name: 'empty text', bytes: () => new Uint8Array(0), expect: /Nothing to analyse/ },
    { name: 'random binary', bytes: () => Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256), expect: /binary data|No header fields/ },
    { name: 'no From', bytes: () => new TextEncoder().encode('Subject: hi\nTo: a@b.example\n\nbody\n'), expect: /no From header/ },
    { name: 'two From', bytes: () => new TextEncoder().encode('From: a@x.example\nFrom: b@y.example\nSubject: hi\n\nbody\n'), expect: /2 From headers/ },
    { name: '100 KB header line', bytes: () => new TextEncoder().encode(`From: a@b.example\nX-Long: ${'a'.repeat(100_000)}\n\nbody\n`), expect: /X-Long/ },
    { name: 'HTML in header values', bytes: () => new TextEncoder().encode(`From: "${hostile}" <a@b.example>\nSubject: ${hostile}\nAuthentication-Results: ${hostile}; spf=pass\n\nbody\n`), expect: /Authentication-Results/ },
    { name: '20 MB message', bytes: () => new TextEncoder().encode(readShared(CASES[0]!.eml) + ('x'.repeat(76) + '\r\n').repeat((20 * 1024 * 1024) / 78)), expect: /large message/i },
  ];
  it.each(BAD)('bad input through the CLI: $name gives a report with a clear message', async (c) => {
    const doh = servers.get(CASES[0]!.zone)!;
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    const file = join(dir, 'bad.eml');
    writeFileSync(file, c.bytes());
    const r = await cli(['--doh', doh.url, file]);
    expect(r.code, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.version).toBe(1);
    expect(rep.problems.map((p: { message: string }) => p.message).join('\n')).toMatch(c.expect);
  }, 60_000);

  it('usage errors exit non-zero', async () => {
    expect((await cli([])).code).not.toBe(0);
    expect((await cli(['--doh-format', 'xml', 'a.eml'])).code).not.toBe(0);
    expect((await cli(['--bogus'])).code).not.toBe(0);
  }, 60_000); // three CLI start-ups
});
