// Receiver-side spam verdict headers, decoded field by field into plain English.
// Microsoft meanings follow Microsoft Learn "Anti-spam message headers", "Spam confidence level"
// and "Bulk complaint level" (defender-office-365 docs, 2025); codes not described there are
// reported as "not documented" rather than guessed.
import { parseAuthResults } from '../authres/parse.ts';
import { EN_CATALOGUE } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';

export interface DecodedField {
  /** the header the field came from, as named in the message */
  header: string;
  key: string;
  value: string;
  meaning: string;
  /** false when the publisher does not document this field or value */
  documented: boolean;
}

export interface MicrosoftVerdict {
  fields: DecodedField[];
  scl?: number;
  bcl?: number;
  pcl?: number;
  sfv?: string;
  cat?: string;
  sfty?: string;
  cip?: string;
  ctry?: string;
  dir?: string;
  ipv?: string;
  srv?: string;
  helo?: string;
  ptr?: string;
  /** Mailbox-Delivery dest: (I, J, C) */
  dest?: string;
  /** Mailbox-Delivery OFR: the reason given for the folder, e.g. "CustomRules" */
  ofr?: string;
  /** SFS rule ids, e.g. ["13230031", "4636009"] */
  rules?: string[];
}

/** One rule that matched, with its score (SpamAssassin, Rspamd). */
export interface SpamRule {
  name: string;
  score?: number;
  description?: string;
  /** the header the rule was read from */
  header: string;
}

export interface SpamAssassinVerdict {
  fields: DecodedField[];
  /** the rules that matched, with scores when the header gives them (X-Spam-Report, X-Spam-hits, tests=[A=1.2,...]) */
  rules?: SpamRule[];
  spam?: boolean;
  score?: number;
  required?: number;
  tests: string[];
  autolearn?: string;
  version?: string;
}

export interface CompauthVerdict {
  header: string;
  result: string;
  reason?: string;
  meaning: string;
  documented: boolean;
}

export interface RspamdVerdict {
  fields: DecodedField[];
  rules: SpamRule[];
  spam?: boolean;
  score?: number;
  required?: number;
  action?: string;
}

export interface AntispamReport {
  /** the receiver's Microsoft 365 verdict (DIR:INB or no direction) */
  microsoft?: MicrosoftVerdict;
  /** X-Forefront-Antispam-Report with DIR:OUT: the sending organisation's outbound scan, not the receiver's verdict */
  microsoftOutbound?: MicrosoftVerdict & { note: string };
  rspamd?: RspamdVerdict;
  spamassassin?: SpamAssassinVerdict;
  compauth?: CompauthVerdict;
}

const MAX_VALUE = 16 * 1024;
const MAX_FIELDS = 200;
const ND = 'Not documented by Microsoft.';

// ---------------------------------------------------------------- Microsoft tables

const CAT: Record<string, string> = {
  NONE: 'No threat policy category applied.',
  AMP: 'Anti-malware.',
  BIMP: 'Brand impersonation (Defender for Office 365).',
  BULK: 'Bulk.',
  DIMP: 'Domain impersonation (Defender for Office 365).',
  FTBP: 'Anti-malware common attachments filter.',
  GIMP: 'Mailbox intelligence impersonation (Defender for Office 365).',
  HPHSH: 'High confidence phishing.',
  HPHISH: 'High confidence phishing.',
  HSPM: 'High confidence spam.',
  INTOS: 'Intra-organization phishing.',
  MALW: 'Malware.',
  OSPM: 'Outbound spam.',
  PHSH: 'Phishing.',
  SAP: 'Safe Attachments (Defender for Office 365).',
  SPM: 'Spam.',
  SPOOF: 'Spoofing.',
  UIMP: 'User impersonation (Defender for Office 365).',
};

