// The sender requirements' fixes in the light of the diagnosis (requirements/check.ts inContext):
// the generic fix ("have the service sign DKIM…", "list its servers in SPF", "set the PTR of {ip}")
// is for mail the domain owner sends. One table over the diagnosis fixtures (tests/fixtures/diagnosis,
// each with its zone, no network): a spoof must never be told to authorise its sender, a forwarded,
// list or gateway copy names who must act, a bounce keeps its empty MAIL FROM, and mail the owner
// sends keeps the generic fixes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { repoRoot } from '../../support/shared.ts';

const DIR = join(repoRoot, 'tests/fixtures/diagnosis');
const NOW = 1748855700;

const SPOOF = 'req.fix.spoof';
const FWD = 'req.fix.intermediary.forwarder';
const LIST = 'req.fix.intermediary.list';
const GW = 'req.fix.intermediary.receiver';
const BOUNCE = 'req.fix.bounce';
const NA = 'not-applicable';

/** expected fix code (or status `not-applicable`) per requirement id; ids not listed have no fix */
const CASES: { name: string; fixes: Record<string, string> }[] = [
  { name: 'spoof-attacker-authenticated', fixes: { 'dmarc-alignment': SPOOF, 'one-click-unsubscribe': SPOOF } },
  { name: 'spoof-unknown-ip', fixes: { 'spf-or-dkim': SPOOF, 'spf-and-dkim': SPOOF, 'dmarc-alignment': SPOOF, 'one-click-unsubscribe': SPOOF } },
  { name: 'spoof-encoded-display', fixes: { 'one-click-unsubscribe': SPOOF } },
  // the DMARC record stays the owner's to publish: it is what protects the domain
  { name: 'spoof-nonexistent-domain', fixes: { 'spf-and-dkim': SPOOF, 'dmarc-record': 'req.dmarc-record.fix', 'dmarc-alignment': SPOOF, 'one-click-unsubscribe': SPOOF } },
  { name: 'spoof-nonexistent-subdomain', fixes: { 'spf-and-dkim': SPOOF, 'dmarc-alignment': SPOOF, 'one-click-unsubscribe': SPOOF } },
  { name: 'forwarded-spf-only', fixes: { 'spf-or-dkim': FWD, 'spf-and-dkim': FWD, 'dmarc-alignment': FWD, 'one-click-unsubscribe': 'req.one-click-unsubscribe.fix', 'arc-for-forwarders': 'req.arc-for-forwarders.fix' } },
  { name: 'list-footer', fixes: { 'spf-and-dkim': LIST, 'dmarc-alignment': LIST, 'one-click-unsubscribe': LIST } },
  { name: 'gateway-proofpoint-m365', fixes: { 'spf-or-dkim': GW, 'spf-and-dkim': GW, 'dmarc-alignment': GW, 'ptr-fcrdns': GW, 'one-click-unsubscribe': 'req.one-click-unsubscribe.fix' } },
  { name: 'gateway-mimecast-google', fixes: { 'spf-or-dkim': GW, 'spf-and-dkim': GW, 'dmarc-alignment': GW, 'ptr-fcrdns': GW, 'one-click-unsubscribe': 'req.one-click-unsubscribe.fix' } },
  { name: 'bounce-null-sender', fixes: { 'spf-or-dkim': BOUNCE, 'spf-and-dkim': BOUNCE, 'dmarc-alignment': BOUNCE, 'one-click-unsubscribe': NA } },
  { name: 'auto-reply', fixes: { 'spf-or-dkim': BOUNCE, 'spf-and-dkim': BOUNCE, 'dmarc-alignment': BOUNCE, 'one-click-unsubscribe': NA } },
  // the owner's own mail keeps the generic fixes
  { name: 'ses-not-aligned', fixes: { 'dmarc-alignment': 'req.dmarc-alignment.fix', 'ptr-fcrdns': 'req.ptr-fcrdns.fix', 'one-click-unsubscribe': 'req.one-click-unsubscribe.fix' } },
  { name: 'spf-syntax-error', fixes: { 'spf-or-dkim': 'req.spf-or-dkim.fix', 'spf-and-dkim': 'req.spf-and-dkim.fix', 'dmarc-alignment': 'req.dmarc-alignment.fix', 'one-click-unsubscribe': 'req.one-click-unsubscribe.fix' } },
  { name: 'dns-temperror', fixes: { 'dmarc-record': 'req.fix.retry', 'one-click-unsubscribe': 'req.one-click-unsubscribe.fix' } },
];

async function requirementsOf(name: string) {
  const zone = JSON.parse(readFileSync(join(DIR, `${name}.zone.json`), 'utf8')) as Zone;
  const r = await analyzeMessage(readFileSync(join(DIR, `${name}.eml`)), new ZoneResolver(zone), { now: NOW, lang: 'en' });
  return r.requirements ?? [];
}

describe('sender requirements: whose fix, after the diagnosis', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const reqs = await requirementsOf(c.name);
    expect(reqs.length).toBeGreaterThan(10);
    const got = Object.fromEntries(reqs.flatMap((q) => (q.fix ? [[q.id, q.fix.code]] : q.status === NA && c.fixes[q.id] === NA ? [[q.id, NA]] : [])));
    expect(got).toEqual(c.fixes);
  });
});
