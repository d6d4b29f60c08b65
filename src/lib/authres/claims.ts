// What each receiving server claimed, grouped by the authserv-id that stamped it.
import type { AuthResEntry, ParsedAuthResults } from './types.ts';

export interface SpfClaim {
  result: string;
  /** smtp.mailfrom as written (an address, or only a domain at Microsoft 365) */
  mailfrom?: string;
  /** the domain part of smtp.mailfrom */
  mailfromDomain?: string;
  helo?: string;
  comment?: string;
}

export interface DkimClaim {
  result: string;
  /** header.d, or the domain of header.i when only that is given (Gmail) */
  d?: string;
  i?: string;
  s?: string;
  /** the first characters of the signature (header.b), to tell signatures apart */
  b?: string;
  a?: string;
  reason?: string;
  comment?: string;
}

export interface DmarcClaim {
  result: string;
  headerFrom?: string;
  /** policy words from the comment, e.g. Gmail's (p=REJECT sp=REJECT dis=NONE), lowercased */
  p?: string;
  sp?: string;
  dis?: string;
  /** Microsoft 365 action= (none, oreject, pct.quarantine, ...) */
  action?: string;
  comment?: string;
}

export interface ReceiverClaim {
  authservId: string | null;
  /** how many header fields this group was built from */
  headers: number;
  /** ARC instance when the group comes from ARC-Authentication-Results */
  instance?: number;
  spf: SpfClaim | null;
  dkim: DkimClaim[];
  dmarc: DmarcClaim | null;
  arc: { result: string; comment?: string } | null;
  compauth: { result: string; reason?: string } | null;
  /** results of other methods (iprev, auth, bimi, x-...) and repeated spf/dmarc/arc entries */
  other: AuthResEntry[];
}

function domainOf(v: string | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  const at = v.lastIndexOf('@');
  const d = (at >= 0 ? v.slice(at + 1) : v).replace(/^<|>$/g, '').toLowerCase();
  return d === '' ? undefined : d;
}

/** Microsoft 365 writes `header.d=none` when there was no signature. */
function real(v: string | undefined): string | undefined {
  return v === undefined || v === '' || v.toLowerCase() === 'none' ? undefined : v;
}

function opt<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: string };
}

function spfClaim(e: AuthResEntry): SpfClaim {
  const mailfrom = real(e.props['smtp.mailfrom']);
  return {
    result: e.result,
    ...opt('mailfrom', mailfrom),
    ...opt('mailfromDomain', domainOf(mailfrom)),
    ...opt('helo', real(e.props['smtp.helo'])),
    ...opt('comment', e.comment),
  };
}

function dkimClaim(e: AuthResEntry): DkimClaim {
  const i = real(e.props['header.i']);
  return {
    result: e.result,
    ...opt('d', real(e.props['header.d'])?.toLowerCase() ?? domainOf(i)),
    ...opt('i', i),
    ...opt('s', real(e.props['header.s'])),
    ...opt('b', real(e.props['header.b'])),
    ...opt('a', real(e.props['header.a'])),
    ...opt('reason', e.reason),
    ...opt('comment', e.comment),
  };
}

/** Gmail and others put the policy in a comment: "p=REJECT sp=REJECT dis=NONE". */
function policyWords(comment: string | undefined): { p?: string; sp?: string; dis?: string } {
  const out: { p?: string; sp?: string; dis?: string } = {};
  if (!comment) return out;
  for (const m of comment.matchAll(/(?:^|[\s(,;])(p|sp|dis)=([A-Za-z.]{1,20})/g)) {
    const k = m[1] as 'p' | 'sp' | 'dis';
    out[k] ??= m[2]!.toLowerCase();
  }
  return out;
}

function dmarcClaim(e: AuthResEntry): DmarcClaim {
  return {
    result: e.result,
    ...opt('headerFrom', real(e.props['header.from'])),
    ...policyWords(e.comment),
    ...opt('action', e.extras['action']),
    ...opt('comment', e.comment),
  };
}

function emptyClaim(authservId: string | null, instance: number | undefined): ReceiverClaim {
  return {
    authservId,
    headers: 0,
    ...(instance !== undefined ? { instance } : {}),
    spf: null,
    dkim: [],
    dmarc: null,
    arc: null,
    compauth: null,
    other: [],
  };
}

function addEntry(c: ReceiverClaim, e: AuthResEntry): void {
  if (e.method === 'spf' && !c.spf) c.spf = spfClaim(e);
  else if (e.method === 'dkim') c.dkim.push(dkimClaim(e));
  else if (e.method === 'dmarc' && !c.dmarc) c.dmarc = dmarcClaim(e);
  else if (e.method === 'arc' && !c.arc) c.arc = { result: e.result, ...opt('comment', e.comment) };
  else if (e.method === 'compauth' && !c.compauth) c.compauth = { result: e.result, ...opt('reason', e.reason) };
  else c.other.push(e);
}

/**
 * Group parsed Authentication-Results (topmost first) by authserv-id (case-insensitive;
 * values without one, as Microsoft 365 writes them, form one group), in order of first
 * appearance, and pull out each method's result and identifiers.
 */
export function receiverClaims(results: ParsedAuthResults[]): ReceiverClaim[] {
  const groups = new Map<string, ReceiverClaim>();
  for (const r of results) {
    const key = `${r.instance ?? ''}|${(r.authservId ?? '').toLowerCase()}`;
    let c = groups.get(key);
    if (!c) {
      c = emptyClaim(r.authservId, r.instance);
      groups.set(key, c);
    }
    c.headers++;
    for (const e of r.results) addEntry(c, e);
  }
  return [...groups.values()];
}
