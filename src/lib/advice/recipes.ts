// What each service needs published so that SPF or DKIM aligns with the From domain.
// One recipe per service, facts and tags from docs/providers.md (with their sources).
// [3P] and [INF] facts are unverified: the drafts that rest on them say so.
// Every visible text is a catalogue code (src/lib/findings/{en,ja}/recipes.ts) rendered with tr;
// console paths are catalogue texts too (the vendor's labels as written; in Japanese quoted, with a gloss).
import type { TextCode } from '../findings/catalog.ts';
import { translator, type AdviceLang, type Tr } from './lang.ts';
import { dashed, orgDomainOf } from './names.ts';
import { addSpfTerm, isSpfRecord } from './spf-text.ts';
import type { Detection, Fix, FixProblem, FixRecord, Placeholder, ProviderId, Source } from './types.ts';

export interface Ctx {
  from: string;
  org: string;
  detection: Detection | null;
  spfMode: 'r' | 's';
  dkimMode: 'r' | 's';
  mailFrom: string | null;
  apexSpf?: string[];
  spfLookupsWorstCase?: number;
  /** the SPF result of this message (absent: not known) */
  spfResult?: string;
  /** the language of the texts (default 'en') */
  lang?: AdviceLang;
  /** no message is at hand (the domain check): nothing is said of one */
  noMessage?: boolean;
}

/** A fix before the planner adds its problem, provider and importance. */
export interface Draft extends Omit<Fix, 'problem' | 'provider' | 'importance'> {
  /** the domain that becomes the MAIL FROM (SPF) or d= (DKIM) once this is done */
  identity?: string;
  /** the identity is a subdomain of the From domain: it aligns in relaxed mode only */
  relaxedOnly?: boolean;
  /** SPF cannot align through the service: it keeps the MAIL FROM on its own domain (no custom return path) */
  noRoute?: true;
}

export interface Recipe {
  /** make the MAIL FROM align */
  spf: (c: Ctx) => Draft;
  /** make a DKIM signature align */
  dkim: (c: Ctx) => Draft;
  /** the SPF term that authorises the service, for an aligned MAIL FROM whose SPF fails */
  include?: { term: string; source: Source; unverified?: boolean };
  /** what the service says about DMARC itself */
  dmarcNote?: TextCode;
}

// ---------------------------------------------------------------- building blocks

/** The text picker for a context's language. */
const T = (c: Ctx): Tr => translator(c.lang);

/** "No signature with d=… passed": said of a message; a check without one (c.noMessage) leaves it out. */
function noSig(c: Ctx, aligned = false): string {
  return c.noMessage ? '' : T(c)(aligned ? 'recipes.common.no-aligned-signature' : 'recipes.common.no-signature', { from: c.from });
}

const SHAPE = {
  key: '[A-Za-z0-9+/=]{16,4096}',
  label: '[a-z0-9_-]{1,63}',
  host: '[a-z0-9_-]{1,63}(?:\\.[a-z0-9_-]{1,63}){1,10}',
  digits: '\\d{1,12}',
  region: '[a-z]{2}(?:-gov)?-[a-z]{1,12}-\\d',
};

function ph(token: string, meaning: string, where: string, shape: string): Placeholder {
  return { token, meaning, where, shape };
}

function rec(type: FixRecord['type'], name: string, value: string, placeholders: Placeholder[] = []): FixRecord {
  const used = placeholders.filter((p) => name.includes(p.token) || value.includes(p.token));
  return { type, name, value, ...(used.length ? { placeholders: used } : {}) };
}

function mx(name: string, value: string, priority: number, placeholders: Placeholder[] = [], onlyRecord = false): FixRecord {
  return { ...rec('MX', name, value, placeholders), priority, ...(onlyRecord ? { onlyRecord } : {}) };
}

/** Two SPF records at one name (a clause closing several caveats). */
const RFC7208_45: TextCode = 'recipes.common.rfc7208-45';
const CLOUDFLARE: TextCode = 'recipes.common.cloudflare';
const ZONE_APPEND: TextCode = 'recipes.common.zone-append';
/** "Open <console path>" as a step: the path stays as the vendor writes it. */
const openStep = (tr: Tr, path: string): string => tr('recipes.common.open', { path });

/**
 * An SPF TXT record at `name` that authorises `term`. At the From domain, where the existing
 * records are known, the value is the existing record with the term merged in, so that the fix
 * never adds a second SPF record; the lookup budget (RFC 7208 §4.6.4) is checked too.
 */
export function spfRecordWith(c: Ctx, name: string, term: string): { record: FixRecord | null; caveats: string[] } {
  const tr = T(c);
  const existing = name === c.from ? (c.apexSpf ?? []).filter(isSpfRecord) : [];
  const caveats: string[] = [];
  if (name !== c.from || c.apexSpf === undefined) {
    caveats.push(tr('recipes.common.spf-record.maybe-existing', { name, term, rule: tr(RFC7208_45) }));
  }
  if (existing.length > 1) {
    caveats.push(tr('recipes.common.spf-record.several', { name, count: existing.length, rule: tr(RFC7208_45) }));
  }
  let value = `v=spf1 ${term} ~all`;
  if (existing[0] !== undefined) {
    const merged = addSpfTerm(existing[0], term);
    if (merged === null) {
      caveats.push(tr('recipes.common.spf-record.already-contains', { name, term }));
      return { record: null, caveats };
    }
    value = merged;
    caveats.push(tr('recipes.common.spf-record.replace', { record: existing[0] }));
  }
  if (name === c.from && c.spfLookupsWorstCase !== undefined && c.spfLookupsWorstCase + 1 > 10) {
    caveats.push(tr('recipes.common.spf-record.lookup-limit', { term, lookups: c.spfLookupsWorstCase }));
  }
  return { record: rec('TXT', name, value), caveats };
}

/**
 * Where the envelope is now, a sub-text of the {envelope} parameter. English: a sentence start
 * ("The MAIL FROM (Return-Path) is at …"); Japanese: a stem that each text continues (see the
 * recipes.common.envelope.* keys).
 */
