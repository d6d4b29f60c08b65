// Which service sent this message: score the fingerprint table (providers.ts) against the headers.
import { DKIM, ENVELOPE, LOOK_ALIKES, PROVIDERS, type FingerprintRule, type ProviderEntry } from './providers.ts';
import { translator, type Tr } from './lang.ts';
import type { Candidate, Confidence, DetectInput, Detection, Evidence, ProviderId } from './types.ts';

/** Bounds against hostile input. */
const MAX_HEADERS = 300;
const MAX_VALUE = 2000;
const MAX_SIGNATURES = 20;
/** A provider needs at least this score to be named. */
const MIN_SCORE = 3;

interface Item {
  key: string; // lowercase header name or pseudo-header
  label: string; // what the evidence names
  value: string;
}

interface Hit {
  rule: FingerprintRule;
  evidence: Evidence;
  groups: Record<string, string>;
}

export function detectProvider(input: DetectInput): Detection | null {
  const items = collectItems(input);
  const byKey = new Map<string, Item[]>();
  for (const it of items) byKey.set(it.key, [...(byKey.get(it.key) ?? []), it]);

  const tr = translator(input?.lang);
  const { rulesOut, notes } = lookAlikes(byKey, tr);
  const hits = new Map<ProviderId, Hit[]>();
  for (const p of PROVIDERS) {
    if (rulesOut.has(p.id)) continue;
    const found = p.rules.flatMap((r) => {
      const h = firstHit(p.id, r, byKey.get(r.header) ?? [], tr);
      return h ? [h] : [];
    });
    if (found.length) hits.set(p.id, found);
  }
  const own = (id: ProviderId) => (hits.get(id) ?? []).reduce((n, h) => n + h.rule.weight, 0);
  // A service built on another (Resend on SES) also owns the base's fingerprints once it shows a clue of its own.
  const score = (p: ProviderEntry) => (own(p.id) > 0 && p.builtOn ? own(p.id) + own(p.builtOn) : own(p.id));

  const ranked = PROVIDERS.filter((p) => own(p.id) > 0).sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  if (!best || score(best) < MIN_SCORE) return null;

  const via = best.builtOn && own(best.builtOn) > 0 ? best.builtOn : undefined;
  const allHits = [...(hits.get(best.id) ?? []), ...(via ? (hits.get(via) ?? []) : [])];
  const candidates: Candidate[] = ranked.filter((p) => p !== best).map((p) => ({ id: p.id, name: p.name, score: score(p) }));
  return {
    id: best.id,
    name: best.name,
    ...regionOf(allHits),
    confidence: confidenceOf(score(best)),
    score: score(best),
    ...(via ? { via } : {}),
    evidence: allHits.map((h) => h.evidence),
    captures: capturesOf(allHits),
    candidates,
    notes,
  };
}

function confidenceOf(score: number): Confidence {
  if (score >= 6) return 'high';
  return score >= 4 ? 'medium' : 'low';
}

function firstHit(provider: ProviderId, rule: FingerprintRule, items: Item[], tr: Tr): Hit | null {
  for (const it of items) {
    const m = rule.pattern.exec(it.value);
    if (!m) continue;
    const groups: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = v.toLowerCase();
    const evidence: Evidence = {
      header: it.label,
      value: excerpt(it.value, m.index, m[0].length),
      rule: tr(rule.rule),
      source: rule.source,
      provider,
      weight: rule.weight,
    };
    return { rule, evidence, groups };
  }
  return null;
}

function lookAlikes(byKey: Map<string, Item[]>, tr: Tr): { rulesOut: Set<ProviderId>; notes: string[] } {
  const rulesOut = new Set<ProviderId>();
  const notes: string[] = [];
  for (const la of LOOK_ALIKES) {
    for (const r of la.rules) {
      const it = (byKey.get(r.header) ?? []).find((i) => r.pattern.test(i.value));
      if (!it) continue;
      la.rulesOut.forEach((id) => rulesOut.add(id));
      const quoted = excerpt(it.value, 0, 0);
      notes.push(tr('esp.look-alike.note', { service: la.name, rule: tr(r.rule), header: it.label, value: quoted, source: r.source }));
      break;
    }
  }
  return { rulesOut, notes };
}

