// What each service needs published so that SPF or DKIM aligns with the From domain.
// One recipe per service, facts and tags from ../shared/reference/esp-fixes.md.
// [3P] and [INF] facts are unverified: the drafts that rest on them say so.
import { dashed } from './names.ts';
import { addSpfTerm, isSpfRecord } from './spf-text.ts';
import type { Detection, FixProblem, FixRecord, Placeholder, ProviderId, Source } from './types.ts';

export interface Ctx {
  from: string;
  org: string;
  detection: Detection | null;
  spfMode: 'r' | 's';
  dkimMode: 'r' | 's';
  mailFrom: string | null;
  apexSpf?: string[];
  spfLookupsWorstCase?: number;
}

/** A fix before the planner adds its problem, provider and importance. */
export interface Draft {
  title: string;
  explanation: string;
  records: FixRecord[];
  caveats: string[];
  steps?: string[];
  sources: Source[];
  unverified?: boolean;
  /** the domain that becomes the MAIL FROM (SPF) or d= (DKIM) once this is done */
  identity?: string;
  /** the identity is a subdomain of the From domain: it aligns in relaxed mode only */
  relaxedOnly?: boolean;
  alsoFixes?: FixProblem[];
}

export interface Recipe {
  /** make the MAIL FROM align */
  spf: (c: Ctx) => Draft;
  /** make a DKIM signature align */
  dkim: (c: Ctx) => Draft;
  /** the SPF term that authorises the service, for an aligned MAIL FROM whose SPF fails */
  include?: { term: string; source: Source; unverified?: boolean };
  /** what the service says about DMARC itself */
  dmarcNote?: string;
}

// ---------------------------------------------------------------- building blocks

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

const RFC7208_45 = 'two v=spf1 records at one name are a permerror (RFC 7208 §4.5): merge them into one';
const CLOUDFLARE = 'On Cloudflare set these records to "DNS only" (grey cloud): a proxied or flattened CNAME breaks them.';
const ZONE_APPEND = 'Some DNS panels append the zone to the name you type: enter only the part before your domain if yours does (otherwise you get e.g. em1234.example.com.example.com).';

/**
 * An SPF TXT record at `name` that authorises `term`. At the From domain, where the existing
 * records are known, the value is the existing record with the term merged in, so that the fix
 * never adds a second SPF record; the lookup budget (RFC 7208 §4.6.4) is checked too.
 */
export function spfRecordWith(c: Ctx, name: string, term: string): { record: FixRecord | null; caveats: string[] } {
  const existing = name === c.from ? (c.apexSpf ?? []).filter(isSpfRecord) : [];
  const caveats: string[] = [];
  if (name !== c.from || c.apexSpf === undefined) {
    caveats.push(`If ${name} already has a v=spf1 record, add ${term} to it instead: ${RFC7208_45}.`);
  }
  if (existing.length > 1) caveats.push(`${name} already has ${existing.length} SPF records: ${RFC7208_45}.`);
  let value = `v=spf1 ${term} ~all`;
  if (existing[0] !== undefined) {
    const merged = addSpfTerm(existing[0], term);
    if (merged === null) {
      caveats.push(`${name}'s SPF record already contains ${term}: the failure comes from elsewhere (a different sending IP, or a lookup limit).`);
      return { record: null, caveats };
    }
    value = merged;
    caveats.push(`Replace the current record "${existing[0]}" with this one; do not add a second.`);
  }
  if (name === c.from && c.spfLookupsWorstCase !== undefined && c.spfLookupsWorstCase + 1 > 10) {
    caveats.push(
      `${term} costs at least one more DNS lookup (plus those inside it); the record already needs ${c.spfLookupsWorstCase} in the worst case, so it would pass the limit of 10 and fail with permerror (RFC 7208 §4.6.4). Remove unused includes first.`,
    );
  }
  return { record: rec('TXT', name, value), caveats };
}

function envelopeNow(c: Ctx): string {
  return c.mailFrom ? `The MAIL FROM (Return-Path) is at ${c.mailFrom}` : 'The MAIL FROM (Return-Path) is on the service\'s own domain';
}

/** SPF "alignment" where the service keeps the envelope on its own domain. */
function noSpfRoute(c: Ctx, service: string, why: string, sources: Source[], unverified = false): Draft {
  return {
    title: `SPF cannot align with ${service}: use DKIM`,
    explanation: `${envelopeNow(c)}, so SPF passes (if at all) for ${service}'s domain, not for ${c.from}. ${why} DMARC needs only one aligned pass: a DKIM signature with d=${c.from} is the way.`,
    records: [],
    caveats: [
      `Adding ${service}'s include to the SPF record of ${c.from} does not help: SPF is checked for the MAIL FROM domain, which stays ${service}'s.`,
      ...(unverified ? [`Unverified: this rests on third-party guides, not ${service}'s own documentation.`] : []),
    ],
    sources,
    ...(unverified ? { unverified } : {}),
  };
}

/** SPF alignment for services that send with the user's own address (Google, Microsoft, Zoho). */
function ownAddressSpf(service: string, source: Source) {
  return (c: Ctx): Draft => ({
    title: `Send from an account in ${c.from}`,
    explanation: `${service} uses the sending account's own address as MAIL FROM. ${envelopeNow(c)}, which does not align with ${c.from}: the message was probably sent from an account or alias in another domain. Sent from an account in ${c.from}, the MAIL FROM aligns by itself.`,
    records: [],
    caveats: [],
    sources: [source],
  });
}

function regionOrPlaceholder(c: Ctx): { region: string; placeholders: Placeholder[]; note: string } {
  const d = c.detection;
  if (d?.region && /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/.test(d.region)) {
    const from = d.regionFrom ? ` (read from ${d.regionFrom.header}${d.regionFrom.defaulted ? ', which carries no region label: us-east-1' : ''})` : '';
    return { region: d.region, placeholders: [], note: `Region: ${d.region}${from}.` };
  }
  return {
    region: '<region>',
    placeholders: [ph('<region>', 'the AWS region you send from, e.g. us-east-1', 'the region selector at the top right of the SES console', SHAPE.region)],
    note: 'The headers do not name the region: fill it in.',
  };
}