const SFV: Record<string, string> = {
  BLK: "Filtering was skipped and the message was blocked: the sender is in the user's Blocked Senders list.",
  NSPM: 'Spam filtering marked the message as not spam; it was sent to the recipients.',
  SFE: "Filtering was skipped and the message was allowed: the sender is in the user's Safe Senders list.",
  SKA: "Spam filtering was skipped and the message went to the Inbox: the sender is in an anti-spam policy's allowed senders or domains.",
  SKB: "The message was marked as spam: the sender is in an anti-spam policy's blocked senders or domains.",
  SKI: 'Spam filtering was skipped for another reason, for example mail inside the same tenant.',
  SKN: 'The message was marked as not spam before spam filtering, e.g. SCL -1 or "Bypass spam filtering" set by a mail flow rule.',
  SKQ: 'The message was released from quarantine and sent to the recipients.',
  SKS: 'The message was marked as spam before spam filtering, e.g. SCL 5 to 9 set by a mail flow rule.',
  SPM: 'Spam filtering marked the message as spam.',
};

const SFTY: Record<string, string> = {
  '9.1': 'Phishing (default value): a phishing URL or other phishing content (older Microsoft documentation).',
  '9.11': 'Intra-organization (self-to-self) spoofing (older Microsoft documentation).',
  '9.19': 'Domain impersonation: the sending domain tries to impersonate a protected domain.',
  '9.20': "User impersonation: the sender tries to impersonate a user in the recipient's organization or a protected user.",
  '9.21': "Cross-domain spoofing: the From domain does not authenticate and is external; used with composite authentication (older Microsoft documentation).",
  '9.22': 'Same as 9.21, and a user safe sender was overridden (older Microsoft documentation).',
  '9.23': 'Same as 9.22, and an organization allowed sender or domain was overridden (older Microsoft documentation).',
  '9.24': "Same as 9.23, and a user's mail flow rule was overridden (older Microsoft documentation).",
  '9.25': 'First contact safety tip: may indicate a suspicious or phishing message.',
};

const DIR: Record<string, string> = { INB: 'Inbound message.', OUT: 'Outbound message.', INT: 'Internal message.' };
const IPV: Record<string, string> = {
  CAL: 'Spam filtering was skipped: the source IP address is in the IP Allow List.',
  NLI: 'The IP address was not found on any IP reputation list.',
};

function scl(v: string): [string, boolean] {
  const n = Number(v);
  if (n === -1) return ['-1: spam filtering was skipped (safe sender, safe recipient or IP Allow List); delivered to the Inbox.', true];
  if (n === 0 || n === 1) return [`${n}: spam filtering found the message not to be spam.`, true];
  if (n === 5 || n === 6) return [`${n}: spam filtering marked the message as spam.`, true];
  if (n >= 7 && n <= 9) return [`${n}: high confidence spam (7 is usually set by other features, such as DMARC failures or mail flow rules).`, true];
  if (n >= 2 && n <= 4) return [`${n}: spam filtering never stamps this value; something else (e.g. a mail flow rule) set it.`, true];
  return [`${v}: ${ND}`, false];
}

function bcl(v: string): [string, boolean] {
  const n = Number(v);
  if (n === 0) return ['0: not from a bulk sender.', true];
  if (n >= 1 && n <= 3) return [`${n}: from a bulk sender that generates few complaints.`, true];
  if (n >= 4 && n <= 7) return [`${n}: from a bulk sender that generates a mixed number of complaints (the default threshold is 7).`, true];
  if (n === 8 || n === 9) return [`${n}: from a bulk sender that generates a high number of complaints.`, true];
  return [`${v}: ${ND}`, false];
}

/**
 * Exchange "Antispam stamps" (PCL 1-3 neutral, 4-8 suspicious) and Microsoft 365 "Anti-spam message
 * headers" (PCL 0-3 / 4-8).
 */
function pcl(v: string): [string, boolean] {
  const n = /^-?\d{1,6}$/.test(v) ? Number(v) : NaN;
  if (n >= 0 && n <= 3) return [`${n}: the message's content is not likely to be phishing.`, true];
  if (n >= 4 && n <= 8) return [`${n}: the message's content is likely to be phishing.`, true];
  return [`${v}: ${ND}`, false];
}

function fromTable(table: Record<string, string>, v: string, what: string): [string, boolean] {
  const m = table[v.toUpperCase()] ?? table[v];
  return m ? [m, true] : [v === '' ? `No ${what} recorded.` : `${v}: ${ND}`, v === ''];
}

