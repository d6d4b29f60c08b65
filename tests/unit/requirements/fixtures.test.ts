// Sender requirements from whole analyses: fixture messages (real DKIM signatures) against
// fixture zones (tests/fixtures/requirements/, made by its generate.ts), one row per case, met
// and not met, with the reason named.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { CachingResolver } from '../../../src/lib/dns/cache.ts';
import { EN_CATALOGUE, renderText } from '../../../src/lib/findings/index.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import type { Report } from '../../../src/lib/report/types.ts';
import type { RequirementId, RequirementStatus } from '../../../src/lib/requirements/index.ts';
import { mergeZones } from '../../support/doh-server.ts';
import { repoRoot } from '../../support/shared.ts';

const dir = resolve(repoRoot, 'tests/fixtures/requirements');
const zone = (n: string): Zone => JSON.parse(readFileSync(resolve(dir, `${n}.zone.json`), 'utf8')) as Zone;
const cache = new Map<string, Promise<Report>>();
function analyse(eml: string, zones: string[]): Promise<Report> {
  const key = `${eml}|${zones.join(',')}`;
  if (!cache.has(key)) {
    const res = new CachingResolver(new ZoneResolver(mergeZones(...zones.map(zone))));
    cache.set(key, analyzeMessage(readFileSync(resolve(dir, eml), 'utf8'), res, { queryLog: () => res.log().map((e) => ({ name: e.name, type: e.type, status: e.status, answers: e.answers })) }));
  }
  return cache.get(key)!;
}

const OK = ['base', 'dmarc', 'ptr'];

interface Row {
  name: string;
  eml: string;
  zones?: string[];
  id: RequirementId;
  status: RequirementStatus;
  /** machine reason expected among requirement.reasons */
  reason?: string;
  /** a text expected in the English outcome (summary + details) */
  words?: RegExp;
}

