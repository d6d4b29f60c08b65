// The CLI's `domain` command: the domain check JSON (DESIGN.md), through the same DNS session as
// the message mode.
//   analyze [--doh URL] [--doh-format json|wire] [--lang en|ja] domain DOMAIN [--service ID] [--region R] [--selector S]...
// Returns null when the arguments are not a `domain` command (the caller goes on with its own modes).
import { AnalysisSession } from './lib/report/session.ts';
import { checkDomain, DomainInputError, isProviderId, isRegion, isSelector, normaliseDomain } from './lib/domaincheck/index.ts';
import { PROVIDER_IDS, type ProviderId } from './lib/advice/types.ts';

export const DOMAIN_USAGE = '  npm run --silent analyze -- [--doh URL] [--doh-format json|wire] [--lang en|ja] domain DOMAIN [--service ID] [--region R] [--selector S]...';

interface DomainArgs {
  doh?: string;
  format: 'json' | 'wire';
  lang: 'en' | 'ja';
  domain: string;
  service?: ProviderId;
  region?: string;
  selectors: string[];
}

const WITH_VALUE = new Set(['--doh', '--doh-format', '--lang', '--service', '--region', '--selector', '--now', '--batch', '--ip', '--mail-from', '--helo']);

/** Whether the first positional argument is the word `domain`. */
export function isDomainCommand(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (WITH_VALUE.has(x)) {
      i++;
      continue;
    }
    if (x.startsWith('-')) continue;
    return x === 'domain';
  }
  return false;
}

class UsageError extends Error {}

function parse(argv: string[]): DomainArgs {
  const a: Partial<DomainArgs> & { selectors: string[]; format: 'json' | 'wire'; lang: 'en' | 'ja' } = { selectors: [], format: 'json', lang: 'en' };
  let sawCommand = false;
  const need = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    switch (x) {
      case '--doh':
        a.doh = need(i, x);
        i++;
        break;
      case '--doh-format': {
        const f = need(i, x);
        i++;
        if (f !== 'json' && f !== 'wire') throw new UsageError('--doh-format is json or wire');
        a.format = f;
        break;
      }
      case '--lang': {
        const l = need(i, x);
        i++;
        if (l !== 'en' && l !== 'ja') throw new UsageError('--lang is en or ja');
        a.lang = l;
        break;
      }
      case '--service': {
        const s = need(i, x);
        i++;
        if (!isProviderId(s)) throw new UsageError(`--service is one of: ${PROVIDER_IDS.join(', ')}`);
        if (a.service) throw new UsageError('one --service at a time');
        a.service = s;
        break;
      }
      case '--region': {
        const r = need(i, x).toLowerCase();
        i++;
        if (!isRegion(r)) throw new UsageError(`--region "${r.slice(0, 40)}" is not a region name (e.g. ap-northeast-1)`);
        a.region = r;
        break;
      }
      case '--selector': {
        const s = need(i, x);
        i++;
        for (const part of s.split(',').map((p) => p.trim()).filter(Boolean)) {
          if (!isSelector(part)) throw new UsageError(`--selector "${part.slice(0, 70)}" is not a DKIM selector`);
          a.selectors.push(part.toLowerCase());
        }
        break;
      }
      default:
        if (x.startsWith('-')) throw new UsageError(`unknown option ${x} for the domain command`);
        if (!sawCommand && x === 'domain') sawCommand = true;
        else if (a.domain === undefined) a.domain = x;
        else throw new UsageError('one DOMAIN at a time');
    }
  }
  if (a.domain === undefined) throw new UsageError('domain needs a DOMAIN');
  const d = normaliseDomain(a.domain);
  if (!d) throw new UsageError(`"${a.domain.slice(0, 100)}" is not a domain name`);
  if (a.selectors.length > 20) throw new UsageError('at most 20 selectors');
  return { ...a, domain: d } as DomainArgs;
}

/** Runs the `domain` command; null when argv is not one. Exit codes: 0 result printed, 2 usage error. */
export async function runDomainCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number | null> {
  if (!isDomainCommand(argv)) return null;
  let a: DomainArgs;
  try {
    a = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`error: ${e.message}\nusage:\n${DOMAIN_USAGE}\n`);
    return 2;
  }
  const session = new AnalysisSession({ endpoints: a.doh ? [a.doh] : [], format: a.format });
  try {
    const r = await checkDomain(a.domain, session.resolver, { service: a.service ?? null, region: a.region ?? null, selectors: a.selectors, lang: a.lang });
    out(JSON.stringify(r, (_k, v) => (v === Infinity ? null : v), 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof DomainInputError) {
      err(`error: ${e.message}\n`);
      return 2;
    }
    err(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