const FOREFRONT: Record<string, (v: string) => [string, boolean]> = {
  CIP: (v) => [`Connecting IP address: ${v}.`, true],
  CTRY: (v) => [v ? `Country/region of the connecting IP address: ${v} (not necessarily where the message started).` : 'No country/region recorded.', true],
  LANG: (v) => [v ? `Language the message is written in: ${v}.` : 'No language recorded.', true],
  SCL: (v) => scl(v),
  // older reports (and some tenants today) carry the bulk and phishing levels here too
  BCL: (v) => bcl(v),
  PCL: (v) => pcl(v),
  SRV: (v) => (v.toUpperCase() === 'BULK' ? ['Identified as bulk email by spam filtering and the BCL threshold.', true] : fromTable({}, v, 'bulk verdict')),
  IPV: (v) => fromTable(IPV, v, 'IP reputation verdict'),
  SFV: (v) => fromTable(SFV, v, 'spam filtering verdict'),
  H: (v) => [`HELO/EHLO name of the connecting server: ${v}.`, true],
  PTR: (v) => [v ? `Reverse DNS (PTR) name of the source IP address: ${v}.` : 'No reverse DNS (PTR) name for the source IP address.', true],
  CAT: (v) => fromTable(CAT, v, 'threat category'),
  SFTY: (v) => (v === '' ? ['No phishing safety verdict.', true] : fromTable(SFTY, v, 'safety verdict')),
  DIR: (v) => fromTable(DIR, v, 'direction'),
  SFS: (v) => [`Spam filter rules matched: ${ruleIds(v).join(', ') || 'none'} (rule meanings are not documented by Microsoft).`, true],
};

function ruleIds(v: string): string[] {
  return [...v.matchAll(/\(([^()]{1,40})\)/g)].map((m) => m[1]!).slice(0, MAX_FIELDS);
}

/** "KEY:value;KEY:value;" (X-Forefront-Antispam-Report, X-Microsoft-Antispam, Mailbox-Delivery). */
function pairs(value: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of value.slice(0, MAX_VALUE).split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const c = p.indexOf(':');
    out.push(c < 0 ? [p, ''] : [p.slice(0, c).trim(), p.slice(c + 1).trim()]);
    if (out.length >= MAX_FIELDS) break;
  }
  return out;
}

const STRING_FIELDS = {
  SFV: 'sfv', CAT: 'cat', SFTY: 'sfty', CIP: 'cip', CTRY: 'ctry', DIR: 'dir', IPV: 'ipv', SRV: 'srv', PTR: 'ptr', H: 'helo',
} as const satisfies Record<string, keyof MicrosoftVerdict>;

function decodeForefront(header: string, value: string, ms: MicrosoftVerdict): void {
  for (const [key, v] of pairs(value)) {
    const fn = FOREFRONT[key.toUpperCase()];
    const [meaning, documented] = fn ? fn(v) : [ND, false];
    ms.fields.push({ header, key, value: v, meaning, documented });
    const k = key.toUpperCase();
    const prop = STRING_FIELDS[k as keyof typeof STRING_FIELDS];
    if (k === 'SCL' && /^-?\d+$/.test(v)) ms.scl = Number(v);
    else if (k === 'BCL' && /^\d+$/.test(v)) ms.bcl ??= Number(v);
    else if (k === 'PCL' && /^\d+$/.test(v)) ms.pcl ??= Number(v);
    else if (k === 'SFS') ms.rules = ruleIds(v);
    else if (prop && v !== '') ms[prop] = v;
  }
}

function decodeMicrosoftAntispam(header: string, value: string, ms: MicrosoftVerdict): void {
  for (const [key, v] of pairs(value)) {
    const k = key.toUpperCase();
    let meaning = ND;
    let documented = false;
    if (k === 'BCL') {
      [meaning, documented] = bcl(v);
      if (/^\d+$/.test(v)) ms.bcl = Number(v);
    } else if (k === 'PCL') {
      [meaning, documented] = pcl(v);
      if (/^\d+$/.test(v)) ms.pcl = Number(v);
    }
    ms.fields.push({ header, key, value: v, meaning, documented });
  }
}