function envelopeNow(c: Ctx): string {
  return c.mailFrom ? T(c)('recipes.common.envelope.at', { mailFrom: c.mailFrom }) : T(c)('recipes.common.envelope.service');
}

/** "<envelope>, which does not align with <from>." */
function notAligned(c: Ctx): string {
  return T(c)('recipes.common.not-aligned', { envelope: envelopeNow(c), from: c.from });
}

/** SPF "alignment" where the service keeps the envelope on its own domain; `why` is rendered. */
function noSpfRoute(c: Ctx, service: string, why: string, sources: Source[], unverified = false): Draft {
  const tr = T(c);
  const env = envelopeNow(c);
  return {
    title: tr('recipes.common.no-spf-route.title', { service }),
    explanation: tr('recipes.common.no-spf-route.explain', { envelope: env, service, from: c.from, why }),
    records: [],
    caveats: [
      tr('recipes.common.no-spf-route.caveat.include-useless', { service, from: c.from }),
      ...(unverified ? [tr('recipes.common.no-spf-route.caveat.unverified', { service })] : []),
    ],
    sources,
    ...(unverified ? { unverified } : {}),
    noRoute: true,
  };
}

/** SPF alignment for services that send with the user's own address (Google, Microsoft, Zoho). */
function ownAddressSpf(service: string, source: Source) {
  return (c: Ctx): Draft => {
    const tr = T(c);
    const env = envelopeNow(c);
    return {
      title: tr('recipes.common.own-address.title', { from: c.from }),
      explanation: tr('recipes.common.own-address.explain', { service, envelope: env, from: c.from }),
      records: [],
      caveats: [],
      sources: [source],
    };
  };
}

function regionOrPlaceholder(c: Ctx): { region: string; placeholders: Placeholder[]; note: string } {
  const tr = T(c);
  const d = c.detection;
  if (d?.region && /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/.test(d.region)) {
    const rf = d.regionFrom;
    const from = rf ? tr(rf.defaulted ? 'recipes.ses.region.read-from-defaulted' : 'recipes.ses.region.read-from', { header: rf.header }) : '';
    return { region: d.region, placeholders: [], note: tr('recipes.ses.region.known', { region: d.region, readFrom: from }) };
  }
  return {
    region: '<region>',
    placeholders: [ph('<region>', tr('recipes.ses.region.ph.region'), tr('recipes.ses.region.ph.region.where'), SHAPE.region)],
    note: tr(c.noMessage ? 'recipes.ses.region.none' : 'recipes.ses.region.unknown'),
  };
}

// ---------------------------------------------------------------- Amazon SES (and Resend on it)

/** Regions with a documented feedback endpoint (esp-fixes.md §1: the 2023 list, and il-central-1 seen [O]). */
const SES_DOCUMENTED_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-north-1',
  'me-south-1', 'sa-east-1', 'us-gov-west-1', 'il-central-1',
];
/** Regions announced after the archived 2023 list: their feedback endpoint is inferred [INF]. */
const SES_INFERRED_REGIONS = ['ap-southeast-3', 'ap-south-2', 'ap-southeast-5', 'eu-central-2', 'me-central-1', 'ca-west-1'];
/** Regions whose Easy DKIM targets are <token>.dkim.<region>.amazonses.com [O]. */
const SES_REGIONAL_DKIM = [
  'af-south-1',
  'ap-northeast-3',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-5',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'il-central-1',
  'me-central-1',
  'us-gov-east-1',
];

function sesMailFromRecords(c: Ctx, name: string): { records: FixRecord[]; region: string; note: string; unverified: boolean; unlisted: boolean } {
  const { region, placeholders, note } = regionOrPlaceholder(c);
  const known = SES_DOCUMENTED_REGIONS.includes(region) || SES_INFERRED_REGIONS.includes(region) || SES_REGIONAL_DKIM.includes(region);
  return {
    records: [mx(name, `feedback-smtp.${region}.amazonses.com`, 10, placeholders, true), rec('TXT', name, 'v=spf1 include:amazonses.com ~all')],
    region,
    note,
    unverified: SES_INFERRED_REGIONS.includes(region),
    // a region of the right form that SES is not known to serve (a typo such as ap-northeast-9)
    unlisted: !placeholders.length && !known,
  };
}

const amazonSes: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const env = envelopeNow(c);
    const name = `mail.${c.from}`;
    // the custom MAIL FROM is already in use and aspf=s: a subdomain envelope can never align; DKIM does
    if (c.spfMode === 's' && c.mailFrom && c.mailFrom !== c.from && orgDomainOf(c.mailFrom) === c.org) {
      return {
        title: tr('recipes.ses.spf.strict.title', { from: c.from }),
        explanation: tr('recipes.ses.spf.strict.explain', {
          envelope: env,
          spfResult: c.spfResult ? tr('recipes.ses.spf.strict.result', { result: c.spfResult, mailFrom: c.mailFrom }) : '',
          from: c.from,
          mailFrom: c.mailFrom,
        }),
        records: [],
        caveats: [],
        sources: [
          'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html',
          'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim-easy.html',
        ],
      };
    }
    const { records, region, note, unverified, unlisted } = sesMailFromRecords(c, name);
    // "SPF passes for Amazon's domain" only when it does
    const passes = c.spfResult === undefined || c.spfResult === 'pass';
    const spfNow = passes ? tr('recipes.ses.spf.now-pass') : tr('recipes.ses.spf.now-checked', { result: c.spfResult ?? '' });
    return {
      title: tr('recipes.ses.spf.title', { name }),
      explanation: tr('recipes.ses.spf.explain', { envelope: env, spfNow, from: c.from, name, note }),
      records,
      caveats: [
        tr('recipes.ses.spf.caveat.exactly-one-mx', { name }),
        tr('recipes.ses.spf.caveat.no-receiving', { name }),
        tr('recipes.ses.spf.caveat.mx-failure-reject'),
        tr('recipes.ses.spf.caveat.per-region', { region }),
        tr('recipes.ses.spf.caveat.relaxed-only'),
        tr('recipes.ses.spf.caveat.merge-spf', { name, rule: tr(RFC7208_45) }),
        ...(unverified ? [tr('recipes.ses.spf.caveat.unverified-feedback-endpoint', { region })] : []),
        ...(unlisted ? [tr('recipes.ses.spf.caveat.unlisted-region', { region })] : []),
      ],
      steps: [tr('recipes.ses.spf.step.open', { region, from: c.from }), tr('recipes.ses.spf.step.subdomain', { name }), tr('recipes.ses.spf.step.publish')],
      sources: [
        'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html',
        'https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityMailFromDomain.html',
        'https://docs.aws.amazon.com/ses/latest/dg/regions.html#region-mail-from',
      ],
      ...(unverified || unlisted ? { unverified: true } : {}),
      identity: name,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const region = c.detection?.region ?? null;
    const dkimDomain = region && SES_REGIONAL_DKIM.includes(region) ? `dkim.${region}.amazonses.com` : 'dkim.amazonses.com';
    const where = tr('recipes.ses.dkim.where', { from: c.from });
    const tokens = [1, 2, 3].map((i) => ph(`<token${i}>`, tr('recipes.ses.dkim.ph.token', { i }), where, '[a-z0-9]{32}'));
    return {
      title: tr('recipes.ses.dkim.title', { from: c.from }),
      explanation: tr('recipes.ses.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: tokens.map((t) => rec('CNAME', `${t.token}._domainkey.${c.from}`, `${t.token}.${dkimDomain}`, [t])),
      caveats: [
        tr('recipes.ses.dkim.caveat.per-region'),
        ...(region ? [] : [tr('recipes.ses.dkim.caveat.regional-targets', { regions: SES_REGIONAL_DKIM.join(', ') })]),
      ],
      steps: [openStep(tr, where), tr('recipes.ses.dkim.step.publish')],
      sources: [`[V] esp-fixes.md §1`, 'https://docs.aws.amazon.com/general/latest/gr/ses.html#ses_dkim_domains'],
      identity: c.from,
    };
  },
  include: { term: 'include:amazonses.com', source: 'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html' },
};

