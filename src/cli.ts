// Command-line entry: the same src/lib code as the page, with Node's fetch for DNS-over-HTTPS.
//   analyze [--doh URL] [--doh-format json|wire] MESSAGE.eml          → the report JSON
//   analyze [--doh URL] spf --ip IP --mail-from ADDR --helo NAME      → an SPF result JSON
//   analyze [--doh URL] --batch REQUESTS.jsonl                        → one JSON result per line
import { readFileSync } from 'node:fs';
import { AnalysisSession, type DnsConfig } from './lib/report/session.ts';
import { checkSpf } from './lib/spf/index.ts';
import type { Lang } from './lib/i18n/index.ts';
import { runDomainCli, DOMAIN_USAGE } from './cli-domain.ts';

const USAGE = `usage:
  npm run --silent analyze -- [--doh URL] [--doh-format json|wire] [--lang en|ja] MESSAGE.eml
  npm run --silent analyze -- [--doh URL] spf --ip IP --mail-from ADDR --helo NAME
  npm run --silent analyze -- [--doh URL] --batch REQUESTS.jsonl
${DOMAIN_USAGE}`;

class UsageError extends Error {}

interface Args {
  doh?: string;
  format: 'json' | 'wire';
  lang: Lang;
  batch?: string;
  spf?: { ip?: string; mailFrom?: string; helo?: string };
  files: string[];
  now?: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { format: 'json', lang: 'en', files: [] };
  const need = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    switch (x) {
      case '--doh': a.doh = need(i, x); i++; break;
      case '--doh-format': {
        const f = need(i, x); i++;
        if (f !== 'json' && f !== 'wire') throw new UsageError('--doh-format is json or wire');
        a.format = f;
        break;
      }
      case '--lang': {
        const l = need(i, x); i++;
        if (l !== 'en' && l !== 'ja') throw new UsageError('--lang is en or ja');
        a.lang = l;
        break;
      }
      case '--now': a.now = Number(need(i, x)); i++; break;
      case '--batch': a.batch = need(i, x); i++; break;
      case 'spf': a.spf = a.spf ?? {}; break;
      case '--ip': (a.spf ??= {}).ip = need(i, x); i++; break;
      case '--mail-from': (a.spf ??= {}).mailFrom = need(i, x); i++; break;
      case '--helo': (a.spf ??= {}).helo = need(i, x); i++; break;
      case '-h': case '--help': throw new UsageError('');
      default:
        if (x.startsWith('--')) throw new UsageError(`unknown option ${x}`);
        a.files.push(x);
    }
  }
  const modes = [a.batch !== undefined, a.spf !== undefined, a.files.length > 0].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('give one MESSAGE file, or spf ..., or --batch FILE');
  if (a.files.length > 1) throw new UsageError('one MESSAGE file at a time (use --batch for several)');
  if (a.spf && (a.spf.ip === undefined || a.spf.helo === undefined && a.spf.mailFrom === undefined)) throw new UsageError('spf needs --ip and --mail-from and/or --helo');
  return a;
}

async function runSpf(session: AnalysisSession, req: { ip?: string; mailFrom?: string; helo?: string }) {
  if (!req.ip) throw new Error('spf request needs "ip"');
  const r = await checkSpf({ ip: req.ip, mailFrom: req.mailFrom ?? '', helo: req.helo ?? '' }, session.resolver);
  return r;
}

async function runMessage(session: AnalysisSession, path: string, a: Args) {
  const bytes = new Uint8Array(readFileSync(path));
  return session.analyze(bytes, { lang: a.lang, now: a.now });
}

async function main(): Promise<number> {
  const domainExit = await runDomainCli(process.argv.slice(2));
  if (domainExit !== null) return domainExit;
  let a: Args;
  try {
    a = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`error: ${e.message}\n`);
      process.stderr.write(USAGE + '\n');
      return e.message ? 2 : 0;
    }
    throw e;
  }
  const cfg: DnsConfig = { endpoints: a.doh ? [a.doh] : [], format: a.format };
  const session = new AnalysisSession(cfg);

  if (a.batch !== undefined) {
    let text: string;
    try {
      text = readFileSync(a.batch, 'utf8');
    } catch (e) {
      process.stderr.write(`error: cannot read ${a.batch}: ${(e as Error).message}\n`);
      return 2;
    }
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      let out: unknown;
      try {
        const req = JSON.parse(line) as { message?: string; spf?: { ip?: string; mailFrom?: string; helo?: string } };
        if (typeof req.message === 'string') out = await runMessage(session, req.message, a);
        else if (req.spf && typeof req.spf === 'object') out = await runSpf(session, req.spf);
        else out = { error: 'a batch line is {"message": PATH} or {"spf": {ip, mailFrom, helo}}' };
      } catch (e) {
        out = { error: e instanceof Error ? e.message : String(e) };
      }
      process.stdout.write(JSON.stringify(out) + '\n');
    }
    return 0;
  }
  if (a.spf) {
    process.stdout.write(JSON.stringify(await runSpf(session, a.spf), null, 2) + '\n');
    return 0;
  }
  try {
    process.stdout.write(JSON.stringify(await runMessage(session, a.files[0]!, a), null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
