// The bench corpus: every message under ../shared/ whose DNS data is known, each with its zone.
//   samples/*.eml                     zones *.zone.json (after = before + after, as it arrived)
//   conformance/mailauth/*.eml        dkim-ec-dns.json, arc-eml-cases.json key, dns-cache.json
//   conformance/dkim/dkimpy/*         dkim-static-cases.json DNS map (+ test.txt key)
//   conformance/authheaders/test.*    authheaders-cases.json mocked DNS (+ test.txt key)
//   conformance/stalwart/{dkim,arc}   "<name> <TXT>" header block, blank line, message
// Messages are LF→CRLF converted once here, so both analysers get identical bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Zone } from '../src/lib/dns/zone.ts';
import { mergeZones } from '../tests/support/doh-server.ts';
import { sharedPath } from '../tests/support/shared.ts';
import { toCrlf } from './util.ts';

export interface CorpusMessage {
  name: string;
  bytes: Uint8Array;
  zone: Zone;
}

const read = (rel: string) => readFileSync(sharedPath(rel));
const json = <T>(rel: string) => JSON.parse(read(rel).toString('utf8')) as T;

/** TXT value → character-strings of at most 255 octets (as DNS would serve it). */
export function txtChunks(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i += 255) out.push(value.slice(i, i + 255));
  return out.length ? out : [''];
}

function txtZone(map: Record<string, string | string[]>): Zone {
  const z: Zone = {};
  for (const [name, v] of Object.entries(map)) {
    const records = Array.isArray(v) ? v : [v];
    (z[name] ??= {}).TXT = records.map(txtChunks);
  }
  return z;
}

export const SES = {
  before: 'samples/ses-before-custom-mail-from.eml',
  after: 'samples/ses-after-custom-mail-from.eml',
  beforeZone: 'samples/ses-before-custom-mail-from.zone.json',
  afterZone: 'samples/ses-after-custom-mail-from.zone.json',
};

export function sesZone(which: 'before' | 'after'): Zone {
  const before = json<Zone>(SES.beforeZone);
  return which === 'before' ? before : mergeZones(before, json<Zone>(SES.afterZone));
}

export function sesMessage(which: 'before' | 'after'): CorpusMessage {
  return { name: basename(SES[which]), bytes: toCrlf(new Uint8Array(read(SES[which]))), zone: sesZone(which) };
}

export function haveCorpus(): boolean {
  return existsSync(sharedPath('samples')) && existsSync(sharedPath('conformance'));
}

export function loadCorpus(): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  const add = (name: string, raw: Uint8Array, zone: Zone) => out.push({ name, bytes: toCrlf(raw), zone });
  const file = (rel: string) => new Uint8Array(read(rel));

  out.push(sesMessage('before'), sesMessage('after'));

  // mailauth fixtures
  const ecDns = json<Zone>('conformance/mailauth/dkim-ec-dns.json');
  const dnsCache = json<Zone>('conformance/mailauth/dns-cache.json');
  const arcCases = json<{ dns: Record<string, string>; cases: { file: string }[] }>('conformance/mailauth/arc-eml-cases.json');
  const arcZone = txtZone(arcCases.dns);
  add('mailauth/dkim-ec-signed.eml', file('conformance/mailauth/dkim-ec-signed.eml'), ecDns);
  for (const c of arcCases.cases) add(`mailauth/${c.file}`, file(`conformance/mailauth/${c.file}`), mergeZones(dnsCache, arcZone));
  for (const f of ['authtest.eml', 'bimi.eml', 'zbimi.eml', 'zproov.eml', 'message1.eml', 'message2.eml', 'message3.eml', 'message4.eml']) {
    add(`mailauth/${f}`, file(`conformance/mailauth/${f}`), mergeZones(dnsCache, arcZone));
  }

  // dkimpy
  const dkimStatic = json<{ dns: Record<string, string[]> }>('conformance/dkim/dkim-static-cases.json');
  const dkimZone = txtZone(dkimStatic.dns);
  for (const f of ['rfc6376.signed.msg', 'ed25519test2.msg', 'ed25519test.msg', 'rfc6376.msg', 'test.message', 'test2.message', 'test_extra.message', 'test_nofrom.message']) {
    add(`dkimpy/${f}`, file(`conformance/dkim/dkimpy/${f}`), dkimZone);
  }

  // authheaders
  const ah = json<{ dns: Record<string, string | null> }>('conformance/authheaders/authheaders-cases.json');
  const ahZone: Zone = {};
  for (const [name, v] of Object.entries(ah.dns)) {
    if (v === null || v === '') continue; // no record / name does not exist
    if (v.startsWith('(file ')) (ahZone[name] ??= {}).TXT = [txtChunks(read('conformance/authheaders/test.txt').toString('utf8').trim())];
    else if (name.startsWith('_dmarc.')) (ahZone[name] ??= {}).TXT = [txtChunks(v)];
    else (ahZone[name] ??= {}).A = ['192.0.2.1']; // "exists" for the np= test
  }
  for (const f of readdirSync(sharedPath('conformance/authheaders')).filter((f) => /message/.test(f)).sort()) {
    add(`authheaders/${f}`, file(`conformance/authheaders/${f}`), ahZone);
  }

  // stalwart: DNS block, blank line, message
  for (const dir of ['dkim', 'arc']) {
    for (const f of readdirSync(sharedPath(`conformance/stalwart/${dir}`)).filter((f) => f.endsWith('.txt')).sort()) {
      const text = read(`conformance/stalwart/${dir}/${f}`).toString('utf8');
      const split = text.indexOf('\n\n');
      const zone: Zone = {};
      for (const line of text.slice(0, split).split('\n')) {
        const sp = line.indexOf(' ');
        if (sp > 0) ((zone[line.slice(0, sp)] ??= {}).TXT ??= []).push(txtChunks(line.slice(sp + 1).trim()));
      }
      add(`stalwart/${dir}/${f}`, new Uint8Array(Buffer.from(text.slice(split + 2), 'utf8')), zone);
    }
  }
  return out;
}