const resend: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const env = envelopeNow(c);
    const name = `send.${c.from}`;
    const { records, region, note } = sesMailFromRecords(c, name);
    const knownRegion = ['us-east-1', 'eu-west-1', 'sa-east-1'].includes(region);
    return {
      title: tr('recipes.resend.spf.title', { name }),
      explanation: tr('recipes.resend.spf.explain', { envelope: env, name, from: c.from, note }),
      records,
      caveats: [
        tr('recipes.resend.spf.caveat.exactly-one-mx', { name }),
        tr('recipes.resend.spf.caveat.relaxed-only'),
        ...(knownRegion ? [] : [tr('recipes.resend.spf.caveat.unverified-region', { region })]),
      ],
      steps: [tr('recipes.resend.spf.step.publish', { from: c.from })],
      sources: ['[O] esp-fixes.md §15'],
      ...(knownRegion ? {} : { unverified: true }),
      identity: name,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    return {
      title: tr('recipes.resend.dkim.title', { from: c.from }),
      explanation: tr('recipes.resend.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('TXT', `resend._domainkey.${c.from}`, 'p=<key from Resend>', [
          ph('<key from Resend>', tr('recipes.resend.dkim.ph.key'), tr('recipes.resend.dkim.where', { from: c.from }), SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [tr('recipes.resend.dkim.step.publish', { from: c.from })],
      sources: ['[O] esp-fixes.md §15'],
      identity: c.from,
    };
  },
  include: { term: 'include:amazonses.com', source: '[O] esp-fixes.md §15' },
};

// ---------------------------------------------------------------- SendGrid

const SG_WHERE: TextCode = 'recipes.sendgrid.where';
const SG_PH = (tr: Tr) => [
  ph('em1234', tr('recipes.sendgrid.ph.em1234'), tr(SG_WHERE), SHAPE.label),
  ph('u1234567', tr('recipes.sendgrid.ph.u1234567'), tr(SG_WHERE), 'u\\d{1,12}'),
  ph('wl123', tr('recipes.sendgrid.ph.wl123'), tr(SG_WHERE), 'wl\\d{1,9}'),
];
const SG_SOURCES = [
  'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication',
  '[V] sendgrid/docs dkim-records.md, troubleshooting-sender-authentication.md',
];
const SG_STEPS = (tr: Tr, from: string) => [
  openStep(tr, tr('recipes.sendgrid.open')),
  tr('recipes.sendgrid.step.choose-dns-host', { readFrom: from }),
  tr('recipes.sendgrid.step.publish'),
];

function sendgridOtherDomain(c: Ctx): string[] {
  const tr = T(c);
  const rp = c.detection?.captures.sendgridReturnPath;
  return rp && !/(?:^|\.)sendgrid\.net$/.test(rp) && !rp.endsWith(`.${c.from}`) ? [tr('recipes.sendgrid.other-domain', { returnPath: rp, from: c.from })] : [];
}

const sendgrid: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    return {
      title: tr('recipes.sendgrid.spf.title', { from: c.from }),
      explanation: tr('recipes.sendgrid.spf.explain', { notAligned: na, from: c.from }),
      records: [rec('CNAME', `em1234.${c.from}`, 'u1234567.wl123.sendgrid.net', SG_PH(tr))],
      caveats: [
        ...sendgridOtherDomain(c),
        tr('recipes.sendgrid.spf.caveat.security-off'),
        tr('recipes.sendgrid.spf.caveat.no-underscore'),
        tr(ZONE_APPEND),
        tr('recipes.sendgrid.spf.caveat.unverified-eu'),
      ],
      steps: SG_STEPS(tr, c.from),
      sources: SG_SOURCES,
      identity: `em1234.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    return {
      title: tr('recipes.sendgrid.dkim.title', { from: c.from }),
      explanation: tr('recipes.sendgrid.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: ['s1', 's2'].map((s) => rec('CNAME', `${s}._domainkey.${c.from}`, `${s}.domainkey.u1234567.wl123.sendgrid.net`, SG_PH(tr))),
      caveats: [...sendgridOtherDomain(c), tr('recipes.sendgrid.dkim.caveat.security-off'), tr(ZONE_APPEND)],
      steps: SG_STEPS(tr, c.from),
      sources: SG_SOURCES,
      identity: c.from,
    };
  },
  include: { term: 'include:sendgrid.net', source: '[V] sendgrid/docs' },
};

// ---------------------------------------------------------------- Mailgun

/**
 * Mailgun's sending domain: a subdomain in relaxed mode, the From domain itself when either mode is
 * strict. One sending domain serves as envelope and as DKIM d= at once, so the SPF and DKIM fixes
 * must name the same one.
 */
function mailgunDomain(c: Ctx): string {
  return c.spfMode === 's' || c.dkimMode === 's' ? c.from : `mg.${c.from}`;
}

/** The current sending domain, a sub-text that starts with a space in English (recipes.mailgun.current*). */
function mailgunCurrent(c: Ctx): string {
  const tr = T(c);
  const sd = c.detection?.captures.mailgunSendingDomain;
  if (!sd) return '';
  const sandbox = /\.mailgun\.org$/.test(sd);
  return tr(sandbox ? 'recipes.mailgun.current-sandbox' : 'recipes.mailgun.current', { domain: sd });
}

const mailgun: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    const sd = mailgunDomain(c);
    const { record, caveats } = spfRecordWith(c, sd, 'include:mailgun.org');
    return {
      title: tr('recipes.mailgun.spf.title', { domain: sd }),
      explanation: tr('recipes.mailgun.spf.explain', { notAligned: na, current: mailgunCurrent(c), domain: sd, from: c.from }),
      records: record ? [record] : [],
      caveats: [
        ...(sd === c.from ? [tr('recipes.mailgun.spf.caveat.strict')] : [tr('recipes.mailgun.spf.caveat.any-subdomain')]),
        ...caveats,
        tr('recipes.mailgun.spf.caveat.extra-records'),
        tr('recipes.mailgun.spf.caveat.unverified-eu'),
      ],
      steps: [openStep(tr, tr('recipes.mailgun.spf.open')), tr('recipes.mailgun.spf.step.add-domain', { domain: sd })],
      sources: ['https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify'],
      identity: sd,
      relaxedOnly: sd !== c.from,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const sd = mailgunDomain(c);
    const where = tr('recipes.mailgun.dkim.where', { domain: sd });
    const id = ph('<id>', tr('recipes.mailgun.dkim.ph.id'), where, SHAPE.label);
    return {
      title: tr('recipes.mailgun.dkim.title', { domain: sd }),
      explanation: tr('recipes.mailgun.dkim.explain', { noSig: noSig(c, true), current: mailgunCurrent(c), domain: sd, from: c.from }),
      records: ['pdk1', 'pdk2'].map((s) => rec('CNAME', `${s}._domainkey.${sd}`, `${s}._domainkey.<id>.dkim1.mailgun.com`, [id])),
      caveats: [tr('recipes.mailgun.dkim.caveat.manual-key'), tr('recipes.mailgun.dkim.caveat.rotation')],
      steps: [openStep(tr, where)],
      sources: ['https://documentation.mailgun.com/docs/mailgun/user-manual/domains/dkim_security'],
      identity: sd,
      relaxedOnly: sd !== c.from,
    };
  },
  include: { term: 'include:mailgun.org', source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify' },
};

// ---------------------------------------------------------------- Postmark, SparkPost, Mandrill

const postmark: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    return {
      title: tr('recipes.postmark.spf.title', { from: c.from }),
      explanation: tr('recipes.postmark.spf.explain', { notAligned: na, from: c.from }),
      records: [rec('CNAME', `pm-bounces.${c.from}`, 'pm.mtasv.net')],
      caveats: [tr('recipes.postmark.spf.caveat.subdomain'), tr('recipes.postmark.spf.caveat.legacy-include')],
      steps: [tr('recipes.postmark.spf.step.return-path', { from: c.from })],
      sources: ['https://postmarkapp.com/blog/introducing-full-dmarc-support-with-custom'],
      identity: `pm-bounces.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.postmark.dkim.where', { from: c.from });
    return {
      title: tr('recipes.postmark.dkim.title', { from: c.from }),
      explanation: tr('recipes.postmark.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('TXT', `<YYYYMMDDhhmmss>pm._domainkey.${c.from}`, 'k=rsa;p=<key from Postmark>', [
          ph('<YYYYMMDDhhmmss>', tr('recipes.postmark.dkim.ph.date-stamp'), where, '\\d{14}'),
          ph('<key from Postmark>', tr('recipes.postmark.dkim.ph.key'), where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [openStep(tr, where)],
      sources: ['[O] esp-fixes.md §4 (Domains API example DKIMHost)'],
      identity: c.from,
    };
  },
};

const sparkpost: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    const eu = c.detection?.region === 'eu';
    const known = !!c.detection?.region;
    return {
      title: tr('recipes.sparkpost.spf.title', { from: c.from }),
      explanation: tr('recipes.sparkpost.spf.explain', { notAligned: na, from: c.from }),
      records: [rec('CNAME', `bounce.${c.from}`, eu ? 'eu.sparkpostmail.com' : 'sparkpostmail.com')],
      caveats: [
        tr(known ? 'recipes.sparkpost.spf.caveat.targets' : 'recipes.sparkpost.spf.caveat.targets-us-shown'),
        tr('recipes.sparkpost.spf.caveat.not-apex'),
        tr(CLOUDFLARE),
      ],
      steps: [tr('recipes.sparkpost.spf.step.bounce-domain', { from: c.from })],
      sources: ['https://support.sparkpost.com/docs/tech-resources/custom-bounce-domain', 'https://developers.sparkpost.com/api/sending-domains'],
      identity: `bounce.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.sparkpost.dkim.where', { from: c.from });
    return {
      title: tr('recipes.sparkpost.dkim.title', { from: c.from }),
      explanation: tr('recipes.sparkpost.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('TXT', `scphMMYY._domainkey.${c.from}`, 'v=DKIM1; k=rsa; h=sha256; p=<key from SparkPost>', [
          ph('scphMMYY', tr('recipes.sparkpost.dkim.ph.selector'), where, 'scph\\d{4}'),
          ph('<key from SparkPost>', tr('recipes.sparkpost.dkim.ph.key'), where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [openStep(tr, where)],
      sources: ['https://developers.sparkpost.com/api/sending-domains', '[O] scph selector naming'],
      identity: c.from,
    };
  },
  include: { term: 'include:sparkpostmail.com', source: '[INF]', unverified: true },
};

const mandrill: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    return {
      title: tr('recipes.mandrill.spf.title', { from: c.from }),
      explanation: tr('recipes.mandrill.spf.explain', { notAligned: na, from: c.from }),
      records: [rec('CNAME', `mandrill.${c.from}`, 'mandrillapp.com')],
      caveats: [tr('recipes.mandrill.spf.caveat.any-subdomain'), tr('recipes.mandrill.spf.caveat.enable'), tr('recipes.mandrill.spf.caveat.unverified-target')],
      steps: [
        openStep(tr, tr('recipes.mandrill.spf.open')),
        tr('recipes.mandrill.spf.step.publish'),
        tr('recipes.mandrill.spf.step.enable'),
      ],
      sources: ['https://mandrill.zendesk.com/hc/en-us/articles/205582727'],
      unverified: true,
      identity: `mandrill.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    return {
      title: tr('recipes.mandrill.dkim.title', { from: c.from }),
      explanation: tr('recipes.mandrill.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [rec('CNAME', `mte1._domainkey.${c.from}`, 'dkim1.mandrillapp.com'), rec('CNAME', `mte2._domainkey.${c.from}`, 'dkim2.mandrillapp.com')],
      caveats: [tr('recipes.mandrill.dkim.caveat.legacy-txt')],
      steps: [tr('recipes.mandrill.dkim.step.publish', { from: c.from })],
      sources: ['https://mailchimp.com/developer/release-notes/new-sending-domain-authentication-requirements'],
      identity: c.from,
    };
  },
  dmarcNote: 'recipes.mandrill.dmarc-note',
};

// ---------------------------------------------------------------- marketing platforms

const mailchimp: Recipe = {
  spf: (c) => noSpfRoute(c, 'Mailchimp', T(c)('recipes.mailchimp.spf.why'), ['[3P] esp-fixes.md §7'], true),
  dkim: (c) => {
    const tr = T(c);
    return {
      title: tr('recipes.mailchimp.dkim.title', { from: c.from }),
      explanation: tr('recipes.mailchimp.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [rec('CNAME', `k2._domainkey.${c.from}`, 'dkim2.mcsv.net'), rec('CNAME', `k3._domainkey.${c.from}`, 'dkim3.mcsv.net')],
      caveats: [tr('recipes.mailchimp.dkim.caveat.unverified-values')],
      steps: [openStep(tr, tr('recipes.mailchimp.dkim.open', { from: c.from }))],
      sources: ['[O] esp-fixes.md §7', 'https://mailchimp.com/help/set-up-email-domain-authentication/'],
      identity: c.from,
    };
  },
  include: { term: 'include:servers.mcsv.net', source: '[3P] esp-fixes.md §7', unverified: true },
};

const brevo: Recipe = {
  spf: (c) => noSpfRoute(c, 'Brevo', T(c)('recipes.brevo.spf.why'), ['[O] esp-fixes.md §8'], true),
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.brevo.dkim.where', { from: c.from });
    return {
      title: tr('recipes.brevo.dkim.title', { from: c.from }),
      explanation: tr('recipes.brevo.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('TXT', c.from, 'brevo-code:<code>', [ph('<code>', tr('recipes.brevo.dkim.ph.code'), where, '[0-9a-f]{32}')]),
        rec('CNAME', `brevo1._domainkey.${c.from}`, `b1.${dashed(c.from)}.dkim.brevo.com`),
        rec('CNAME', `brevo2._domainkey.${c.from}`, `b2.${dashed(c.from)}.dkim.brevo.com`),
      ],
      caveats: [tr('recipes.brevo.dkim.caveat.legacy-txt'), tr('recipes.brevo.dkim.caveat.from-rewrite', { from: c.from })],
      steps: [openStep(tr, where)],
      sources: [
        '[O] esp-fixes.md §8',
        'https://developers.brevo.com/docs/domain-authentication-and-verification',
        'https://help.brevo.com/hc/en-us/articles/16045394674066',
      ],
      identity: c.from,
    };
  },
  dmarcNote: 'recipes.brevo.dmarc-note',
};

/** Klaviyo: one branded sending subdomain serves as envelope and d=, so it fixes SPF and DKIM at once. */
function klaviyoSubdomain(problem: FixProblem) {
  return (c: Ctx): Draft => {
    const tr = T(c);
    const env = envelopeNow(c);
    const name = `send.${c.from}`;
    return {
      title: tr('recipes.klaviyo.title', { name }),
      explanation: tr('recipes.klaviyo.explain', { envelope: env, from: c.from }),
      records: [1, 2, 3, 4].map((i) => rec('NS', name, `ns${i}.klaviyo.com`)),
      caveats: [
        tr('recipes.klaviyo.caveat.ownership-txt'),
        tr('recipes.klaviyo.caveat.static'),
        tr('recipes.klaviyo.caveat.apply-domain'),
        tr('recipes.klaviyo.caveat.unverified-targets'),
      ],
      steps: [
        openStep(tr, tr('recipes.klaviyo.open')),
        tr('recipes.klaviyo.step.add-domain', { name }),
        tr('recipes.klaviyo.step.apply-domain'),
      ],
      sources: ['https://help.klaviyo.com/hc/en-us/articles/115000357752', 'https://help.klaviyo.com/hc/en-us/articles/4417768780827'],
      unverified: true,
      identity: name,
      relaxedOnly: true,
      alsoFixes: [problem],
    };
  };
}

const klaviyo: Recipe = { spf: klaviyoSubdomain('dkim-alignment'), dkim: klaviyoSubdomain('spf-alignment') };

const hubspot: Recipe = {
  spf: (c) => ({
    ...noSpfRoute(
      c,
      'HubSpot',
      T(c)('recipes.hubspot.spf.why', { from: c.from }),
      ['[3P] dmarc.wiki', 'https://knowledge.hubspot.com/email/do-i-need-to-add-hubspot-to-our-spf-record'],
      true,
    ),
  }),
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.hubspot.dkim.where');
    const p = [ph('<hubid>', tr('recipes.hubspot.dkim.ph.hubid'), where, SHAPE.digits), ph('<NN>', tr('recipes.hubspot.dkim.ph.number'), where, '\\d{1,4}')];
    return {
      title: tr('recipes.hubspot.dkim.title', { from: c.from }),
      explanation: tr('recipes.hubspot.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('CNAME', `hs1-<hubid>._domainkey.${c.from}`, `${dashed(c.from)}.hs<NN>a.dkim.hubspotemail.net`, p),
        rec('CNAME', `hs2-<hubid>._domainkey.${c.from}`, `${dashed(c.from)}.hs<NN>b.dkim.hubspotemail.net`, p),
      ],
      caveats: [tr(CLOUDFLARE)],
      steps: [openStep(tr, where)],
      sources: ['[O] esp-fixes.md §13', 'https://knowledge.hubspot.com/email/do-i-need-to-add-hubspot-to-our-spf-record'],
      identity: c.from,
    };
  },
};

const constantContact: Recipe = {
  spf: (c) => noSpfRoute(c, 'Constant Contact', T(c)('recipes.constant-contact.spf.why'), ['[3P] esp-fixes.md §18'], true),
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.constant-contact.dkim.where');
    return {
      title: tr('recipes.constant-contact.dkim.title', { from: c.from }),
      explanation: tr('recipes.constant-contact.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [1, 2].map((i) =>
        rec('CNAME', `ctct${i}._domainkey.${c.from}`, `<ctct${i} target>`, [
          ph(`<ctct${i} target>`, tr('recipes.constant-contact.dkim.ph.target', { i }), where, SHAPE.host),
        ]),
      ),
      caveats: [tr('recipes.constant-contact.dkim.caveat.txt-option'), tr('recipes.constant-contact.dkim.caveat.unverified')],
      steps: [openStep(tr, where)],
      sources: ['[3P] esp-fixes.md §18'],
      unverified: true,
      identity: c.from,
    };
  },
};