// Microsoft does not document X-Microsoft-Antispam-Mailbox-Delivery (a Microsoft moderator said so on
// Microsoft Q&A in 2021). The readings below are what administrators observe (University of Oxford
// IT Services publishes dest: and OFR:); every field is marked documented: false.
const DEST: Record<string, string> = { I: 'the Inbox', J: 'the Junk Email folder', C: 'a custom folder (moved there by a rule)' };
const OFR: Record<string, string> = {
  CUSTOMRULES: "a rule the mailbox owner made (an Outlook inbox rule) decided the folder",
  SPAMFILTERAUTHJ: "Exchange's own filtering decided the folder, possibly using the mailbox's junk email settings",
};
const ND_LOWER = 'not documented by Microsoft';
const OBSERVED = `observed behaviour; ${ND_LOWER}`;

function flag(v: string, yes: string, no: string): string {
  if (v === '1') return `1: ${yes} (${OBSERVED})`;
  if (v === '0') return `0: ${no} (${OBSERVED})`;
  return `${v}: ${ND}`;
}

function mailboxDeliveryMeaning(key: string, v: string): string {
  const V = v.toUpperCase();
  switch (key.toLowerCase()) {
    case 'dest':
      return DEST[V] ? `${v}: delivered to ${DEST[V]} (${OBSERVED})` : `${v}: ${ND}`;
    case 'ofr':
      return OFR[V] ? `${v}: ${OFR[V]} (${OBSERVED})` : `${v}: the reason given for the folder choice (${OBSERVED})`;
    case 'ucf':
      return flag(v, 'a rule the mailbox owner made (user custom filter) took part in the delivery', 'no rule of the mailbox owner took part');
    case 'jmr':
      return flag(v, "the mailbox's junk email rule acted on the message", "the mailbox's junk email rule did not act");
    case 'rf':
      return `${v}: the folder the message was routed to (${OBSERVED})`;
    case 'auth':
      return `${v}: an authentication flag whose meaning is not published (${ND_LOWER})`;
    case 'eng':
      return `Internal filtering engine and rule identifiers: ${ruleIds(v).join(', ') || 'none'} (${ND_LOWER})`;
    default:
      return ND;
  }
}

function decodeMailboxDelivery(header: string, value: string, ms: MicrosoftVerdict): void {
  for (const [key, v] of pairs(value)) {
    const k = key.toLowerCase();
    if (k === 'dest' && v !== '') ms.dest = v;
    if (k === 'ofr' && v !== '') ms.ofr = v;
    ms.fields.push({ header, key, value: v, meaning: mailboxDeliveryMeaning(key, v), documented: false });
  }
}

function decodeExchangeScl(header: string, value: string, ms: MicrosoftVerdict): void {
  const v = value.trim().slice(0, 200);
  const [meaning, documented] = scl(v);
  if (/^-?\d+$/.test(v)) ms.scl ??= Number(v);
  ms.fields.push({ header, key: 'SCL', value: v, meaning, documented });
}

function decodeExchangePcl(header: string, value: string, ms: MicrosoftVerdict): void {
  const v = value.trim().slice(0, 200);
  const [meaning, documented] = pcl(v);
  if (/^\d+$/.test(v)) ms.pcl ??= Number(v);
  ms.fields.push({ header, key: 'PCL', value: v, meaning, documented });
}

// ---------------------------------------------------------------- compauth

/** Microsoft's composite authentication reason codes (Authentication-Results reason=). */
export function compauthMeaning(reason: string | undefined): { meaning: string; documented: boolean } {
  const r = (reason ?? '').trim();
  const exact: Record<string, string> = {
    '000': 'Failed explicit authentication: for example DMARC failed and the policy is p=quarantine or p=reject.',
    '001': 'Failed implicit authentication: the sending domain publishes no authentication records, or only weak ones (SPF ~all or ?all, DMARC p=none).',
    '002': 'The organization has a policy that forbids this sender/domain pair from sending spoofed email (set by an admin).',
    '010': "DMARC failed with p=reject or p=quarantine, and the sending domain is one of the organization's accepted domains (self-to-self or intra-org spoofing).",
    '130': 'Passed authentication: the ARC result was used to override a DMARC failure.',
  };
  if (exact[r]) return { meaning: exact[r]!, documented: true };
  if (!/^\d{3}$/.test(r)) return { meaning: r === '' ? 'No reason code given.' : `${r}: ${ND}`, documented: false };
  const family: Record<string, string> = {
    '1': 'Passed authentication (compauth=pass); the last two digits are internal Microsoft codes.',
    '7': 'Passed authentication (compauth=pass); the last two digits are internal Microsoft codes.',
    '2': 'Soft-passed implicit authentication (compauth=softpass); the last two digits are internal Microsoft codes.',
    '3': 'Not checked for composite authentication (compauth=none).',
    '4': 'Bypassed composite authentication (compauth=none); the last two digits are internal Microsoft codes.',
    '9': 'Bypassed composite authentication (compauth=none); the last two digits are internal Microsoft codes.',
    '6': "Failed implicit authentication, and the sending domain is one of the organization's accepted domains (self-to-self or intra-org spoofing).",
  };
  const f = family[r[0]!];
  return f ? { meaning: f, documented: true } : { meaning: `${r}: ${ND}`, documented: false };
}

