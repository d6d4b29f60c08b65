// The CLI's `domain` command through the DoH fixture server (both DoH formats), and its usage errors.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startDohServer, type DohServer } from '../../support/doh-server.ts';
import { readShared, repoRoot } from '../../support/shared.ts';
import { isDomainCommand, runDomainCli } from '../../../src/cli-domain.ts';
import type { Zone } from '../../../src/lib/dns/zone.ts';

const run = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: x.code ?? 1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

describe('CLI domain command', () => {
  let doh: DohServer;
  beforeAll(async () => {
    doh = await startDohServer({ zones: JSON.parse(readShared('samples/ses-before-custom-mail-from.zone.json')) as Zone });
  });
  afterAll(async () => {
    await doh.close();
  });

  for (const format of ['json', 'wire'] as const) {
    it(`domain example.jp --service amazon-ses --region ap-northeast-1 (${format})`, async () => {
      const before = doh.requests.length;
      const r = await cli(['--doh', doh.url, '--doh-format', format, 'domain', 'example.jp', '--service', 'amazon-ses', '--region', 'ap-northeast-1']);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ version: 1, domain: 'example.jp', service: { id: 'amazon-ses', region: 'ap-northeast-1' } });
      expect(out.dmarc).toMatchObject({ result: 'found', recordDomain: '_dmarc.example.jp', record: 'v=DMARC1; p=none; rua=mailto:dmarc@example.jp', policy: 'none' });
      expect(out.spf).toMatchObject({ record: 'v=spf1 include:amazonses.com ~all', lookups: 1 });
      expect(out.dkim.map((k: { selector: string }) => k.selector)).toContain('google');
      expect(out.mx).toEqual([]);
      expect(out.mtaSts.note).toBe('policy file not fetched: DNS only');
      const f = out.fixes.find((x: { problem: string }) => x.problem === 'spf-alignment');
      expect(f.records).toEqual([
        { type: 'MX', name: 'mail.example.jp', value: 'feedback-smtp.ap-northeast-1.amazonses.com', priority: 10, onlyRecord: true },
        { type: 'TXT', name: 'mail.example.jp', value: 'v=spf1 include:amazonses.com ~all' },
      ]);
      expect(f.check.status).toBe('missing');
      expect(out.fixExports.bind).toMatch(/mail\.example\.jp\.\s.*MX\s+10 feedback-smtp\.ap-northeast-1\.amazonses\.com\./);
      // the queries went through the fixture server, in the asked format
      const mine = doh.requests.slice(before);
      expect(mine.length).toBeGreaterThan(10);
      expect(mine.some((q) => q.name === '_mta-sts.example.jp' && q.type === 'TXT')).toBe(true);
      expect(mine.every((q) => (q.accept ?? '').includes(format === 'wire' ? 'dns-message' : 'dns-json'))).toBe(true);
    });
  }

  it('--lang ja and several selectors', async () => {
    const r = await cli(['--doh', doh.url, '--lang', 'ja', 'domain', 'Example.JP', '--selector', 'abcdefghijklmnopqrstuvwxyz234567,sel2', '--selector', 'sel3']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.domain).toBe('example.jp');
    expect(out.dkim.slice(0, 3).map((k: { selector: string; status: string }) => `${k.selector}:${k.status}`)).toEqual(['abcdefghijklmnopqrstuvwxyz234567:ok', 'sel2:none', 'sel3:none']);
    expect(out.steps.find((s: { id: string }) => s.id === 'domain-dmarc').title).toBe('DMARC レコード');
  });

  const USAGE = [
    { args: ['domain'], msg: /needs a DOMAIN/ },
    { args: ['domain', 'not a domain'], msg: /not a domain name/ },
    { args: ['domain', 'example.jp', '--service', 'nope'], msg: /--service is one of/ },
    { args: ['domain', 'example.jp', '--region', 'moon'], msg: /not a region name/ },
    { args: ['domain', 'example.jp', '--selector', 'a b'], msg: /not a DKIM selector/ },
    { args: ['domain', 'example.jp', 'example.com'], msg: /one DOMAIN at a time/ },
    { args: ['domain', 'example.jp', '--bogus'], msg: /unknown option/ },
  ];
  // in-process (the same function src/cli.ts calls), and once through the real entry point
  it.each(USAGE)('usage error: $args', async ({ args, msg }) => {
    let stdout = '';
    let stderr = '';
    const code = await runDomainCli(args, (s) => (stdout += s), (s) => (stderr += s));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(msg);
  });
  it('a usage error exits with 2 from the command line', async () => {
    const r = await cli(['domain', 'example.jp', '--service', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--service is one of/);
  });

  it.each([
    [['domain', 'x.example'], true],
    [['--doh', 'http://x', 'domain', 'x.example'], true],
    [['--doh', 'domain', 'msg.eml'], false],
    [['msg.eml'], false],
    [['spf', '--ip', '1.2.3.4'], false],
    [['--batch', 'domain'], false],
  ] as [string[], boolean][])('isDomainCommand(%j) = %s', (argv, yes) => {
    expect(isDomainCommand(argv)).toBe(yes);
  });
});