const mailjet: Recipe = {
  spf: (c) => ({
    ...noSpfRoute(
      c,
      'Mailjet',
      T(c)('recipes.mailjet.spf.why'),
      ['https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/'],
      true,
    ),
  }),
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.mailjet.dkim.where');
    return {
      title: tr('recipes.mailjet.dkim.title', { from: c.from }),
      explanation: tr('recipes.mailjet.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('TXT', `mailjet._domainkey.${c.from}`, 'k=rsa; p=<key from Mailjet>', [
          ph('<key from Mailjet>', tr('recipes.mailjet.dkim.ph.key'), where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [openStep(tr, where)],
      sources: ['https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/', '[O] selector "mailjet"'],
      identity: c.from,
    };
  },
  include: { term: 'include:spf.mailjet.com', source: 'https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/' },
};

// ---------------------------------------------------------------- mailbox providers

const google: Recipe = {
  spf: ownAddressSpf('Google Workspace', '[O] esp-fixes.md §9'),
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.google.dkim.where');
    return {
      title: tr('recipes.google.dkim.title', { from: c.from }),
      explanation: tr('recipes.google.dkim.explain', { from: c.from }),
      records: [
        rec('TXT', `google._domainkey.${c.from}`, 'v=DKIM1; k=rsa; p=<key from Admin console>', [
          ph('<key from Admin console>', tr('recipes.google.dkim.ph.key'), where, SHAPE.key),
        ]),
      ],
      caveats: [tr('recipes.google.dkim.caveat.selector-prefix'), tr('recipes.google.dkim.caveat.long-key')],
      steps: [tr('recipes.google.dkim.step.generate', { where, from: c.from }), tr('recipes.google.dkim.step.publish'), tr('recipes.google.dkim.step.start')],
      sources: ['[O] esp-fixes.md §9', 'https://support.google.com/a/answer/174124'],
      identity: c.from,
    };
  },
  include: { term: 'include:_spf.google.com', source: '[O] esp-fixes.md §9' },
};