function decodeCompauth(header: string, value: string): CompauthVerdict | undefined {
  const e = parseAuthResults(value.slice(0, MAX_VALUE)).results.find((x) => x.method === 'compauth');
  if (!e) return undefined;
  return { header, result: e.result, ...(e.reason !== undefined ? { reason: e.reason } : {}), ...compauthMeaning(e.reason) };
}

// ---------------------------------------------------------------- SpamAssassin

// Mail::SpamAssassin::PerMsgStatus: the values of _AUTOLEARN_
const AUTOLEARN: Record<string, string> = {
  ham: 'The Bayes filter learned this message automatically as ham (not spam).',
  spam: 'The Bayes filter learned this message automatically as spam.',
  no: 'The Bayes filter did not learn from this message automatically: it did not meet the auto-learn conditions (score thresholds and rule points).',
  disabled: 'Automatic Bayes learning is turned off on this server.',
  failed: 'Automatic Bayes learning was tried and failed.',
  unavailable: 'Automatic Bayes learning was not available for this message.',
};

function decodeSpamStatus(header: string, value: string, sa: SpamAssassinVerdict): void {
  // "Yes, score=5.3 required=5.0 tests=A,B,\n\tC autolearn=no version=3.4.6"; folding may split tests=
  const v = value.slice(0, MAX_VALUE).replace(/\s+/g, ' ').replace(/,\s+/g, ',').replace(/=\s+(?=\S)/g, '=').trim();
  const verdict = /^(yes|no)\b/i.exec(v)?.[1];
  if (verdict) {
    sa.spam = verdict.toLowerCase() === 'yes';
    sa.fields.push({ header, key: 'verdict', value: verdict, meaning: sa.spam ? 'SpamAssassin classed the message as spam.' : 'SpamAssassin did not class the message as spam.', documented: true });
  }
  for (const m of v.replace(/tests=\[([^\]]*)\]/i, (_x, t: string) => `tests=[${t.replace(/\s+/g, '')}]`).matchAll(/\b([a-z_]{1,30})=(\S*)/gi)) {
    const [key, val] = [m[1]!.toLowerCase(), m[2]!];
    let meaning = 'SpamAssassin field.';
    if (key === 'score' || key === 'hits') {
      sa.score = Number(val);
      meaning = 'Total score of the rules that matched.';
    } else if (key === 'required') {
      sa.required = Number(val);
      meaning = 'Score at or above which the message is classed as spam.';
    } else if (key === 'tests') {
      // "tests=A,B" or amavis "tests=[A=1.2, B=-0.1]"
      const list = val === 'none' ? [] : val.replace(/^\[|\]$/g, '').split(',').filter(Boolean).slice(0, MAX_FIELDS);
      sa.tests = list.map((x) => x.split('=')[0]!);
      const scored = list.map((x) => /^([A-Za-z0-9_]+)=(-?\d+(?:\.\d+)?)$/.exec(x)).filter((m): m is RegExpExecArray => !!m);
      if (scored.length) addRules(sa, scored.map((m) => ({ name: m[1]!, score: Number(m[2]), header })));
      meaning = 'Names of the rules that matched.';
    } else if (key === 'autolearn') {
      sa.autolearn = val;
      meaning = AUTOLEARN[val.toLowerCase()] ?? 'Whether the Bayes filter learned from this message automatically, and as what.';
    } else if (key === 'autolearn_force') {
      meaning = val.toLowerCase() === 'yes' ? 'A rule marked autolearn_force made the message eligible for auto-learning.' : 'No rule forced auto-learning.';
    } else if (key === 'version') {
      sa.version = val;
      meaning = 'SpamAssassin version.';
    }
    sa.fields.push({ header, key, value: val, meaning, documented: true });
    if (sa.fields.length >= MAX_FIELDS) break;
  }
}