const rows: Row[] = [
  // SPF or DKIM / SPF and DKIM
  { name: 'SPF and DKIM pass', eml: 'oneclick-ok.eml', id: 'spf-or-dkim', status: 'met' },
  { name: 'SPF and DKIM pass (both)', eml: 'oneclick-ok.eml', id: 'spf-and-dkim', status: 'met' },
  { name: 'unsigned, SPF pass: SPF or DKIM met', eml: 'unsigned.eml', id: 'spf-or-dkim', status: 'met', words: /SPF passes/ },
  { name: 'unsigned: SPF and DKIM not met, no DKIM', eml: 'unsigned.eml', id: 'spf-and-dkim', status: 'not-met', reason: 'no-dkim', words: /no DKIM signature/ },
  { name: 'unsigned, SPF fails: neither passes', eml: 'unsigned.eml', zones: ['base', 'spf-fail', 'dmarc', 'ptr'], id: 'spf-or-dkim', status: 'not-met', reason: 'no-pass', words: /SPF is fail/ },
  { name: 'DKIM pass, SPF fails: SPF and DKIM not met', eml: 'oneclick-ok.eml', zones: ['base', 'spf-fail', 'dmarc', 'ptr'], id: 'spf-and-dkim', status: 'not-met', reason: 'spf-not-pass', words: /SPF is fail/ },
  { name: 'DKIM pass, SPF fails: SPF or DKIM met', eml: 'oneclick-ok.eml', zones: ['base', 'spf-fail', 'dmarc', 'ptr'], id: 'spf-or-dkim', status: 'met', words: /DKIM signature passes/ },

  // DMARC record and alignment
  { name: 'DMARC p=reject applies', eml: 'oneclick-ok.eml', id: 'dmarc-record', status: 'met', words: /p=reject/ },
  { name: 'no DMARC record', eml: 'oneclick-ok.eml', zones: ['base', 'ptr'], id: 'dmarc-record', status: 'not-met', reason: 'missing', words: /No DMARC record applies to example\.com/ },
  { name: 'invalid DMARC record', eml: 'oneclick-ok.eml', zones: ['base', 'dmarc-invalid', 'ptr'], id: 'dmarc-record', status: 'not-met', reason: 'invalid' },
  { name: 'no DMARC record: alignment still answered', eml: 'oneclick-ok.eml', zones: ['base', 'ptr'], id: 'dmarc-alignment', status: 'met' },
  { name: 'invalid DMARC record: DMARC fails', eml: 'oneclick-ok.eml', zones: ['base', 'dmarc-invalid', 'ptr'], id: 'dmarc-record', status: 'not-met', words: /not valid/ },
  { name: 'aligned DKIM and SPF', eml: 'oneclick-ok.eml', id: 'dmarc-alignment', status: 'met', words: /both pass aligned/ },
  { name: 'ESP signs and bounces: nothing aligned', eml: 'esp-signed.eml', id: 'dmarc-alignment', status: 'not-met', reason: 'spf-unaligned', words: /SPF passes for esp\.example\.net, which does not align with example\.com/ },
  { name: 'ESP signs: DKIM unaligned named', eml: 'esp-signed.eml', id: 'dmarc-alignment', status: 'not-met', reason: 'dkim-unaligned' },

  // one-click unsubscribe (RFC 8058)
  { name: 'one-click: both present, both signed', eml: 'oneclick-ok.eml', id: 'one-click-unsubscribe', status: 'met', words: /https:\/\/example\.com\/u\/abc123/ },
  { name: 'one-click: List-Unsubscribe-Post present but not signed', eml: 'oneclick-post-unsigned.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'list-unsubscribe-post-not-signed', words: /List-Unsubscribe-Post is present but not signed/ },
  { name: 'one-click: List-Unsubscribe present but not signed', eml: 'oneclick-lu-unsigned.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'list-unsubscribe-not-signed', words: /List-Unsubscribe is present but not signed/ },
  { name: 'one-click: mailto only, no https URI', eml: 'oneclick-mailto-only.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'no-https-uri', words: /no https URI/ },
  { name: 'one-click: List-Unsubscribe-Post missing', eml: 'oneclick-no-post.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'no-list-unsubscribe-post', words: /List-Unsubscribe-Post is missing/ },
  { name: 'one-click: wrong List-Unsubscribe-Post value', eml: 'oneclick-bad-post.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'bad-list-unsubscribe-post', words: /“One-Click”, not “List-Unsubscribe=One-Click”/ },
  { name: 'one-click: signed only by an unaligned ESP domain', eml: 'esp-signed.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'no-aligned-dkim' },
  { name: 'one-click: no headers at all', eml: 'unsigned.eml', id: 'one-click-unsubscribe', status: 'not-met', reason: 'no-list-unsubscribe' },

  // forward-confirmed reverse DNS
  { name: 'PTR resolves back', eml: 'oneclick-ok.eml', id: 'ptr-fcrdns', status: 'met', words: /mail\.example\.com, which resolves back to 45\.67\.89\.10/ },
  { name: 'PTR missing', eml: 'oneclick-ok.eml', zones: ['base', 'dmarc'], id: 'ptr-fcrdns', status: 'not-met', reason: 'no-ptr', words: /has no PTR record \(10\.89\.67\.45\.in-addr\.arpa: NXDOMAIN\)/ },
  { name: 'PTR name does not resolve back', eml: 'oneclick-ok.eml', zones: ['base', 'dmarc', 'ptr-noresolve'], id: 'ptr-fcrdns', status: 'not-met', reason: 'ptr-name-does-not-resolve', words: /ghost\.example\.com\) does not resolve/ },
  { name: 'PTR name resolves to another IP', eml: 'oneclick-ok.eml', zones: ['base', 'dmarc', 'ptr-elsewhere'], id: 'ptr-fcrdns', status: 'not-met', reason: 'ptr-name-resolves-elsewhere', words: /resolves to 45\.67\.89\.99, not back to 45\.67\.89\.10/ },
  { name: 'PTR lookup SERVFAIL', eml: 'oneclick-ok.eml', zones: ['base', 'dmarc', 'ptr-servfail'], id: 'ptr-fcrdns', status: 'unknown', reason: 'ptr-lookup-failed', words: /SERVFAIL/ },

  // TLS on the boundary hop
  { name: 'TLS: with ESMTPS (version=TLS1_3 ...)', eml: 'oneclick-ok.eml', id: 'tls', status: 'met', words: /TLS1_3/ },
  { name: 'TLS: Postfix "using TLSv1.3 with cipher"', eml: 'tls-postfix.eml', id: 'tls', status: 'met', words: /TLSv1\.3/ },
  { name: 'TLS: Microsoft "(version=TLS1_2, cipher=...)"', eml: 'tls-microsoft.eml', id: 'tls', status: 'met', words: /TLS1_2/ },
  { name: 'TLS absent: with ESMTP', eml: 'plain-smtp.eml', id: 'tls', status: 'not-met', reason: 'tls-absent', words: /no TLS: “with ESMTP”/ },
  { name: 'TLS not recorded: no with clause', eml: 'tls-not-recorded.eml', id: 'tls', status: 'unknown', reason: 'tls-not-recorded' },

  // RFC 5322
  { name: 'RFC 5322: one From, Date, Message-ID', eml: 'oneclick-ok.eml', id: 'rfc5322', status: 'met' },
  { name: 'RFC 5322: two From fields', eml: 'rfc5322-two-from.eml', id: 'rfc5322', status: 'not-met', reason: 'from-count', words: /2 From fields/ },
  { name: 'RFC 5322: no Date', eml: 'rfc5322-no-date.eml', id: 'rfc5322', status: 'not-met', reason: 'date-missing' },
  { name: 'RFC 5322: Date not a date', eml: 'rfc5322-bad-date.eml', id: 'rfc5322', status: 'not-met', reason: 'date-invalid', words: /yesterday at noon/ },
  { name: 'RFC 5322: no Message-ID', eml: 'rfc5322-no-message-id.eml', id: 'rfc5322', status: 'not-met', reason: 'message-id-missing' },

  // DKIM key size
  { name: 'DKIM key 2048 bits', eml: 'oneclick-ok.eml', id: 'dkim-key-size', status: 'met', words: /RSA 2048/ },
  { name: 'DKIM key 512 bits', eml: 'weak-key.eml', id: 'dkim-key-size', status: 'not-met', reason: 'key-too-short', words: /only 512 bits/ },
  { name: 'DKIM Ed25519 key', eml: 'ed25519.eml', id: 'dkim-key-size', status: 'met', words: /Ed25519/ },
  { name: 'no DKIM signature: key size not applicable', eml: 'unsigned.eml', id: 'dkim-key-size', status: 'not-applicable' },

  // Gmail From
  { name: 'From not Gmail', eml: 'oneclick-ok.eml', id: 'no-gmail-from-spoofing', status: 'met' },
  { name: '@gmail.com From sent from elsewhere', eml: 'gmail-spoof.eml', id: 'no-gmail-from-spoofing', status: 'not-met', reason: 'gmail-from-not-from-gmail', words: /From is @gmail\.com but DMARC is fail/ },
  { name: '@gmail.com From sent through Gmail', eml: 'gmail-real.eml', id: 'no-gmail-from-spoofing', status: 'met', words: /sent through Gmail/ },

  // ARC for forwarders
  { name: 'no forwarding: ARC not applicable', eml: 'oneclick-ok.eml', id: 'arc-for-forwarders', status: 'not-applicable' },
  { name: 'forwarded (X-Forwarded-To) without ARC', eml: 'forwarded-no-arc.eml', id: 'arc-for-forwarders', status: 'not-met', reason: 'forwarded-without-arc', words: /X-Forwarded-To/ },
  { name: 'List-Id only: unknown', eml: 'list-id.eml', id: 'arc-for-forwarders', status: 'unknown', reason: 'list-id-only' },

  // spam rate
  { name: 'spam rate: always unknown', eml: 'oneclick-ok.eml', id: 'spam-rate', status: 'unknown', words: /Postmaster Tools.*Sender Hub.*SNDS/ },
];

describe('sender requirements from fixture messages and zones', () => {
  it.each(rows)('$name → $id $status', async (row) => {
    const report = await analyse(row.eml, row.zones ?? OK);
    const r = report.requirements?.find((x) => x.id === row.id);
    expect(r, 'requirement present').toBeDefined();
    const text = [r!.summary, ...r!.details.map((d) => renderText(EN_CATALOGUE, d.code, d.params))].join(' ');
    expect({ status: r!.status, text, reasons: r!.reasons }).toMatchObject({ status: row.status });
    if (row.reason) expect(r!.reasons).toContain(row.reason);
    if (row.words) expect(text).toMatch(row.words);
    if (r!.status === 'not-met') expect(r!.fix, 'a not-met rule names its fix').not.toBeNull();
  });

  it('every report carries all twelve requirements, in order, with a source URL', async () => {
    const report = await analyse('oneclick-ok.eml', OK);
    expect(report.requirements!.map((r) => r.id)).toEqual(['spf-or-dkim', 'spf-and-dkim', 'dmarc-record', 'dmarc-alignment', 'one-click-unsubscribe', 'ptr-fcrdns', 'tls', 'rfc5322', 'dkim-key-size', 'no-gmail-from-spoofing', 'arc-for-forwarders', 'spam-rate']);
    for (const r of report.requirements!) expect(r.source).toMatch(/^https:\/\//);
  });

  it('the PTR and A lookups are in the DNS log', async () => {
    const report = await analyse('oneclick-ok.eml', OK);
    expect(report.dns).toEqual(expect.arrayContaining([expect.objectContaining({ name: '10.89.67.45.in-addr.arpa', type: 'PTR' })]));
  });
});