const microsoft: Recipe = {
  spf: ownAddressSpf('Microsoft 365', '[O] esp-fixes.md §10'),
  dkim: (c) => {
    const tr = T(c);
    const tenant = c.detection?.captures.m365Tenant;
    const command = 'Get-DkimSigningConfig -Identity ' + c.from + ' | fl Selector1CNAME,Selector2CNAME';
    const p = tenant ? [] : [ph('<tenant>', tr('recipes.microsoft.dkim.ph.tenant'), tr('recipes.microsoft.dkim.ph.tenant.where'), SHAPE.label)];
    const t = tenant ?? '<tenant>';
    return {
      title: tr('recipes.microsoft.dkim.title', { from: c.from }),
      explanation: tr('recipes.microsoft.dkim.explain', { tenant: t, from: c.from }),
      records: [1, 2].map((i) => rec('CNAME', `selector${i}._domainkey.${c.from}`, `selector${i}-${dashed(c.from)}._domainkey.${t}.onmicrosoft.com`, p)),
      caveats: [
        tr('recipes.microsoft.dkim.caveat.new-targets', { dashed: dashed(c.from), tenant: t, command }),
        tr('recipes.microsoft.dkim.caveat.detection-delay'),
      ],
      steps: [
        tr('recipes.microsoft.dkim.step.read-values', { command }),
        tr('recipes.microsoft.dkim.step.publish'),
        tr('recipes.microsoft.dkim.step.enable', { from: c.from }),
      ],
      sources: ['https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure'],
      identity: c.from,
    };
  },
  include: { term: 'include:spf.protection.outlook.com', source: '[O] esp-fixes.md §10' },
};