function decodeSpamScore(header: string, name: string, value: string, sa: SpamAssassinVerdict): void {
  const v = value.trim().slice(0, 200);
  if (name === 'x-spam-level') {
    const stars = /^\*+$/.test(v) ? v.length : 0;
    sa.fields.push({ header, key: 'level', value: v, meaning: `${stars} star(s): one per whole point of score.`, documented: true });
  } else if (name === 'x-spam-score') {
    if (sa.score === undefined && /^-?\d+(\.\d+)?$/.test(v)) sa.score = Number(v);
    sa.fields.push({ header, key: 'score', value: v, meaning: 'Spam score.', documented: true });
  } else {
    sa.spam ??= /^yes/i.test(v);
    sa.fields.push({ header, key: 'flag', value: v, meaning: /^yes/i.test(v) ? 'The filter flagged the message as spam.' : 'The filter did not flag the message as spam.', documented: true });
  }
}

function addRules(sa: { rules?: SpamRule[] }, rules: SpamRule[]): void {
  const have = (sa.rules ??= []);
  for (const r of rules) {
    if (have.length >= MAX_FIELDS) return;
    const old = have.find((x) => x.name === r.name);
    if (old) {
      old.score ??= r.score;
      old.description ??= r.description;
    } else have.push(r);
  }
}

/**
 * SpamAssassin's report template, in X-Spam-Report or the body: "* -0.1 DKIM_VALID Message has at
 * least one valid DKIM..." (continuation lines start with "*" and no score), or the
 * "pts rule name description" table.
 */
export function parseSpamReport(header: string, value: string): SpamRule[] {
  const v = value.slice(0, MAX_VALUE);
  const rules: SpamRule[] = [];
  const segs = v.includes('*') ? v.split(/(?:^|\s)\*(?=\s)/) : v.split(/\r?\n/);
  for (const seg of segs) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s+([A-Z0-9_][A-Za-z0-9_]{1,60})(?:\s+(.*))?$/s.exec(seg);
    if (m) rules.push({ name: m[2]!, score: Number(m[1]), description: (m[3] ?? '').replace(/\s+/g, ' ').trim() || undefined, header });
    else if (rules.length && seg.trim() && !/^-+\s/.test(seg.trim())) {
      const last = rules[rules.length - 1]!;
      last.description = `${last.description ?? ''} ${seg.replace(/\s+/g, ' ').trim()}`.trim();
    }
    if (rules.length >= MAX_FIELDS) break;
  }
  return rules.map((r) => (r.description ? { ...r, description: r.description.slice(0, 500) } : r));
}

/** X-Spam-hits: "BAYES_00 -1.9, HTML_MESSAGE 0.001, SPF_PASS -0.001, ..." */
export function parseSpamHits(header: string, value: string): SpamRule[] {
  const out: SpamRule[] = [];
  for (const part of value.slice(0, MAX_VALUE).split(',')) {
    const m = /^\s*([A-Za-z0-9_]{2,60})\s+(-?\d+(?:\.\d+)?)\s*$/.exec(part);
    if (m) out.push({ name: m[1]!, score: Number(m[2]), header });
    if (out.length >= MAX_FIELDS) break;
  }
  return out;
}

/**
 * Rspamd: X-Spamd-Result "default: False [-3.10 / 15.00]; ARC_NA(0.00)[]; DMARC_POLICY_ALLOW(-0.50)[example.com,none]; ..."
 * and X-Rspamd-Report "R_SPF_ALLOW(-0.2) BAYES_HAM(-3) ..." (symbol(score)[options]).
 */
