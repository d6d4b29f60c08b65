// The CLI's spf mode and --batch against the DoH fixture server on 127.0.0.1, with the
// 15-lookup zone of the issue. The CLI runs as a child process (tsx src/cli.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { repoRoot } from '../support/shared.ts';
import { fifteenLookupZone, zoneData } from './spf/helpers.ts';

const run = promisify(execFile);
const TSX = resolve(repoRoot, 'node_modules/.bin/tsx');
const CLI = resolve(repoRoot, 'src/cli.ts');

let server: DohServer;
let dir: string;
beforeAll(async () => {
  const { txt, extra } = fifteenLookupZone();
  txt['small.example'] = 'v=spf1 include:_s1.fifteen.example -all';
  server = await startDohServer({ zones: zoneData(txt, extra), host: '127.0.0.1' });
  dir = mkdtempSync(join(tmpdir(), 'cli-spf-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface CliSpf {
  result: string;
  explanation: string;
  lookups: number;
  domain: string;
  identity: string;
  trace: { domain: string; terms: unknown[] };
  error?: string;
}

/** Runs the CLI without blocking this process (the fixture server lives here). */
async function cli(args: string[]): Promise<string> {
  const { stdout } = await run(TSX, [CLI, '--doh', server.url, ...args], { cwd: repoRoot, timeout: 60_000, maxBuffer: 16 << 20 });
  return stdout;
}

function spfArgs(ip: string, mailFrom: string, helo = 'mail.fifteen.example'): string[] {
  return ['spf', '--ip', ip, '--mail-from', mailFrom, '--helo', helo];
}

describe('CLI spf against the DoH fixture server', () => {
  it('--lang ja: the summary and problems in Japanese, the same result and explanation', async () => {
    const en = JSON.parse(await cli(spfArgs('203.0.113.9', 'user@fifteen.example'))) as CliSpf & { summary: string };
    const ja = JSON.parse(await cli(['--lang', 'ja', ...spfArgs('203.0.113.9', 'user@fifteen.example')])) as CliSpf & { summary: string };
    expect(ja.result).toBe(en.result);
    expect(ja.explanation).toBe(en.explanation);
    expect(en.summary).not.toMatch(/[\u3040-\u30ff]/u);
    expect(ja.summary).toMatch(/[\u3040-\u30ff]/u);
  });

  it('15-lookup record, unmatched address: permerror after 11 lookups', async () => {
    const before = server.requests.length;
    const r = JSON.parse(await cli(spfArgs('203.0.113.9', 'user@fifteen.example'))) as CliSpf;
    expect(r.result).toBe('permerror');
    expect(r.lookups).toBe(11);
    expect(r.explanation).toBe('');
    expect(r.domain).toBe('fifteen.example');
    expect(r.trace.domain).toBe('fifteen.example');
    // the answers came from the fixture server
    expect(server.requests.slice(before).some((q) => q.name === 'fifteen.example' && q.type === 'TXT')).toBe(true);
  }, 60_000);

  it('15-lookup record, address matched early: pass after 2 lookups', async () => {
    const r = JSON.parse(await cli(spfArgs('198.51.100.11', 'user@fifteen.example'))) as CliSpf;
    expect(r.result).toBe('pass');
    expect(r.lookups).toBe(2);
    expect(r.explanation).toBe('');
  }, 60_000);

  it('a fail carries the explanation', async () => {
    const r = JSON.parse(await cli(spfArgs('203.0.113.9', 'user@small.example'))) as CliSpf;
    expect(r.result).toBe('fail');
    expect(r.lookups).toBe(3);
    expect(r.explanation).toBe('small.example does not designate 203.0.113.9 as a permitted sender');
  }, 60_000);

  it('--batch: one JSON result per line, errors as {error}', async () => {
    const file = join(dir, 'requests.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ spf: { ip: '203.0.113.9', mailFrom: 'user@fifteen.example', helo: 'mail.fifteen.example' } }),
        '',
        JSON.stringify({ spf: { ip: '198.51.100.22', mailFrom: 'user@fifteen.example', helo: 'mail.fifteen.example' } }),
        JSON.stringify({ spf: { ip: '198.51.100.11', mailFrom: '', helo: 'fifteen.example' } }),
        '{not json',
      ].join('\n'),
    );
    const lines = (await cli(['--batch', file])).trim().split('\n').map((l) => JSON.parse(l) as CliSpf);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.result)).toEqual(['permerror', 'pass', 'pass', undefined]);
    expect(lines.map((l) => l.lookups)).toEqual([11, 6, 2, undefined]);
    expect(lines[2]!.identity).toBe('helo');
    for (const l of lines.slice(0, 3)) expect(typeof l.explanation).toBe('string');
    expect(lines[3]!.error).toMatch(/JSON/i);
  }, 60_000);
});