const zoho: Recipe = {
  spf: ownAddressSpf('Zoho Mail', '[O] esp-fixes.md §11'),
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.zoho.dkim.where', { from: c.from });
    return {
      title: tr('recipes.zoho.dkim.title', { from: c.from }),
      explanation: tr('recipes.zoho.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('TXT', `<selector>._domainkey.${c.from}`, 'v=DKIM1; k=rsa; p=<key from Zoho>', [
          ph('<selector>', tr('recipes.zoho.dkim.ph.selector'), where, SHAPE.label),
          ph('<key from Zoho>', tr('recipes.zoho.dkim.ph.key'), where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [openStep(tr, tr('recipes.zoho.dkim.open', { from: c.from })), tr('recipes.zoho.dkim.step.publish')],
      sources: ['[O] esp-fixes.md §11'],
      identity: c.from,
    };
  },
  include: { term: 'include:zoho.com', source: '[3P] MXToolbox; regional variants (zoho.eu, zoho.in, …) unverified', unverified: true },
};

// ---------------------------------------------------------------- CRM and support desks

const salesforce: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const env = envelopeNow(c);
    const { record, caveats } = spfRecordWith(c, c.from, 'include:_spf.salesforce.com');
    return {
      title: tr('recipes.salesforce.spf.title'),
      explanation: tr('recipes.salesforce.spf.explain', { envelope: env, from: c.from }),
      records: record ? [record] : [],
      caveats: [tr('recipes.salesforce.spf.caveat.bounce-tracking'), ...caveats],
      steps: [tr('recipes.salesforce.spf.step.deliverability'), tr('recipes.salesforce.spf.step.publish', { from: c.from })],
      sources: ['https://help.salesforce.com/s/articleView?id=000381292'],
      identity: c.from,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.salesforce.dkim.where');
    const p = [
      ph('<selector>', tr('recipes.salesforce.dkim.ph.selector'), where, SHAPE.label),
      ph('<alternate selector>', tr('recipes.salesforce.dkim.ph.alternate-selector'), where, SHAPE.label),
      ph('<id>', tr('recipes.salesforce.dkim.ph.id'), where, '[a-z0-9]{6}'),
    ];
    return {
      title: tr('recipes.salesforce.dkim.title', { from: c.from }),
      explanation: tr('recipes.salesforce.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('CNAME', `<selector>._domainkey.${c.from}`, '<selector>.<id>.custdkim.salesforce.com', p),
        rec('CNAME', `<alternate selector>._domainkey.${c.from}`, '<alternate selector>.<id>.custdkim.salesforce.com', p),
      ],
      caveats: [tr('recipes.salesforce.dkim.caveat.activate')],
      steps: [
        tr('recipes.salesforce.dkim.step.create-key', { where, from: c.from }),
        tr('recipes.salesforce.dkim.step.publish'),
        tr('recipes.salesforce.dkim.step.activate'),
      ],
      sources: ['https://help.salesforce.com/s/articleView?id=000381292', '[O] custdkim CNAME form'],
      identity: c.from,
    };
  },
  include: { term: 'include:_spf.salesforce.com', source: 'https://help.salesforce.com/s/articleView?id=000381292' },
};

