// Several DMARC records at one name (all discarded, RFC 9989 4.10) → the one record to keep.
// Never weaker than any of them: p, sp and np are the strictest each record applies (an absent
// sp is p, an absent np is sp); rua and ruf are the union; the alignment modes are kept when the
// records agree, else those of the record with the strictest policy (said as a conflict). t=y stays only when
// every record with the strictest p has it. Other tags: kept when the records agree, else the
// first record's, said as a conflict. Pure.
import type { SpfChange } from './spf-repair.ts';

export type Policy = 'none' | 'quarantine' | 'reject';

export interface DmarcMerge {
  merged: string;
  /** the index of a record that already equals the merged one (keep it, delete the others), else null */
  keep: number | null;
  /** the effective policies of the merged record */
  p: Policy;
  sp: Policy;
  np: Policy;
  conflicts: SpfChange[];
}

const RANK: Record<Policy, number> = { none: 1, quarantine: 2, reject: 3 };
const POLICIES = new Set<string>(['none', 'quarantine', 'reject']);
const MAX_TAGS = 64;
const MAX_URIS = 32;

/** Tag list → lowercase tag → value (first occurrence wins), in written order. */
export function dmarcTags(record: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of String(record ?? '').split(';', MAX_TAGS)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const k = part.slice(0, eq).trim().toLowerCase();
    if (!m.has(k)) m.set(k, part.slice(eq + 1).trim());
  }
  return m;
}

function pol(v: string | undefined): Policy | null {
  const x = (v ?? '').trim().toLowerCase();
  return POLICIES.has(x) ? (x as Policy) : null;
}

function stricter(a: Policy | null, b: Policy | null): Policy | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[b] > RANK[a] ? b : a;
}

function uris(v: string | undefined): string[] {
  return (v ?? '')
    .split(',', MAX_URIS)
    .map((u) => u.trim())
    .filter(Boolean);
}

const ORDER = ['v', 'p', 'sp', 'np', 'adkim', 'aspf', 't', 'pct', 'fo', 'rua', 'ruf', 'psd', 'rf', 'ri'];

export function mergeDmarcRecords(records: string[]): DmarcMerge {
  const maps = records.map(dmarcTags);
  const conflicts: SpfChange[] = [];
  // effective policies of each record
  let p: Policy | null = null;
  let sp: Policy | null = null;
  let np: Policy | null = null;
  for (const m of maps) {
    const rp = pol(m.get('p'));
    const rsp = pol(m.get('sp')) ?? rp;
    const rnp = pol(m.get('np')) ?? rsp;
    p = stricter(p, rp);
    sp = stricter(sp, rsp);
    np = stricter(np, rnp);
  }
  const P: Policy = p ?? 'none';
  // a subdomain policy is never weaker than it was in any record; written only when it differs
  const SP: Policy = stricter(sp, null) ?? P;
  const NP: Policy = stricter(np, null) ?? SP;
  const out = new Map<string, string>([
    ['v', 'DMARC1'],
    ['p', P],
  ]);
  if (SP !== P) out.set('sp', SP);
  if (NP !== SP) out.set('np', NP);
  // alignment: as the records say when they agree; when they conflict, as the record that carries
  // the strictest policy says (what the owner meant to enforce), and the conflict is said
  const strictestP = maps.filter((m) => pol(m.get('p')) === P);
  for (const tag of ['adkim', 'aspf'] as const) {
    const mode = (m: Map<string, string>) => ((m.get(tag) ?? '').toLowerCase() === 's' ? 's' : 'r');
    const vals = [...new Set(maps.map(mode))];
    const lead = strictestP.length ? strictestP : maps;
    const leadVals = [...new Set(lead.map(mode))];
    const value = leadVals.length === 1 ? leadVals[0]! : 's';
    if (value === 's' || maps.every((m) => m.has(tag))) out.set(tag, value);
    if (vals.length > 1) conflicts.push({ code: 'advice.dmarc.dup.conflict', params: { tag, values: vals.map((v) => `${tag}=${v}`).join(' / '), value } });
  }
  // t=y: only when every record with the strictest p is in testing
  if (strictestP.length && strictestP.every((m) => (m.get('t') ?? '').toLowerCase() === 'y')) out.set('t', 'y');
  for (const tag of ['rua', 'ruf'] as const) {
    const all: string[] = [];
    for (const m of maps) for (const u of uris(m.get(tag))) if (!all.some((x) => x.toLowerCase() === u.toLowerCase())) all.push(u);
    if (all.length) out.set(tag, all.join(','));
  }
  if (maps.some((m) => m.has('fo'))) {
    const opts: string[] = [];
    for (const m of maps) for (const o of (m.get('fo') ?? '').split(':').map((x) => x.trim()).filter(Boolean)) if (!opts.includes(o)) opts.push(o);
    if (opts.length) out.set('fo', opts.join(':'));
  }
  const others = new Set<string>();
  for (const m of maps) for (const k of m.keys()) if (!['v', 'p', 'sp', 'np', 'adkim', 'aspf', 't', 'rua', 'ruf', 'fo'].includes(k)) others.add(k);
  for (const tag of others) {
    const vals = [...new Set(maps.filter((m) => m.has(tag)).map((m) => m.get(tag)!))];
    const first = maps.find((m) => m.has(tag))!.get(tag)!;
    out.set(tag, first);
    if (vals.length > 1) conflicts.push({ code: 'advice.dmarc.dup.conflict', params: { tag, values: vals.map((v) => `${tag}=${v}`).join(' / '), value: first } });
  }
  const keys = [...out.keys()].sort((a, b) => rank(a) - rank(b));
  const merged = keys.map((k) => `${k}=${out.get(k)}`).join('; ');
  const keep = records.findIndex((r) => sameRecord(r, merged));
  return { merged, keep: keep >= 0 ? keep : null, p: P, sp: SP, np: NP, conflicts };
}

function rank(tag: string): number {
  const i = ORDER.indexOf(tag);
  return i < 0 ? ORDER.length : i;
}

/** Same tags with the same values (case-insensitive, order and spacing ignored). */
function sameRecord(a: string, b: string): boolean {
  const ma = dmarcTags(a);
  const mb = dmarcTags(b);
  if (ma.size !== mb.size) return false;
  for (const [k, v] of ma) if ((mb.get(k) ?? '').replace(/\s+/g, '').toLowerCase() !== v.replace(/\s+/g, '').toLowerCase()) return false;
  return true;
}