function decodeRspamd(header: string, name: string, value: string, rs: RspamdVerdict): void {
  const v = value.slice(0, MAX_VALUE).replace(/\s+/g, ' ');
  if (name === 'x-spamd-result') {
    const head = /^\s*\w+:\s*(True|False)\s*\[\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*\]/i.exec(v);
    if (head) {
      rs.spam = head[1]!.toLowerCase() === 'true';
      rs.score = Number(head[2]);
      rs.required = Number(head[3]);
      rs.fields.push({ header, key: 'verdict', value: `${head[1]} [${head[2]} / ${head[3]}]`, meaning: `Rspamd ${rs.spam ? 'classed the message as spam' : 'did not class the message as spam'}: score ${head[2]}, threshold ${head[3]}.`, documented: true });
    }
  }
  if (name === 'x-rspamd-score' && /^-?[\d.]+$/.test(v.trim())) {
    rs.score ??= Number(v.trim());
    rs.fields.push({ header, key: 'score', value: v.trim(), meaning: 'Rspamd score.', documented: true });
    return;
  }
  if (name === 'x-rspamd-action') {
    rs.action = v.trim().slice(0, 60);
    rs.fields.push({ header, key: 'action', value: rs.action, meaning: 'The action Rspamd chose (no action, greylist, add header, rewrite subject, soft reject, reject).', documented: true });
    return;
  }
  for (const m of v.matchAll(/([A-Z][A-Z0-9_]{1,60})\((-?\d+(?:\.\d+)?)\)(?:\[([^\]]{0,300})\])?/g)) {
    if (rs.rules.length >= MAX_FIELDS) break;
    rs.rules.push({ name: m[1]!, score: Number(m[2]), ...(m[3] ? { description: m[3] } : {}), header });
  }
}

// ---------------------------------------------------------------- entry point

/** Decode the receiver-side spam headers present in the message (unfolded values). Never throws. */
export function decodeAntispam(headers: { name: string; value: string; trusted?: boolean }[]): AntispamReport {
  const out: AntispamReport = {};
  const ms = (): MicrosoftVerdict => (out.microsoft ??= { fields: [] });
  const sa = (): SpamAssassinVerdict => (out.spamassassin ??= { fields: [], tests: [] });
  const rs = (): RspamdVerdict => (out.rspamd ??= { fields: [], rules: [] });
  for (const h of headers.slice(0, 1000)) {
    if (typeof h?.name !== 'string' || typeof h.value !== 'string') continue;
    const name = h.name.toLowerCase();
    if (name === 'x-forefront-antispam-report' && /(?:^|;)\s*DIR:OUT\b/i.test(h.value)) {
      // the sender's Microsoft 365 scanned it on the way out: not the receiver's verdict
      if (!out.microsoftOutbound) {
        const o: MicrosoftVerdict = { fields: [] };
        decodeForefront(h.name, h.value, o);
        out.microsoftOutbound = { ...o, note: renderText(EN_CATALOGUE, 'recv.antispam.dir-out') };
      }
    } else if (name === 'x-forefront-antispam-report') decodeForefront(h.name, h.value, ms());
    else if (name === 'x-microsoft-antispam') decodeMicrosoftAntispam(h.name, h.value, ms());
    else if (name === 'x-microsoft-antispam-mailbox-delivery') decodeMailboxDelivery(h.name, h.value, ms());
    else if (name === 'x-ms-exchange-organization-scl') decodeExchangeScl(h.name, h.value, ms());
    else if (name === 'x-ms-exchange-organization-pcl') decodeExchangePcl(h.name, h.value, ms());
    else if (name === 'x-spam-status') decodeSpamStatus(h.name, h.value, sa());
    else if (name === 'x-spam-score' || name === 'x-spam-level' || name === 'x-spam-flag') decodeSpamScore(h.name, name, h.value, sa());
    else if (name === 'x-spam-report') addRules(sa(), parseSpamReport(h.name, h.value));
    else if (name === 'x-spam-hits') addRules(sa(), parseSpamHits(h.name, h.value));
    else if (name === 'x-spamd-result' || name === 'x-rspamd-report' || name === 'x-rspamd-score' || name === 'x-rspamd-action') decodeRspamd(h.name, name, h.value, rs());
    else if (name === 'authentication-results' && !out.compauth && h.trusted !== false) {
      const c = decodeCompauth(h.name, h.value);
      if (c) out.compauth = c;
    }
  }
  return out;
}