/** Marketing Cloud: a delegated subdomain (Sender Authentication Package) aligns SPF and DKIM at once. */
function sfmcSap(problem: FixProblem) {
  return (c: Ctx): Draft => {
    const tr = T(c);
    const na = notAligned(c);
    const sub = c.from !== c.org;
    const name = sub ? c.from : `<subdomain>.${c.org}`;
    const p = sub ? [] : [ph('<subdomain>', tr('recipes.sfmc.ph.subdomain'), tr('recipes.sfmc.ph.subdomain.where'), SHAPE.label)];
    return {
      title: tr('recipes.sfmc.title', { name }),
      explanation: tr('recipes.sfmc.explain', { notAligned: na }),
      records: [1, 2, 3, 4].map((i) => rec('NS', name, `ns${i}.exacttarget.com`, p)),
      caveats: [tr('recipes.sfmc.caveat.delegation'), tr('recipes.sfmc.caveat.no-apex'), tr('recipes.sfmc.caveat.unverified-private-domains')],
      sources: ['https://senderauth.marketingcloud.com/quickstart.php', '[3P] spamresource'],
      identity: name,
      alsoFixes: [problem],
    };
  };
}

const sfmc: Recipe = { spf: sfmcSap('dkim-alignment'), dkim: sfmcSap('spf-alignment') };

const zendesk: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    return {
      title: tr('recipes.zendesk.spf.title', { from: c.from }),
      explanation: tr('recipes.zendesk.spf.explain', { notAligned: na }),
      records: [1, 2, 3, 4].map((i) => rec('CNAME', `zendesk${i}.${c.from}`, `mail${i}.zendesk.com`)),
      caveats: [tr('recipes.zendesk.spf.caveat.partially-verified'), tr('recipes.zendesk.spf.caveat.documented-include', { from: c.from })],
      sources: ['[O][3P] esp-fixes.md §14', 'https://support.zendesk.com/hc/en-us/articles/4867238761626'],
      unverified: true,
      identity: `zendesk1.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    return {
      title: tr('recipes.zendesk.dkim.title', { from: c.from }),
      explanation: tr('recipes.zendesk.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [1, 2].map((i) => rec('CNAME', `zendesk${i}._domainkey.${c.from}`, `zendesk${i}._domainkey.zendesk.com`)),
      caveats: [tr('recipes.zendesk.dkim.caveat.publish-first')],
      steps: [tr('recipes.zendesk.dkim.step.publish'), tr('recipes.zendesk.dkim.step.enable', { from: c.from })],
      sources: ['https://support.zendesk.com/hc/en-us/articles/4408822303386'],
      identity: c.from,
    };
  },
  include: { term: 'include:mail.zendesk.com', source: 'https://support.zendesk.com/hc/en-us/articles/4867238761626' },
};

const freshdesk: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    return {
      title: tr('recipes.freshdesk.spf.title', { from: c.from }),
      explanation: tr('recipes.freshdesk.spf.explain', { notAligned: na, from: c.from }),
      records: [rec('CNAME', `fwdkim1.${c.from}`, 'spfmx1.domainkey.freshemail.io')],
      caveats: [tr('recipes.freshdesk.spf.caveat.unverified-values'), tr('recipes.freshdesk.spf.caveat.legacy-include')],
      steps: [tr('recipes.freshdesk.spf.step.publish')],
      sources: ['[O] esp-fixes.md §19'],
      identity: `fwdkim1.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.freshdesk.dkim.where');
    const p = [
      ...[1, 2, 3].map((i) => ph(`<selector${i}>`, tr('recipes.freshdesk.dkim.ph.selector', { i }), where, SHAPE.label)),
      ph('<acct>', tr('recipes.freshdesk.dkim.ph.acct'), where, SHAPE.digits),
    ];
    return {
      title: tr('recipes.freshdesk.dkim.title', { from: c.from }),
      explanation: tr('recipes.freshdesk.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [1, 2, 3].map((i) => rec('CNAME', `<selector${i}>._domainkey.${c.from}`, `wl<acct>s${i}.domainkey.freshemail.io`, p)),
      caveats: [tr('recipes.freshdesk.dkim.caveat.unverified-values')],
      steps: [openStep(tr, where)],
      sources: ['[O] esp-fixes.md §19'],
      identity: c.from,
    };
  },
};

