// Collecting ARC sets (RFC 8617 4.1, 4.2): each ARC header field with its instance number.
import { unfold, type RawHeader, type RawMessage } from '../message/raw.ts';
import { EN, type Tr } from '../i18n/tr.ts';
import type { Problem } from '../types.ts';
import { MAX_ARC_INSTANCE, parseSignatureTags, type DkimTagResult } from '../dkim/signature.ts';

export type ArcFieldKind = 'aar' | 'ams' | 'as';

export interface ArcField {
  kind: ArcFieldKind;
  header: RawHeader;
  /** null when the field has no valid i= */
  instance: number | null;
  /** AMS and AS: the parsed tags */
  parsed: DkimTagResult | null;
  /** AAR: the authserv-id the intermediary wrote, and its result text */
  authservId: string | null;
  aarText: string | null;
}

export interface ArcSetFields {
  instance: number;
  aar: ArcField[];
  ams: ArcField[];
  as: ArcField[];
}

const KIND: Record<string, ArcFieldKind> = {
  'arc-authentication-results': 'aar',
  'arc-message-signature': 'ams',
  'arc-seal': 'as',
};

export const FIELD_NAMES: Record<ArcFieldKind, string> = {
  aar: 'ARC-Authentication-Results',
  ams: 'ARC-Message-Signature',
  as: 'ARC-Seal',
};

/** RFC 8617 4.1.1: AAR = "i=" instance ";" authres-payload (the i= tag comes first). */
const AAR_PREFIX = /^[ \t\r\n]*i[ \t\r\n]*=[ \t\r\n]*([0-9]{1,3})[ \t\r\n]*;/;

function parseAar(h: RawHeader): ArcField {
  const m = AAR_PREFIX.exec(h.value);
  const field: ArcField = { kind: 'aar', header: h, instance: null, parsed: null, authservId: null, aarText: null };
  if (!m) return field;
  const n = Number(m[1]);
  if (n >= 1 && n <= MAX_ARC_INSTANCE) field.instance = n;
  const rest = unfold(h.value.slice(m[0].length)).trim();
  const id = /^[^\s;]+/.exec(rest);
  field.authservId = id ? id[0] : null;
  // drop the ";" after the authserv-id (and an RFC 8601 version number before it)
  field.aarText = rest.slice(id ? id[0].length : 0).replace(/^\s*(?:[0-9]+\s*)?;/, '').trim();
  return field;
}

/** Every ARC header field, topmost first, with its instance. */
export function collectArcFields(msg: RawMessage, tr: Tr = EN): ArcField[] {
  const out: ArcField[] = [];
  for (const h of msg.headers) {
    const kind = KIND[h.key];
    if (!kind) continue;
    if (kind === 'aar') {
      out.push(parseAar(h));
      continue;
    }
    const parsed = parseSignatureTags(h.value, kind, tr);
    out.push({ kind, header: h, instance: parsed.sig.instance, parsed, authservId: null, aarText: null });
  }
  return out;
}

export interface ArcStructure {
  sets: ArcSetFields[];
  /** set when the fields do not form sets 1..N with one field of each kind */
  problem: (Problem & { instance?: number }) | null;
}

function structural(message: string, instance?: number): Problem & { instance?: number } {
  return { code: 'arc-structure', severity: 'error', subject: 'ARC', message, ...(instance !== undefined ? { instance } : {}) };
}

/** Group the fields into sets and check RFC 8617 4.2.1: instances 1..N, one of each kind. */
export function groupArcSets(fields: ArcField[], tr: Tr = EN): ArcStructure {
  const byInstance = new Map<number, ArcSetFields>();
  let problem: ArcStructure['problem'] = null;
  for (const f of fields) {
    if (f.instance === null) {
      const name = FIELD_NAMES[f.kind];
      const line = f.header.line;
      problem ??= structural(tr(f.kind === 'aar' ? 'arc.structure.no-instance.aar' : 'arc.structure.no-instance', { name, line, max: MAX_ARC_INSTANCE }));
      continue;
    }
    let set = byInstance.get(f.instance);
    if (!set) byInstance.set(f.instance, (set = { instance: f.instance, aar: [], ams: [], as: [] }));
    set[f.kind].push(f);
  }
  const n = Math.max(0, ...byInstance.keys());
  const sets: ArcSetFields[] = [];
  for (let i = 1; i <= n; i++) {
    const set = byInstance.get(i) ?? { instance: i, aar: [], ams: [], as: [] };
    sets.push(set);
    if (problem) continue;
    for (const kind of ['aar', 'ams', 'as'] as const) {
      const count = set[kind].length;
      const name = FIELD_NAMES[kind];
      if (count === 0) {
        problem = structural(tr('arc.structure.missing', { set: i, name }), i);
      } else if (count > 1) {
        const lines = set[kind].map((f) => f.header.line).join(', ');
        problem = structural(tr('arc.structure.duplicate', { set: i, n: count, name, lines }), i);
      }
      if (problem) break;
    }
  }
  return { sets, problem };
}
