// Command-line entry: the same src/lib code as the page, with Node's fetch for DNS-over-HTTPS.
//   analyze [--doh URL] [--doh-format json|wire] MESSAGE.eml          → the report JSON
//   analyze [--doh URL] spf --ip IP --mail-from ADDR --helo NAME      → an SPF result JSON
//   analyze [--doh URL] --batch REQUESTS.jsonl                        → one JSON result per line
import { readFileSync } from 'node:fs';
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { AnalysisSession, type DnsConfig } from './lib/report/session.ts';
import { checkSpf } from './lib/spf/index.ts';
import type { Lang } from './lib/i18n/core.ts';
import { runDomainCli, DOMAIN_USAGE } from './cli-domain.ts';
import { loadTexts } from './lib/i18n/tr.ts';

const USAGE = `usage:
  npm run --silent analyze -- [--doh URL] [--doh-format json|wire] [--lang en|ja] MESSAGE.eml
  npm run --silent analyze -- [--doh URL] [--lang en|ja] spf --ip IP --mail-from ADDR --helo NAME
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

/** Options valid anywhere: before a subcommand, after it, or with a MESSAGE file. */
const GLOBAL_OPTIONS = {
  doh: { type: 'string' },
  'doh-format': { type: 'string' },
  lang: { type: 'string' },
  now: { type: 'string' },
  batch: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const SPF_OPTIONS = {
  ip: { type: 'string' },
  'mail-from': { type: 'string' },
  helo: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Subcommands: the first positional argument with one of these names. A new subcommand (e.g.
 *  `domain`, in its own module) adds its name here and a branch in main(). */
const SUBCOMMANDS = ['spf'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** Splits argv at the subcommand name, if any: [global part, subcommand, its arguments]. */
function splitSubcommand(argv: string[]): [string[], Subcommand | undefined, string[]] {
  const { tokens } = parseNodeArgs({ args: argv, options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional' && (SUBCOMMANDS as readonly string[]).includes(t.value)) {
      return [argv.slice(0, t.index), t.value as Subcommand, argv.slice(t.index + 1)];
    }
  }
  return [argv, undefined, []];
}

function strictParse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, positionals: boolean) {
  try {
    return parseNodeArgs({ args, options, strict: true, allowPositionals: positionals });
  } catch (e) {
    // node's messages name the option ("Unknown option '--bogus'", "Option '--doh <value>' argument missing")
    throw new UsageError((e as Error).message.replace(/\. To specify a positional[\s\S]*$/, ''));
  }
}

function parseArgs(argv: string[]): Args {
  const [head, sub, rest] = splitSubcommand(argv);
  const g = strictParse(head, GLOBAL_OPTIONS, true);
  let v: Partial<Record<keyof typeof GLOBAL_OPTIONS | keyof typeof SPF_OPTIONS, string | boolean>> = g.values;
  const a: Args = { format: 'json', lang: 'en', files: g.positionals };
  if (sub === 'spf') {
    const s = strictParse(rest, { ...GLOBAL_OPTIONS, ...SPF_OPTIONS }, false);
    v = { ...v, ...s.values };
    a.spf = { ip: s.values.ip, mailFrom: s.values['mail-from'], helo: s.values.helo };
  }
  const str = (k: keyof typeof v): string | undefined => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  if (v.help) throw new UsageError('');
  a.doh = str('doh');
  a.batch = str('batch');
  const f = str('doh-format');
  if (f !== undefined) {
    if (f !== 'json' && f !== 'wire') throw new UsageError('--doh-format is json or wire');
    a.format = f;
  }
  const l = str('lang');
  if (l !== undefined) {
    if (l !== 'en' && l !== 'ja') throw new UsageError('--lang is en or ja');
    a.lang = l;
  }
  const now = str('now');
  if (now !== undefined) a.now = Number(now);
  const modes = [a.batch !== undefined, a.spf !== undefined, a.files.length > 0].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('give one MESSAGE file, or spf ..., or --batch FILE');
  if (a.files.length > 1) throw new UsageError('one MESSAGE file at a time (use --batch for several)');
  if (a.spf && (a.spf.ip === undefined || a.spf.helo === undefined && a.spf.mailFrom === undefined)) throw new UsageError('spf needs --ip and --mail-from and/or --helo');
  return a;
}

async function runSpf(session: AnalysisSession, req: { ip?: string; mailFrom?: string; helo?: string }, lang: Lang) {
  if (!req.ip) throw new Error('spf request needs "ip"');
  // --lang: the trace notes, summary and problems in that language (the explanation stays as the
  // domain or RFC 7208 wrote it)
  await loadTexts(lang);
  return checkSpf({ ip: req.ip, mailFrom: req.mailFrom ?? '', helo: req.helo ?? '' }, session.resolver, { lang });
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
        else if (req.spf && typeof req.spf === 'object') out = await runSpf(session, req.spf, a.lang);
        else out = { error: 'a batch line is {"message": PATH} or {"spf": {ip, mailFrom, helo}}' };
      } catch (e) {
        out = { error: e instanceof Error ? e.message : String(e) };
      }
      process.stdout.write(JSON.stringify(out) + '\n');
    }
    return 0;
  }
  if (a.spf) {
    process.stdout.write(JSON.stringify(await runSpf(session, a.spf, a.lang), null, 2) + '\n');
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

// Exit once what was written has been flushed: writes to a pipe are asynchronous, and process.exit
// right after a large write cut the report at the pipe's buffer (65,536 bytes). The exit itself
// stays explicit, as before (nothing left open by a resolver may keep the process alive).
const exitAfterFlush = (code: number) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
main().then(exitAfterFlush, (e) => {
  process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
  exitAfterFlush(1);
});