const intercom: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    const where = tr('recipes.intercom.where');
    return {
      title: tr('recipes.intercom.spf.title', { from: c.from }),
      explanation: tr('recipes.intercom.spf.explain', { notAligned: na, from: c.from }),
      records: [
        rec('CNAME', `outbound.intercom.${c.from}`, 'rp.<workspace>.intercom-mail.com', [
          ph('<workspace>', tr('recipes.intercom.spf.ph.workspace'), where, SHAPE.label),
        ]),
      ],
      caveats: [tr(CLOUDFLARE)],
      steps: [openStep(tr, where)],
      sources: ['https://www.intercom.com/help/en/articles/11183745', '[O] esp-fixes.md §20'],
      identity: `outbound.intercom.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.intercom.where');
    return {
      title: tr('recipes.intercom.dkim.title', { from: c.from }),
      explanation: tr('recipes.intercom.dkim.explain', { noSig: noSig(c), from: c.from }),
      records: [
        rec('CNAME', `intercom._domainkey.${c.from}`, '<uuid>.dkim.intercom.io', [ph('<uuid>', tr('recipes.intercom.dkim.ph.uuid'), where, '[0-9a-f-]{36}')]),
      ],
      caveats: [tr(CLOUDFLARE)],
      steps: [openStep(tr, where)],
      sources: ['https://www.intercom.com/help/en/articles/11183745', '[O] esp-fixes.md §20'],
      identity: c.from,
    };
  },
};

export const RECIPES: Record<ProviderId, Recipe> = {
  'amazon-ses': amazonSes,
  sendgrid,
  mailgun,
  postmark,
  sparkpost,
  mandrill,
  mailchimp,
  brevo,
  'google-workspace': google,
  'microsoft-365': microsoft,
  zoho,
  salesforce,
  'salesforce-marketing-cloud': sfmc,
  hubspot,
  zendesk,
  resend,
  mailjet,
  klaviyo,
  'constant-contact': constantContact,
  freshdesk,
  intercom,
};

// ---------------------------------------------------------------- unknown sender

/**
 * The placeholder for the SPF term of an unknown sending service; `where` is a catalogue code.
 * (The second member of the union is the transitional { en, ja } text of tr, which plan.ts still
 * passes; it becomes `never` when that overload goes.)
 */
export function senderMechanism(tr: Tr, where: TextCode): Placeholder {
  return ph(
    '<sender mechanism>',
    tr('recipes.generic.ph.sender-mechanism'),
    tr(where),
    '(?:include:|ip4:|ip6:|a:|mx:)[A-Za-z0-9_./:-]{1,253}',
  );
}

export const GENERIC: Recipe = {
  spf: (c) => {
    const tr = T(c);
    const na = notAligned(c);
    const strict = c.spfMode === 's';
    const name = strict ? c.from : `bounces.${c.from}`;
    const mech = senderMechanism(tr, 'recipes.generic.spf.where');
    const merged = strict
      ? spfRecordWith(c, name, '<sender mechanism>')
      : { record: rec('TXT', name, 'v=spf1 <sender mechanism> ~all'), caveats: [] as string[] };
    const record = merged.record ? { ...merged.record, placeholders: [mech] } : null;
    return {
      title: strict ? tr('recipes.generic.spf.strict.title', { from: c.from }) : tr('recipes.generic.spf.title', { org: c.org }),
      explanation: strict
        ? tr('recipes.generic.spf.strict.explain', { notAligned: na, from: c.from })
        : tr('recipes.generic.spf.explain', { notAligned: na, org: c.org, name }),
      records: record ? [record] : [],
      caveats: merged.caveats,
      sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-2.4', 'RFC 9989 (identifier alignment)'],
      identity: name,
      relaxedOnly: !strict,
    };
  },
  dkim: (c) => {
    const tr = T(c);
    const where = tr('recipes.generic.dkim.where');
    const strict = c.dkimMode === 's';
    return {
      title: tr('recipes.generic.dkim.title', { from: c.from }),
      explanation: strict ? tr('recipes.generic.dkim.strict.explain', { from: c.from }) : tr('recipes.generic.dkim.explain', { from: c.from, org: c.org }),
      records: [
        rec('TXT', `<selector>._domainkey.${c.from}`, 'v=DKIM1; k=rsa; p=<public key>', [
          ph('<selector>', tr('recipes.generic.dkim.ph.selector'), where, SHAPE.label),
          ph('<public key>', tr('recipes.generic.dkim.ph.public-key'), where, SHAPE.key),
        ]),
      ],
      caveats: [tr('recipes.generic.dkim.caveat.cnames')],
      sources: ['https://www.rfc-editor.org/rfc/rfc6376#section-3.6.2'],
      identity: c.from,
    };
  },
};

/** Whether SPF can align through the service (false: it keeps the MAIL FROM on its own domain, and
 * DKIM is the only route; esp-fixes.md §7, §8, §13, §16, §18). */
export function spfCanAlign(detection: Detection, from: string): boolean {
  const recipe = RECIPES[detection.id];
  if (!recipe) return true;
  return !recipe.spf({ from, org: orgDomainOf(from), detection, spfMode: 'r', dkimMode: 'r', mailFrom: null }).noRoute;
}