/** The region from the best-ranked rule that gives one (Feedback-ID, then Return-Path, Message-ID, Received). */
function regionOf(hits: Hit[]): Pick<Detection, 'region' | 'regionFrom'> {
  const withRegion = hits
    .filter((h) => h.groups.region !== undefined || h.rule.defaultRegion !== undefined)
    .sort((a, b) => (a.rule.regionRank ?? 9) - (b.rule.regionRank ?? 9));
  const h = withRegion[0];
  if (!h) return {};
  const region = h.groups.region ?? h.rule.defaultRegion!;
  return { region, regionFrom: { header: h.evidence.header, value: h.evidence.value, defaulted: h.groups.region === undefined } };
}

function capturesOf(hits: Hit[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of hits) for (const [k, v] of Object.entries(h.groups)) if (k !== 'region') out[k] = v;
  return out;
}

function excerpt(value: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(value.length, Math.max(index + length + 40, start + 120), start + 200);
  return (start > 0 ? '…' : '') + value.slice(start, end).trim() + (end < value.length ? '…' : '');
}

// ---------------------------------------------------------------- input

function collectItems(input: DetectInput): Item[] {
  const items: Item[] = [];
  for (const h of (input.headers ?? []).slice(0, MAX_HEADERS)) {
    if (typeof h?.name !== 'string' || typeof h.value !== 'string') continue;
    // values as they come from a raw split keep their folding and the space after the colon:
    // unfold and trim so that anchored rules (Feedback-ID "^1.<region>…") still match
    const value = h.value.slice(0, MAX_VALUE * 2).replace(/\r?\n(?=[ \t])/g, '').trim().slice(0, MAX_VALUE);
    items.push({ key: h.name.trim().toLowerCase(), label: h.name.trim(), value });
  }
  const env = envelopeOf(input, items);
  if (env) items.push(env);
  const sigs = input.dkimDomains ?? items.filter((i) => i.key === 'dkim-signature').map((i) => dkimTags(i.value));
  for (const s of sigs.slice(0, MAX_SIGNATURES)) {
    if (typeof s?.d !== 'string' || typeof s.s !== 'string' || !s.d) continue;
    items.push({ key: DKIM, label: 'DKIM-Signature', value: `d=${s.d.slice(0, 255).toLowerCase()}; s=${s.s.slice(0, 255)}` });
  }
  return items;
}

const DOMAIN = /^[a-z0-9_](?:[a-z0-9_.-]{0,251}[a-z0-9])?$/i;

function envelopeOf(input: DetectInput, items: Item[]): Item | null {
  if (typeof input.mailFromDomain === 'string' && DOMAIN.test(input.mailFromDomain.trim())) {
    return { key: ENVELOPE, label: 'MAIL FROM', value: input.mailFromDomain.trim().replace(/\.$/, '').toLowerCase() };
  }
  const rp = items.find((i) => i.key === 'return-path');
  if (!rp) return null;
  const at = rp.value.lastIndexOf('@');
  const domain = at < 0 ? '' : rp.value.slice(at + 1).replace(/[>\s]/g, '').replace(/\.$/, '');
  return DOMAIN.test(domain) ? { key: ENVELOPE, label: 'Return-Path', value: domain.toLowerCase() } : null;
}

/** d= and s= of a DKIM-Signature value (tag=value list, RFC 6376 3.2; FWS removed). */
function dkimTags(value: string): { d: string; s: string } {
  const tags: Record<string, string> = {};
  for (const part of value.split(';', 40)) {
    const eq = part.indexOf('=');
    if (eq > 0) tags[part.slice(0, eq).trim()] = part.slice(eq + 1).replace(/\s+/g, '');
  }
  return { d: tags.d ?? '', s: tags.s ?? '' };
}