// ---------------------------------------------------------------- Amazon SES (and Resend on it)

/** Regions announced after the archived 2023 list: their feedback endpoint is inferred [INF]. */
const SES_INFERRED_REGIONS = ['ap-southeast-3', 'ap-south-2', 'ap-southeast-5', 'eu-central-2', 'me-central-1', 'ca-west-1'];
/** Regions whose Easy DKIM targets are <token>.dkim.<region>.amazonses.com [O]. */
const SES_REGIONAL_DKIM = ['af-south-1', 'ap-northeast-3', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-5', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'il-central-1', 'me-central-1', 'us-gov-east-1'];

function sesMailFromRecords(c: Ctx, name: string): { records: FixRecord[]; region: string; note: string; unverified: boolean } {
  const { region, placeholders, note } = regionOrPlaceholder(c);
  return {
    records: [mx(name, `feedback-smtp.${region}.amazonses.com`, 10, placeholders, true), rec('TXT', name, 'v=spf1 include:amazonses.com ~all')],
    region,
    note,
    unverified: SES_INFERRED_REGIONS.includes(region),
  };
}

const amazonSes: Recipe = {
  spf: (c) => {
    const name = `mail.${c.from}`;
    const { records, region, note, unverified } = sesMailFromRecords(c, name);
    return {
      title: `Custom MAIL FROM domain ${name} for Amazon SES`,
      explanation: `${envelopeNow(c)}, so SPF passes for Amazon's domain, which does not align with ${c.from}. A custom MAIL FROM domain moves the envelope to ${name}: with an MX for SES feedback and an SPF record that authorises SES there, SPF passes for ${name}, which aligns with ${c.from} in relaxed mode. ${note}`,
      records,
      caveats: [
        `Exactly one MX record at ${name}, or SES setup fails.`,
        `${name} must not receive mail, and do not use it as a From domain while it is SES's feedback destination.`,
        'Set "Behavior on MX failure" to "Reject message": with "Use default MAIL FROM" SES silently falls back to amazonses.com when the MX check fails, and alignment breaks without notice.',
        `The MAIL FROM setting is per region: the MX names the region (${region}) where bounces go. Set it up in every region you send from.`,
        `Relaxed alignment only: with aspf=s a subdomain MAIL FROM never aligns; use DKIM alignment instead.`,
        `If ${name} already has a v=spf1 record, merge the include into it: ${RFC7208_45}.`,
        ...(unverified ? [`Unverified: the feedback endpoint for ${region} follows the documented pattern but is not in the documented list.`] : []),
      ],
      steps: [
        `SES console (region ${region}) > Verified identities > ${c.from} > Custom MAIL FROM domain > Edit`,
        `Enter "mail" as the subdomain (${name}) and set Behavior on MX failure to "Reject message"; save`,
        'Publish the two records; SES checks them for up to 72 hours, then marks the setup Failed',
      ],
      sources: [
        'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html',
        'https://docs.aws.amazon.com/ses/latest/APIReference/API_SetIdentityMailFromDomain.html',
        'https://docs.aws.amazon.com/ses/latest/dg/regions.html#region-mail-from',
      ],
      ...(unverified ? { unverified } : {}),
      identity: name,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const region = c.detection?.region ?? null;
    const dkimDomain = region && SES_REGIONAL_DKIM.includes(region) ? `dkim.${region}.amazonses.com` : 'dkim.amazonses.com';
    const where = `SES console > Verified identities > ${c.from} > Authentication > Publish DNS records`;
    const tokens = [1, 2, 3].map((i) => ph(`<token${i}>`, `Easy DKIM token ${i} of 3 (32 characters)`, where, '[a-z0-9]{32}'));
    return {
      title: `Easy DKIM for ${c.from} on Amazon SES`,
      explanation: `No signature with d=${c.from} passed; SES's own signature has d=amazonses.com, which does not align. Easy DKIM makes SES sign with d=${c.from} once these three CNAMEs point to its keys.`,
      records: tokens.map((t) => rec('CNAME', `${t.token}._domainkey.${c.from}`, `${t.token}.${dkimDomain}`, [t])),
      caveats: [
        'Easy DKIM is set up per region, with 2048-bit keys by default.',
        ...(region ? [] : [`If you send from ${SES_REGIONAL_DKIM.join(', ')}, the targets are <token>.dkim.<region>.amazonses.com.`]),
      ],
      steps: [where, 'Copy the three CNAME records, publish them, and wait for the DKIM status to become Successful'],
      sources: [`[V] esp-fixes.md §1`, 'https://docs.aws.amazon.com/general/latest/gr/ses.html#ses_dkim_domains'],
      identity: c.from,
    };
  },
  include: { term: 'include:amazonses.com', source: 'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html' },
};

const resend: Recipe = {
  spf: (c) => {
    const name = `send.${c.from}`;
    const { records, region, note } = sesMailFromRecords(c, name);
    const knownRegion = ['us-east-1', 'eu-west-1', 'sa-east-1'].includes(region);
    return {
      title: `Resend sending subdomain ${name}`,
      explanation: `${envelopeNow(c)}. Resend sends through Amazon SES with a MAIL FROM on a subdomain of your domain once these records are published; SPF then passes for ${name}, which aligns with ${c.from} in relaxed mode. ${note}`,
      records,
      caveats: [
        `Exactly one MX at ${name}. Resend lets you choose the subdomain name: use the one the Resend dashboard shows.`,
        'Relaxed alignment only: with aspf=s a subdomain MAIL FROM never aligns.',
        ...(knownRegion ? [] : [`Unverified: Resend region ${region} is not among the confirmed ones (us-east-1, eu-west-1, sa-east-1).`]),
      ],
      steps: [`Resend dashboard > Domains > ${c.from}: publish the records it lists, then Verify`],
      sources: ['[O] esp-fixes.md §15'],
      ...(knownRegion ? {} : { unverified: true }),
      identity: name,
      relaxedOnly: true,
    };
  },
  dkim: (c) => ({
    title: `Resend DKIM key for ${c.from}`,
    explanation: `No signature with d=${c.from} passed. Resend signs with d=${c.from} and selector "resend" once its public key is published.`,
    records: [rec('TXT', `resend._domainkey.${c.from}`, 'p=<key from Resend>', [ph('<key from Resend>', 'the public key Resend generated', `Resend dashboard > Domains > ${c.from}`, SHAPE.key)])],
    caveats: [],
    steps: [`Resend dashboard > Domains > ${c.from}: copy the DKIM TXT record, publish it, Verify`],
    sources: ['[O] esp-fixes.md §15'],
    identity: c.from,
  }),
  include: { term: 'include:amazonses.com', source: '[O] esp-fixes.md §15' },
};

// ---------------------------------------------------------------- SendGrid

const SG_WHERE = 'SendGrid > Settings > Sender Authentication > Authenticate Your Domain (the records it shows)';
const SG_PH = [
  ph('em1234', 'the return-path label SendGrid assigns (em + digits) or the one you chose', SG_WHERE, SHAPE.label),
  ph('u1234567', 'your SendGrid user id (u + digits)', SG_WHERE, 'u\\d{1,12}'),
  ph('wl123', 'the domain-authentication id (wl + digits)', SG_WHERE, 'wl\\d{1,9}'),
];
const SG_SOURCES = ['https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication', '[V] sendgrid/docs dkim-records.md, troubleshooting-sender-authentication.md'];
const SG_STEPS = (from: string) => [
  'SendGrid > Settings > Sender Authentication > Authenticate Your Domain',
  `Choose your DNS host, enter ${from}, leave Automated Security on`,
  'Publish the three CNAME records it shows, then Verify (allow up to 48 hours)',
];

function sendgridOtherDomain(c: Ctx): string[] {
  const rp = c.detection?.captures.sendgridReturnPath;
  return rp && !/(?:^|\.)sendgrid\.net$/.test(rp) && !rp.endsWith(`.${c.from}`)
    ? [`The Return-Path is at ${rp}: your account has authenticated that domain, not ${c.from}. The From domain must match the authenticated domain.`]
    : [];
}

const sendgrid: Recipe = {
  spf: (c) => ({
    title: `SendGrid domain authentication: return path em1234.${c.from}`,
    explanation: `${envelopeNow(c)}, which does not align with ${c.from}. With domain authentication SendGrid uses a return path on a subdomain of ${c.from} (em1234.${c.from}, a CNAME to SendGrid, which publishes its SPF there), so SPF passes for a domain that aligns in relaxed mode.`,
    records: [rec('CNAME', `em1234.${c.from}`, 'u1234567.wl123.sendgrid.net', SG_PH)],
    caveats: [
      ...sendgridOtherDomain(c),
      'With Automated Security off the return path instead needs MX mx.sendgrid.net and TXT "v=spf1 include:sendgrid.net ~all" at em1234 (SendGrid shows the exact records).',
      'DNS hosts that refuse "_" in CNAME names force Automated Security off.',
      ZONE_APPEND,
      'Unverified: whether SendGrid\'s EU region uses different record values.',
    ],
    steps: SG_STEPS(c.from),
    sources: SG_SOURCES,
    identity: `em1234.${c.from}`,
    relaxedOnly: true,
  }),
  dkim: (c) => ({
    title: `SendGrid domain authentication: DKIM s1/s2 for ${c.from}`,
    explanation: `No signature with d=${c.from} passed; SendGrid's own signature (d=sendgrid.net) does not align. With domain authentication SendGrid signs with d=${c.from}, selectors s1 and s2, whose keys these CNAMEs point to.`,
    records: ['s1', 's2'].map((s) => rec('CNAME', `${s}._domainkey.${c.from}`, `${s}.domainkey.u1234567.wl123.sendgrid.net`, SG_PH)),
    caveats: [...sendgridOtherDomain(c), 'With Automated Security off: TXT m1._domainkey "k=rsa; t=s; p=…" with the key SendGrid shows.', ZONE_APPEND],
    steps: SG_STEPS(c.from),
    sources: SG_SOURCES,
    identity: c.from,
  }),
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

function mailgunCurrent(c: Ctx): string {
  const sd = c.detection?.captures.mailgunSendingDomain;
  return sd ? ` The current sending domain is ${sd}${/\.mailgun\.org$/.test(sd) ? ' (a Mailgun sandbox)' : ''}.` : '';
}

const mailgun: Recipe = {
  spf: (c) => {
    const sd = mailgunDomain(c);
    const { record, caveats } = spfRecordWith(c, sd, 'include:mailgun.org');
    return {
      title: `Mailgun sending domain ${sd}`,
      explanation: `Mailgun uses its "sending domain" for the envelope and for DKIM. ${envelopeNow(c)}, which does not align with ${c.from}.${mailgunCurrent(c)} Add ${sd} as a sending domain in Mailgun and send through it; with this SPF record SPF passes for ${sd}, which aligns with ${c.from}.`,
      records: record ? [record] : [],
      caveats: [
        ...(sd === c.from ? ['Strict alignment (aspf=s or adkim=s) needs the From domain itself as the sending domain: Mailgun uses it for both the envelope and the DKIM d=.'] : ['Any subdomain of your domain works; mg. is Mailgun\'s suggestion.']),
        ...caveats,
        'Mailgun also lists MX records (mxa/mxb.mailgun.org) for receiving and a tracking CNAME: they are not needed for alignment.',
        'Unverified: the EU region\'s MX and tracking targets.',
      ],
      steps: ['Mailgun > Sending > Domains > Add new domain', `Enter ${sd}, publish the DNS records shown, then Verify`],
      sources: ['https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify'],
      identity: sd,
      relaxedOnly: sd !== c.from,
    };
  },
  dkim: (c) => {
    const sd = mailgunDomain(c);
    const where = `Mailgun > Sending > Domains > ${sd} > DNS records`;
    const id = ph('<id>', 'the id in the DKIM targets Mailgun shows', where, SHAPE.label);
    return {
      title: `Mailgun DKIM for ${sd}`,
      explanation: `No signature with an aligned d= passed.${mailgunCurrent(c)} Mailgun signs with d=<sending domain>; with ${sd} as the sending domain and Automatic Sender Security, these CNAMEs point to keys Mailgun rotates, and the signature aligns with ${c.from}.`,
      records: ['pdk1', 'pdk2'].map((s) => rec('CNAME', `${s}._domainkey.${sd}`, `${s}._domainkey.<id>.dkim1.mailgun.com`, [id])),
      caveats: [
        'Without Automatic Sender Security the key is a TXT at <selector>._domainkey of the sending domain, with the value from the control panel.',
        'Automatic Sender Security uses 2048-bit keys and rotates them at least every 5 days.',
      ],
      steps: [where],
      sources: ['https://documentation.mailgun.com/docs/mailgun/user-manual/domains/dkim_security'],
      identity: sd,
      relaxedOnly: sd !== c.from,
    };
  },
  include: { term: 'include:mailgun.org', source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify' },
};

// ---------------------------------------------------------------- Postmark, SparkPost, Mandrill

const postmark: Recipe = {
  spf: (c) => ({
    title: `Postmark custom Return-Path pm-bounces.${c.from}`,
    explanation: `${envelopeNow(c)}, which does not align with ${c.from}. A custom Return-Path makes the bounce address pm_bounces@pm-bounces.${c.from}; the CNAME lets Postmark's SPF answer there, so SPF passes for a domain that aligns in relaxed mode.`,
    records: [rec('CNAME', `pm-bounces.${c.from}`, 'pm.mtasv.net')],
    caveats: ['It must be a subdomain of the From domain.', 'The apex include:spf.mtasv.net is legacy and not needed.'],
    steps: [`Postmark > Sender Signatures (or Domains) > ${c.from} > Return-Path: set pm-bounces, publish the CNAME, Verify`],
    sources: ['https://postmarkapp.com/blog/introducing-full-dmarc-support-with-custom'],
    identity: `pm-bounces.${c.from}`,
    relaxedOnly: true,
  }),
  dkim: (c) => {
    const where = `Postmark > Sender Signatures (or Domains) > ${c.from} > DKIM`;
    return {
      title: `Postmark DKIM for ${c.from}`,
      explanation: `No signature with d=${c.from} passed; Postmark's own (d=pm.mtasv.net) does not align. Postmark signs with d=${c.from} once its key is published under a dated selector.`,
      records: [
        rec('TXT', `<YYYYMMDDhhmmss>pm._domainkey.${c.from}`, 'k=rsa;p=<key from Postmark>', [
          ph('<YYYYMMDDhhmmss>', 'the date-stamp part of the selector Postmark assigns', where, '\\d{14}'),
          ph('<key from Postmark>', 'the public key Postmark generated', where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [where],
      sources: ['[O] esp-fixes.md §4 (Domains API example DKIMHost)'],
      identity: c.from,
    };
  },
};

const sparkpost: Recipe = {
  spf: (c) => {
    const eu = c.detection?.region === 'eu';
    return {
      title: `SparkPost custom bounce domain bounce.${c.from}`,
      explanation: `${envelopeNow(c)}, which does not align with ${c.from}. A custom bounce domain puts the envelope on bounce.${c.from}; the CNAME lets SparkPost's SPF answer there, so SPF passes for a domain that aligns in relaxed mode.`,
      records: [rec('CNAME', `bounce.${c.from}`, eu ? 'eu.sparkpostmail.com' : 'sparkpostmail.com')],
      caveats: [
        `The target is sparkpostmail.com (US), eu.sparkpostmail.com (EU) or <public_tenant_id>.mail.e.sparkpost.com (Enterprise)${c.detection?.region ? '' : ': the US one is shown'}.`,
        'Not at the apex: the bounce domain must be a subdomain.',
        CLOUDFLARE,
      ],
      steps: [`SparkPost > Configuration > Domains: add bounce.${c.from} as a bounce domain, publish the CNAME, Verify`],
      sources: ['https://support.sparkpost.com/docs/tech-resources/custom-bounce-domain', 'https://developers.sparkpost.com/api/sending-domains'],
      identity: `bounce.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const where = `SparkPost > Configuration > Domains > ${c.from} (sending domain) > DKIM record`;
    return {
      title: `SparkPost DKIM for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. SparkPost signs with d=<sending domain> once ${c.from} is a verified sending domain with its DKIM key published.`,
      records: [
        rec('TXT', `scphMMYY._domainkey.${c.from}`, 'v=DKIM1; k=rsa; h=sha256; p=<key from SparkPost>', [
          ph('scphMMYY', 'the selector SparkPost assigns (scph + month + year)', where, 'scph\\d{4}'),
          ph('<key from SparkPost>', 'the public key SparkPost generated', where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [where],
      sources: ['https://developers.sparkpost.com/api/sending-domains', '[O] scph selector naming'],
      identity: c.from,
    };
  },
  include: { term: 'include:sparkpostmail.com', source: '[INF]', unverified: true },
};

const mandrill: Recipe = {
  spf: (c) => ({
    title: `Mandrill custom Return-Path domain mandrill.${c.from}`,
    explanation: `${envelopeNow(c)}, which does not align with ${c.from}. A custom Return-Path domain (a subdomain, never the apex) pointed at Mandrill puts the envelope under ${c.from}, so SPF passes for a domain that aligns in relaxed mode.`,
    records: [rec('CNAME', `mandrill.${c.from}`, 'mandrillapp.com')],
    caveats: [
      'Any subdomain works; mandrill. is only an example.',
      'After the DNS test passes, enable it per message (return_path_domain / X-MC-ReturnPathDomain) or as the account default in Sending Defaults.',
      'Unverified: the CNAME target comes from third-party guides.',
    ],
    steps: ['Mandrill > Settings > Tracking & Return Path Domains > Add', 'Publish the CNAME, then Test DNS', 'Enable it in Sending Defaults or per message'],
    sources: ['https://mandrill.zendesk.com/hc/en-us/articles/205582727'],
    unverified: true,
    identity: `mandrill.${c.from}`,
    relaxedOnly: true,
  }),
  dkim: (c) => ({
    title: `Mandrill DKIM mte1/mte2 for ${c.from}`,
    explanation: `No signature with d=${c.from} passed; Mandrill's own (d=mandrillapp.com) does not align. These CNAMEs let Mandrill sign with d=${c.from}.`,
    records: [rec('CNAME', `mte1._domainkey.${c.from}`, 'dkim1.mandrillapp.com'), rec('CNAME', `mte2._domainkey.${c.from}`, 'dkim2.mandrillapp.com')],
    caveats: ['The legacy mandrill._domainkey TXT record is replaced by these.'],
    steps: [`Mandrill > Settings > Sending Domains > ${c.from}: publish the records, then Test DNS`],
    sources: ['https://mailchimp.com/developer/release-notes/new-sending-domain-authentication-requirements'],
    identity: c.from,
  }),
  dmarcNote: 'Mandrill has required a DMARC record (at least p=none) since 2024-03-15; without one it rewrites the sending domain to a mandrillapp.com subdomain.',
};

// ---------------------------------------------------------------- marketing platforms

const mailchimp: Recipe = {
  spf: (c) => noSpfRoute(c, 'Mailchimp', 'Mailchimp offers no custom return path.', ['[3P] esp-fixes.md §7'], true),
  dkim: (c) => ({
    title: `Mailchimp DKIM k2/k3 for ${c.from}`,
    explanation: `No signature with d=${c.from} passed. After domain authentication Mailchimp signs with d=${c.from}, selectors k2 and k3, whose keys these CNAMEs point to.`,
    records: [rec('CNAME', `k2._domainkey.${c.from}`, 'dkim2.mcsv.net'), rec('CNAME', `k3._domainkey.${c.from}`, 'dkim3.mcsv.net')],
    caveats: ['Values seen in many published zones; Mailchimp\'s own page was not read (legacy setups used k1._domainkey CNAME dkim.mcsv.net).'],
    steps: [`Mailchimp > Account > Domains > ${c.from} > Authenticate`],
    sources: ['[O] esp-fixes.md §7', 'https://mailchimp.com/help/set-up-email-domain-authentication/'],
    identity: c.from,
  }),
  include: { term: 'include:servers.mcsv.net', source: '[3P] esp-fixes.md §7', unverified: true },
};

const brevo: Recipe = {
  spf: (c) => noSpfRoute(c, 'Brevo', 'On shared IPs the envelope stays on sender-sib.com (whether a dedicated IP allows a custom return path is unverified).', ['[O] esp-fixes.md §8'], true),
  dkim: (c) => {
    const where = `Brevo > Senders, Domains & Dedicated IPs > Domains > ${c.from} > Authenticate`;
    return {
      title: `Brevo domain authentication for ${c.from}`,
      explanation: `No signature with d=${c.from} passed; Brevo's own (d=sendinblue.com) does not align. The brevo-code record proves you own ${c.from}; the two CNAMEs let Brevo sign with d=${c.from}.`,
      records: [
        rec('TXT', c.from, 'brevo-code:<code>', [ph('<code>', 'the 32-hex-digit verification code Brevo shows', where, '[0-9a-f]{32}')]),
        rec('CNAME', `brevo1._domainkey.${c.from}`, `b1.${dashed(c.from)}.dkim.brevo.com`),
        rec('CNAME', `brevo2._domainkey.${c.from}`, `b2.${dashed(c.from)}.dkim.brevo.com`),
      ],
      caveats: [
        `Legacy setups used mail._domainkey TXT "k=rsa;p=…".`,
        `Until ${c.from} is authenticated Brevo may rewrite the From to @<id>.brevosend.com.`,
      ],
      steps: [where],
      sources: ['[O] esp-fixes.md §8', 'https://developers.brevo.com/docs/domain-authentication-and-verification', 'https://help.brevo.com/hc/en-us/articles/16045394674066'],
      identity: c.from,
    };
  },
  dmarcNote: 'Brevo suggests rua=mailto:rua@dmarc.brevo.com if you want its DMARC reports.',
};

/** Klaviyo: one branded sending subdomain serves as envelope and d=, so it fixes SPF and DKIM at once. */
function klaviyoSubdomain(problem: FixProblem) {
  return (c: Ctx): Draft => {
    const name = `send.${c.from}`;
    return {
      title: `Klaviyo branded sending domain ${name}`,
      explanation: `${envelopeNow(c)} and Klaviyo signs with d=klaviyomail.com: neither aligns with ${c.from}. A branded sending subdomain serves as both envelope and DKIM domain, so both align in relaxed mode. Delegating it to Klaviyo (NS, "dynamic routing", recommended) lets Klaviyo publish what it needs there.`,
      records: [1, 2, 3, 4].map((i) => rec('NS', name, `ns${i}.klaviyo.com`)),
      caveats: [
        'Klaviyo also asks for one TXT record proving ownership: publish the one it shows.',
        'The alternative ("static") is three CNAMEs instead of the NS records.',
        'After verification you must click "Apply domain", or nothing changes.',
        'Unverified: the NS targets come from third-party guides; use what Klaviyo shows.',
      ],
      steps: ['Klaviyo > Settings > Domains > Add sending domain', `Enter ${name}, choose dynamic routing, publish the records, Verify`, 'Click "Apply domain"'],
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
    ...noSpfRoute(c, 'HubSpot', 'HubSpot\'s shared IPs keep the envelope on hubspotemail.net; SPF alignment needs a dedicated IP, with an envelope like 12345m.' + c.from + '.', ['[3P] dmarc.wiki', 'https://knowledge.hubspot.com/email/do-i-need-to-add-hubspot-to-our-spf-record'], true),
  }),
  dkim: (c) => {
    const where = 'HubSpot > Settings > Domains & URLs > Email sending domains > Connect';
    const p = [ph('<hubid>', 'your HubSpot account (hub) id', where, SHAPE.digits), ph('<NN>', 'the number in the targets HubSpot shows', where, '\\d{1,4}')];
    return {
      title: `HubSpot email sending domain ${c.from}`,
      explanation: `No signature with d=${c.from} passed. Connecting ${c.from} as an email sending domain makes HubSpot sign with d=${c.from}; these CNAMEs point to its keys.`,
      records: [
        rec('CNAME', `hs1-<hubid>._domainkey.${c.from}`, `${dashed(c.from)}.hs<NN>a.dkim.hubspotemail.net`, p),
        rec('CNAME', `hs2-<hubid>._domainkey.${c.from}`, `${dashed(c.from)}.hs<NN>b.dkim.hubspotemail.net`, p),
      ],
      caveats: [CLOUDFLARE],
      steps: [where],
      sources: ['[O] esp-fixes.md §13', 'https://knowledge.hubspot.com/email/do-i-need-to-add-hubspot-to-our-spf-record'],
      identity: c.from,
    };
  },
};

const constantContact: Recipe = {
  spf: (c) => noSpfRoute(c, 'Constant Contact', 'The envelope stays on a Constant Contact domain (ccsend.com).', ['[3P] esp-fixes.md §18'], true),
  dkim: (c) => {
    const where = 'Constant Contact > My Settings > Email Authentication (self-authentication)';
    return {
      title: `Constant Contact self-authentication for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. Self-authentication makes Constant Contact sign with d=${c.from}; these CNAMEs point to its keys.`,
      records: [1, 2].map((i) =>
        rec('CNAME', `ctct${i}._domainkey.${c.from}`, `<ctct${i} target>`, [ph(`<ctct${i} target>`, `the ctct${i} CNAME target Constant Contact shows`, where, SHAPE.host)]),
      ),
      caveats: ['A DKIM TXT option also exists.', 'Unverified: from third-party guides.'],
      steps: [where],
      sources: ['[3P] esp-fixes.md §18'],
      unverified: true,
      identity: c.from,
    };
  },
};

const mailjet: Recipe = {
  spf: (c) => ({
    ...noSpfRoute(c, 'Mailjet', 'Its default bounce domain is bnc3.mailjet.com. Mailjet offers a custom return path through a CNAME, but its target and plan limits are unverified: ask Mailjet.', ['https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/'], true),
  }),
  dkim: (c) => {
    const where = 'Mailjet > Account settings > Domains & senders > Setup SPF/DKIM authentication';
    return {
      title: `Mailjet DKIM for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. Once authenticated, Mailjet signs with d=${c.from} and selector "mailjet".`,
      records: [rec('TXT', `mailjet._domainkey.${c.from}`, 'k=rsa; p=<key from Mailjet>', [ph('<key from Mailjet>', 'the public key Mailjet shows', where, SHAPE.key)])],
      caveats: [],
      steps: [where],
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
    const where = 'Google Admin console > Apps > Google Workspace > Gmail > Authenticate email';
    return {
      title: `Google Workspace DKIM for ${c.from}`,
      explanation: `Google signs with d=<domain>.<date>.gappssmtp.com until you set up DKIM: that signature does not align with ${c.from}. Generate a key in the Admin console and publish it; Google then signs with d=${c.from}.`,
      records: [rec('TXT', `google._domainkey.${c.from}`, 'v=DKIM1; k=rsa; p=<key from Admin console>', [ph('<key from Admin console>', 'the public key Google generated (2048-bit)', where, SHAPE.key)])],
      caveats: ['"google" is the default selector prefix: if you chose another, the name changes.', 'A 2048-bit key is longer than 255 characters: DNS panels must split it into several strings (the zone export does).'],
      steps: [`${where} > select ${c.from} > Generate new record (2048-bit)`, 'Publish the TXT record', 'Back in the Admin console, click Start authentication'],
      sources: ['[O] esp-fixes.md §9', 'https://support.google.com/a/answer/174124'],
      identity: c.from,
    };
  },
  include: { term: 'include:_spf.google.com', source: '[O] esp-fixes.md §9' },
};

const microsoft: Recipe = {
  spf: ownAddressSpf('Microsoft 365', '[O] esp-fixes.md §10'),
  dkim: (c) => {
    const tenant = c.detection?.captures.m365Tenant;
    const where = 'Exchange Online PowerShell: Get-DkimSigningConfig -Identity ' + c.from + ' | fl Selector1CNAME,Selector2CNAME';
    const p = tenant ? [] : [ph('<tenant>', 'your tenant name (<tenant>.onmicrosoft.com)', 'Microsoft 365 admin center > Settings > Domains', SHAPE.label)];
    const t = tenant ?? '<tenant>';
    return {
      title: `Microsoft 365 DKIM for ${c.from}`,
      explanation: `Microsoft signs with d=${t}.onmicrosoft.com until DKIM is enabled for ${c.from}: that signature does not align. These CNAMEs point to the keys Microsoft holds for ${c.from}; once enabled it signs with d=${c.from}.`,
      records: [1, 2].map((i) => rec('CNAME', `selector${i}._domainkey.${c.from}`, `selector${i}-${dashed(c.from)}._domainkey.${t}.onmicrosoft.com`, p)),
      caveats: [
        `Domains added from May 2025 get a different target, e.g. selector1-${dashed(c.from)}._domainkey.${t}.n-v1.dkim.mail.microsoft, whose partition letter cannot be predicted: read the exact values with ${where}.`,
        'Detection of the records can take up to 4 days.',
      ],
      steps: [where, 'Publish the two CNAMEs', 'Microsoft Defender > Email & collaboration > Policies > Email authentication settings > DKIM > ' + c.from + ' > Enable'],
      sources: ['https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure'],
      identity: c.from,
    };
  },
  include: { term: 'include:spf.protection.outlook.com', source: '[O] esp-fixes.md §10' },
};

const zoho: Recipe = {
  spf: ownAddressSpf('Zoho Mail', '[O] esp-fixes.md §11'),
  dkim: (c) => {
    const where = `Zoho Mail Admin > Domains > ${c.from} > Email Authentication > DKIM`;
    return {
      title: `Zoho Mail DKIM for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. Add a DKIM selector in Zoho's admin console and publish its key; Zoho then signs with d=${c.from}.`,
      records: [
        rec('TXT', `<selector>._domainkey.${c.from}`, 'v=DKIM1; k=rsa; p=<key from Zoho>', [
          ph('<selector>', 'the selector you choose in Zoho (e.g. zmail)', where, SHAPE.label),
          ph('<key from Zoho>', 'the public key Zoho generated', where, SHAPE.key),
        ]),
      ],
      caveats: [],
      steps: [`${where} > Add selector`, 'Publish the TXT record, then Verify'],
      sources: ['[O] esp-fixes.md §11'],
      identity: c.from,
    };
  },
  include: { term: 'include:zoho.com', source: '[3P] MXToolbox; regional variants (zoho.eu, zoho.in, …) unverified', unverified: true },
};

// ---------------------------------------------------------------- CRM and support desks

const salesforce: Recipe = {
  spf: (c) => {
    const { record, caveats } = spfRecordWith(c, c.from, 'include:_spf.salesforce.com');
    return {
      title: 'Salesforce: send with the user\'s address as MAIL FROM',
      explanation: `${envelopeNow(c)}: Salesforce uses its own bounce address (…@…bnc.salesforce.com) whenever "Activate bounce management" or "Enable compliance with standard email security mechanisms" is on, so SPF cannot align. With both off the MAIL FROM becomes the user's address in ${c.from}; SPF then aligns once ${c.from} authorises Salesforce. DKIM alignment (the other fix) works without giving these up.`,
      records: record ? [record] : [],
      caveats: ['Turning bounce management off means Salesforce no longer tracks bounces.', ...caveats],
      steps: ['Setup > Email > Deliverability: turn off "Activate bounce management" and "Enable compliance with standard email security mechanisms"', `Publish the SPF record for ${c.from}`],
      sources: ['https://help.salesforce.com/s/articleView?id=000381292'],
      identity: c.from,
    };
  },
  dkim: (c) => {
    const where = 'Salesforce Setup > DKIM Keys';
    const p = [
      ph('<selector>', 'the selector you enter when creating the key', where, SHAPE.label),
      ph('<alternate selector>', 'the alternate selector you enter', where, SHAPE.label),
      ph('<id>', 'the 6-character id in the targets Salesforce shows', where, '[a-z0-9]{6}'),
    ];
    return {
      title: `Salesforce DKIM key for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. A DKIM key in Salesforce Setup makes it sign with d=${c.from}; the two CNAMEs (selector and alternate selector, for rotation) point to its keys.`,
      records: [
        rec('CNAME', `<selector>._domainkey.${c.from}`, '<selector>.<id>.custdkim.salesforce.com', p),
        rec('CNAME', `<alternate selector>._domainkey.${c.from}`, '<alternate selector>.<id>.custdkim.salesforce.com', p),
      ],
      caveats: ['Activate the key in Setup after the records are published, or nothing is signed.'],
      steps: [`${where} > Create New Key (domain ${c.from}, selector and alternate selector)`, 'Publish the two CNAMEs', 'Activate the key'],
      sources: ['https://help.salesforce.com/s/articleView?id=000381292', '[O] custdkim CNAME form'],
      identity: c.from,
    };
  },
  include: { term: 'include:_spf.salesforce.com', source: 'https://help.salesforce.com/s/articleView?id=000381292' },
};

/** Marketing Cloud: a delegated subdomain (Sender Authentication Package) aligns SPF and DKIM at once. */
function sfmcSap(problem: FixProblem) {
  return (c: Ctx): Draft => {
    const sub = c.from !== c.org;
    const name = sub ? c.from : `<subdomain>.${c.org}`;
    const p = sub ? [] : [ph('<subdomain>', 'the subdomain you dedicate to Marketing Cloud (it becomes your From domain there)', 'Salesforce account team / SAP order', SHAPE.label)];
    return {
      title: `Marketing Cloud Sender Authentication Package for ${name}`,
      explanation: `${envelopeNow(c)}, which does not align with ${c.from}. With the Sender Authentication Package you delegate a subdomain to Salesforce, which then hosts its SPF, DKIM and DMARC and sends with it as From, envelope (bounce.<subdomain>) and DKIM domain, so everything aligns.`,
      records: [1, 2, 3, 4].map((i) => rec('NS', name, `ns${i}.exacttarget.com`, p)),
      caveats: [
        'Delegation hands all DNS of that name to Salesforce: do not delegate a name that has other records you need.',
        'You cannot delegate the apex; the From then uses the subdomain.',
        'Unverified: other "private domains" get SPF alignment only with multi-bounce-domain enabled (third-party source).',
      ],
      sources: ['https://senderauth.marketingcloud.com/quickstart.php', '[3P] spamresource'],
      identity: name,
      alsoFixes: [problem],
    };
  };
}

const sfmc: Recipe = { spf: sfmcSap('dkim-alignment'), dkim: sfmcSap('spf-alignment') };

const zendesk: Recipe = {
  spf: (c) => ({
    title: `Zendesk envelope subdomains zendesk1–4.${c.from}`,
    explanation: `${envelopeNow(c)}, which does not align with ${c.from}. Since Zendesk moved its sending to Amazon SES it can use envelope subdomains of your domain; these four CNAMEs point them at Zendesk, so SPF passes for a domain that aligns in relaxed mode.`,
    records: [1, 2, 3, 4].map((i) => rec('CNAME', `zendesk${i}.${c.from}`, `mail${i}.zendesk.com`)),
    caveats: [
      'Partially verified: seen in zones and third-party guides; Zendesk\'s own page documents the apex SPF include instead.',
      `Zendesk documents include:mail.zendesk.com in the SPF record of ${c.from} and a zendeskverification TXT record: that authorises Zendesk for ${c.from} itself.`,
    ],
    sources: ['[O][3P] esp-fixes.md §14', 'https://support.zendesk.com/hc/en-us/articles/4867238761626'],
    unverified: true,
    identity: `zendesk1.${c.from}`,
    relaxedOnly: true,
  }),
  dkim: (c) => ({
    title: `Zendesk DKIM for ${c.from}`,
    explanation: `No signature with d=${c.from} passed. With these CNAMEs published and digital signatures enabled, Zendesk signs with d=${c.from}.`,
    records: [1, 2].map((i) => rec('CNAME', `zendesk${i}._domainkey.${c.from}`, `zendesk${i}._domainkey.zendesk.com`)),
    caveats: ['Publish the records before enabling DKIM in Zendesk.'],
    steps: ['Publish the two CNAMEs', 'Zendesk Admin Center > Channels > Email: enable digital signatures (DKIM) for ' + c.from],
    sources: ['https://support.zendesk.com/hc/en-us/articles/4408822303386'],
    identity: c.from,
  }),
  include: { term: 'include:mail.zendesk.com', source: 'https://support.zendesk.com/hc/en-us/articles/4867238761626' },
};

const freshdesk: Recipe = {
  spf: (c) => ({
    title: `Freshdesk envelope subdomain fwdkim1.${c.from}`,
    explanation: `${envelopeNow(c)}, which does not align with ${c.from}. Freshdesk (sending through SendGrid) can use fwdkim1.${c.from} as envelope domain; the CNAME lets its SPF answer there, so SPF passes for a domain that aligns in relaxed mode.`,
    records: [rec('CNAME', `fwdkim1.${c.from}`, 'spfmx1.domainkey.freshemail.io')],
    caveats: ['Seen in published zones; Freshdesk\'s own page was not read: use the values Freshdesk shows.', `The legacy apex include:email.freshdesk.com does not make SPF align.`],
    steps: ['Freshdesk > Admin > Email > DKIM / custom mail server settings: publish the records shown, Verify'],
    sources: ['[O] esp-fixes.md §19'],
    identity: `fwdkim1.${c.from}`,
    relaxedOnly: true,
  }),
  dkim: (c) => {
    const where = 'Freshdesk > Admin > Email > DKIM';
    const p = [
      ...[1, 2, 3].map((i) => ph(`<selector${i}>`, `selector ${i} of 3 Freshdesk generates`, where, SHAPE.label)),
      ph('<acct>', 'your account number in the targets', where, SHAPE.digits),
    ];
    return {
      title: `Freshdesk DKIM for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. Freshdesk signs with d=${c.from} once these three CNAMEs point to its keys.`,
      records: [1, 2, 3].map((i) => rec('CNAME', `<selector${i}>._domainkey.${c.from}`, `wl<acct>s${i}.domainkey.freshemail.io`, p)),
      caveats: ['Seen in published zones; Freshdesk\'s own page was not read.'],
      steps: [where],
      sources: ['[O] esp-fixes.md §19'],
      identity: c.from,
    };
  },
};

const intercom: Recipe = {
  spf: (c) => {
    const where = 'Intercom > Settings > Channels > Email > Domains';
    return {
      title: `Intercom custom return path outbound.intercom.${c.from}`,
      explanation: `${envelopeNow(c)}, which does not align with ${c.from}. Intercom (sending through SparkPost) uses a custom return path on your domain once this CNAME is published, so SPF passes for a domain that aligns in relaxed mode. No SPF change at ${c.from} is needed.`,
      records: [rec('CNAME', `outbound.intercom.${c.from}`, 'rp.<workspace>.intercom-mail.com', [ph('<workspace>', 'your workspace id in the target Intercom shows', where, SHAPE.label)])],
      caveats: [CLOUDFLARE],
      steps: [where],
      sources: ['https://www.intercom.com/help/en/articles/11183745', '[O] esp-fixes.md §20'],
      identity: `outbound.intercom.${c.from}`,
      relaxedOnly: true,
    };
  },
  dkim: (c) => {
    const where = 'Intercom > Settings > Channels > Email > Domains';
    return {
      title: `Intercom DKIM for ${c.from}`,
      explanation: `No signature with d=${c.from} passed. With this CNAME Intercom signs with d=${c.from}, selector "intercom".`,
      records: [rec('CNAME', `intercom._domainkey.${c.from}`, '<uuid>.dkim.intercom.io', [ph('<uuid>', 'the id in the target Intercom shows', where, '[0-9a-f-]{36}')])],
      caveats: [CLOUDFLARE],
      steps: [where],
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

export const GENERIC: Recipe = {
  spf: (c) => {
    const strict = c.spfMode === 's';
    const name = strict ? c.from : `bounces.${c.from}`;
    const mech = ph('<sender mechanism>', 'what authorises the sending service, e.g. include:<its SPF domain> or ip4:<its address>', 'the sending service\'s documentation on SPF / custom return path', '(?:include:|ip4:|ip6:|a:|mx:)[A-Za-z0-9_./:-]{1,253}');
    const merged = strict ? spfRecordWith(c, name, '<sender mechanism>') : { record: rec('TXT', name, 'v=spf1 <sender mechanism> ~all'), caveats: [] as string[] };
    const record = merged.record ? { ...merged.record, placeholders: [mech] } : null;
    return {
      title: `Use a MAIL FROM under ${strict ? c.from : c.org}`,
      explanation: `${envelopeNow(c)}, which does not align with ${c.from}. SPF is checked for the MAIL FROM (Return-Path) domain, so it must be ${strict ? `exactly ${c.from} (aspf=s)` : `a domain under ${c.org}`}, with an SPF record that authorises the sending service. Ask the service for a custom return-path (bounce) domain${strict ? '' : `, e.g. ${name}`}; it usually gives you a CNAME or an SPF include to publish there.`,
      records: record ? [record] : [],
      caveats: merged.caveats,
      sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-2.4', 'RFC 9989 (identifier alignment)'],
      identity: name,
      relaxedOnly: !strict,
    };
  },
  dkim: (c) => {
    const where = 'the sending service\'s DKIM / domain authentication settings';
    return {
      title: `Sign with d=${c.from}`,
      explanation: `No DKIM signature with a d= aligned to ${c.from} passed. Have the sending service sign with d=${c.from}${c.dkimMode === 's' ? ' (adkim=s: exactly this domain)' : ` (or any domain under ${c.org})`}: it gives you a selector and a public key, or CNAMEs to its keys, to publish.`,
      records: [
        rec('TXT', `<selector>._domainkey.${c.from}`, 'v=DKIM1; k=rsa; p=<public key>', [
          ph('<selector>', 'the selector the service uses (the s= of its signature)', where, SHAPE.label),
          ph('<public key>', 'the public key the service gives you', where, SHAPE.key),
        ]),
      ],
      caveats: ['Many services give CNAMEs instead of a TXT key: publish what they show.'],
      sources: ['https://www.rfc-editor.org/rfc/rfc6376#section-3.6.2'],
      identity: c.from,
    };
  },
};
