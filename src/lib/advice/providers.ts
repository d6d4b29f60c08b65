// Provider recognition as data: one entry per service, each rule with the header it reads, its
// weight and its source. Facts and tags come from ../shared/reference/esp-fixes.md:
// [V] vendor doc, [V2] vendor excerpt, [O] observed in real headers, [3P] third-party only, [INF] inferred.
// Every pattern is matched against a value cut to MAX_VALUE characters and uses no nested
// quantifiers, so hostile headers cannot make matching slow.
import type { ProviderId, Source } from './types.ts';

/** Pseudo-header: the MAIL FROM domain (from the caller, else the Return-Path domain). */
export const ENVELOPE = '@envelope';
/** Pseudo-header: one DKIM signature, as the text "d=<d>; s=<s>". */
export const DKIM = '@dkim';

export interface FingerprintRule {
  /** lowercase header name, or ENVELOPE / DKIM */
  header: string;
  pattern: RegExp;
  /** 3: unique to the service; 2: specific; 1: weak or shared */
  weight: 1 | 2 | 3;
  rule: string;
  source: Source;
  /** for rules that yield a region: lower rank wins (Feedback-ID before Return-Path, Message-ID, Received) */
  regionRank?: number;
  /** the region meant when the pattern matched without a region label */
  defaultRegion?: string;
}

export interface ProviderEntry {
  id: ProviderId;
  name: string;
  /** the service it sends through: its fingerprints then count for this one too, once a clue of its own is seen */
  builtOn?: ProviderId;
  rules: FingerprintRule[];
}

/** A service outside our list whose headers look like one in it: its rules rule the look-alike out. */
export interface LookAlike {
  name: string;
  rules: Omit<FingerprintRule, 'weight'>[];
  rulesOut: ProviderId[];
}

const PRESENT = /\S/;
const ESP = 'esp-fixes.md';

export const PROVIDERS: ProviderEntry[] = [
  {
    id: 'amazon-ses',
    name: 'Amazon SES',
    rules: [
      { header: 'feedback-id', pattern: /(?:^|:)1\.(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.[A-Za-z0-9+/=]+:AmazonSES\s*$/, weight: 3, regionRank: 1, rule: 'Feedback-ID "1.<region>.<id>:AmazonSES"', source: `[V][O] ${ESP} §1` },
      { header: ENVELOPE, pattern: /^(?:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.)?amazonses\.com$/i, weight: 3, regionRank: 2, defaultRegion: 'us-east-1', rule: 'MAIL FROM at [<region>.]amazonses.com (no region label = us-east-1)', source: 'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html' },
      { header: 'return-path', pattern: /^\s*<?[0-9a-f]{16}-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}-000000@/, weight: 2, rule: 'SES bounce address local part (kept with a custom MAIL FROM)', source: `[O] ${ESP} §1` },
      { header: 'message-id', pattern: /<[0-9a-f]{16}-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}-000000@(?:email\.amazonses\.com|(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonses\.com)>/, weight: 3, regionRank: 3, defaultRegion: 'us-east-1', rule: 'Message-ID set by SES (email.amazonses.com = us-east-1)', source: `[V][O] ${ESP} §1` },
      { header: 'received', pattern: /from [a-z]\d+-\d+\.smtp-out\.(?:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.)?amazonses\.com/, weight: 2, regionRank: 4, defaultRegion: 'us-east-1', rule: 'Received from an SES outbound host (no region label = us-east-1)', source: `[O] ${ESP} §1` },
      { header: 'x-ses-outgoing', pattern: /^\s*\d{4}\.\d{2}\.\d{2}-\d{1,3}(?:\.\d{1,3}){3}\s*$/, weight: 3, rule: 'X-SES-Outgoing "<date>-<ip>"', source: `[V][O] ${ESP} §1` },
      { header: DKIM, pattern: /^d=amazonses\.com; s=/i, weight: 2, rule: 'SES service signature d=amazonses.com', source: `[O] ${ESP} §1` },
    ],
  },
  {
    id: 'sendgrid',
    name: 'SendGrid (Twilio)',
    rules: [
      { header: 'x-sg-eid', pattern: PRESENT, weight: 3, rule: 'X-SG-EID header', source: `[O] ${ESP} §2` },
      { header: 'x-sg-id', pattern: PRESENT, weight: 3, rule: 'X-SG-ID header', source: `[O] ${ESP} §2` },
      { header: 'x-entity-id', pattern: /^\s*u\d{3}\./, weight: 1, rule: 'X-Entity-ID "u001."', source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /by (?:geopod-)?ismtpd[\w.-]{0,80} \(SG\)/, weight: 3, rule: 'Received by ismtpd (SG)', source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /by (?:filterdrecv|recvd)-[\w-]{1,80} with SMTP/, weight: 2, rule: 'Received by filterdrecv/recvd', source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /\.outbound-mail\.sendgrid\.net\b/, weight: 2, rule: 'Received from *.outbound-mail.sendgrid.net', source: `[O] ${ESP} §2` },
      { header: 'message-id', pattern: /<[A-Za-z0-9_-]{22}@(?:geopod-ismtpd-\d+|ismtpd[\w.]{0,80}sendgrid\.net)>/, weight: 2, rule: 'Message-ID from ismtpd', source: `[O] ${ESP} §2` },
      { header: 'return-path', pattern: /^\s*<?bounces\+\d+-[0-9a-f]{4}-[^@\s]+@(?<sendgridReturnPath>[^>\s]+)>?\s*$/, weight: 2, rule: 'Return-Path "bounces+<id>-<hex>-…@"', source: `[O] ${ESP} §2` },
      { header: ENVELOPE, pattern: /(?:^|\.)sendgrid\.net$/i, weight: 2, rule: 'MAIL FROM at sendgrid.net (no domain authentication)', source: `[O] ${ESP} §2` },
      { header: DKIM, pattern: /^d=sendgrid\.(?:net|info); s=/i, weight: 2, rule: 'SendGrid service signature d=sendgrid.net', source: `[O] ${ESP} §2` },
    ],
  },
  {
    id: 'mailgun',
    name: 'Mailgun (Sinch)',
    rules: [
      { header: 'x-mailgun-sending-ip', pattern: PRESENT, weight: 3, rule: 'X-Mailgun-Sending-Ip header', source: `[O] ${ESP} §3` },
      { header: 'x-mailgun-sid', pattern: PRESENT, weight: 3, rule: 'X-Mailgun-Sid header', source: `[O] ${ESP} §3` },
      { header: 'return-path', pattern: /^\s*<?bounce\+[0-9a-f]{6}\.[0-9a-f]{6}-[^@\s]+@(?<mailgunSendingDomain>[^>\s]+)>?\s*$/, weight: 2, rule: 'Return-Path "bounce+<hex>.<hex>-…@<sending domain>"', source: `[O] ${ESP} §3` },
      { header: 'received', pattern: /(?:m\d+-\d+|so\d+-\d+)\.mailgun\.net|mail\d+\.static\.mailgun\.info/, weight: 2, rule: 'Received from a Mailgun outbound host', source: `[O] ${ESP} §3` },
      { header: 'received', pattern: /by smtp-out-n\d+\.prod\.(?<region>[a-z]{2}-[a-z]+-\d)\.postgun\.com/, weight: 2, regionRank: 4, rule: 'Received by smtp-out-nNN.prod.<region>.postgun.com', source: `[O] ${ESP} §3` },
      { header: ENVELOPE, pattern: /^sandbox[0-9a-f]{1,40}\.mailgun\.org$/i, weight: 2, rule: 'MAIL FROM at a Mailgun sandbox domain', source: `[INF] ${ESP} §3` },
    ],
  },
  {
    id: 'postmark',
    name: 'Postmark (ActiveCampaign)',
    rules: [
      // Proton Mail sends X-Pm-Message-ID too, as 40 hex digits: only a UUID is Postmark's.
      { header: 'x-pm-message-id', pattern: /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i, weight: 3, rule: 'X-PM-Message-Id holding a UUID', source: `[O] ${ESP} §4` },
      { header: 'return-path', pattern: /^\s*<?pm_bounces@/i, weight: 2, rule: 'Return-Path "pm_bounces@…"', source: `[O] ${ESP} §4` },
      { header: ENVELOPE, pattern: /(?:^|\.)mtasv\.net$/i, weight: 2, rule: 'MAIL FROM at pm.mtasv.net (no custom Return-Path)', source: `[O] ${ESP} §4` },
      { header: 'received', pattern: /[\w-]{1,80}\.mtasv\.net\b/, weight: 2, rule: 'Received from a *.mtasv.net host', source: `[O] ${ESP} §4` },
      { header: 'message-id', pattern: /<[0-9a-f-]{36}@mtasv\.net>/, weight: 2, rule: 'Message-ID <uuid@mtasv.net>', source: `[O] ${ESP} §4` },
      { header: 'feedback-id', pattern: /s\d+-_:s\d+:a\d+:postmark/, weight: 3, rule: 'Feedback-ID "…:postmark"', source: `[O] ${ESP} §4` },
      { header: 'x-complaints-to', pattern: /abuse@postmarkapp\.com/i, weight: 2, rule: 'X-Complaints-To abuse@postmarkapp.com', source: `[O] ${ESP} §4` },
      { header: 'x-pm-mta-pool', pattern: PRESENT, weight: 1, rule: 'X-PM-MTA-Pool header', source: `[O] ${ESP} §4` },
      { header: DKIM, pattern: /^d=pm\.mtasv\.net; s=pm\d{8}/i, weight: 2, rule: 'Postmark service signature d=pm.mtasv.net', source: `[O] ${ESP} §4` },
    ],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost (Bird)',
    rules: [
      // Marketo (Momentum MTA) sends X-MSFBL too: see LOOK_ALIKES.
      { header: 'x-msfbl', pattern: PRESENT, weight: 2, rule: 'X-MSFBL header (Momentum MTA)', source: `[O] ${ESP} §5` },
      { header: 'received', pattern: /mta-\d+-\d+-\d+\.[\w.-]{0,80}sparkpostmail\.com/, weight: 3, rule: 'Received from mta-N-N-N.*.sparkpostmail.com', source: `[O] ${ESP} §5` },
      { header: 'received', pattern: /prd\.sparkpost \(ecelerity/, weight: 2, rule: 'Received by *.prd.sparkpost (ecelerity)', source: `[O] ${ESP} §5` },
      { header: 'message-id', pattern: /@[\w.-]{1,80}\.prd\.sparkpost>/, weight: 2, rule: 'Message-ID @*.prd.sparkpost', source: `[O] ${ESP} §5` },
      { header: 'return-path', pattern: /^\s*<?msprvs1=[^=\s]+=bounces-\d+(?:-\d+)?@/, weight: 3, rule: 'Return-Path "msprvs1=…=bounces-N@"', source: `[O] ${ESP} §5` },
      { header: ENVELOPE, pattern: /^(?:(?<region>eu)\.)?sparkpostmail\.com$/i, weight: 2, rule: 'MAIL FROM at sparkpostmail.com (no custom bounce domain)', source: `[O] ${ESP} §5` },
      { header: DKIM, pattern: /; s=scph\d{4}$/i, weight: 1, rule: 'DKIM selector scphMMYY', source: `[O] ${ESP} §5` },
    ],
  },
  {
    id: 'mandrill',
    name: 'Mailchimp Transactional (Mandrill)',
    rules: [
      { header: 'x-mandrill-user', pattern: /^\s*md_\d+/, weight: 3, rule: 'X-Mandrill-User "md_<uid>"', source: `[O] ${ESP} §6` },
      { header: 'x-report-abuse', pattern: /abuse@mandrill\.com/i, weight: 2, rule: 'X-Report-Abuse naming abuse@mandrill.com', source: `[O] ${ESP} §6` },
      { header: 'feedback-id', pattern: /\d+:\d+\.\d{8}:md\s*$/, weight: 3, rule: 'Feedback-ID "…:md"', source: `[O] ${ESP} §6` },
      { header: 'received', pattern: /mail\d+-\d+\.[a-z]+\d+\.mandrillapp\.com/, weight: 3, rule: 'Received from mailN-N.*.mandrillapp.com', source: `[O] ${ESP} §6` },
      { header: 'received', pattern: /pmta\d+\.mandrill\.prod\.[\w-]{1,40}\.rsglab\.com/, weight: 2, rule: 'Received by pmtaNN.mandrill.prod.*.rsglab.com', source: `[O] ${ESP} §6` },
      { header: 'return-path', pattern: /^\s*<?bounce-md_\d+\.[0-9a-f]{8}\.v1-[0-9a-f]{32}@/, weight: 3, rule: 'Return-Path "bounce-md_…"', source: `[O] ${ESP} §6` },
      { header: ENVELOPE, pattern: /(?:^|\.)mandrillapp\.com$/i, weight: 2, rule: 'MAIL FROM at mandrillapp.com', source: `[O] ${ESP} §6` },
      { header: DKIM, pattern: /^d=mandrillapp\.com; s=/i, weight: 2, rule: 'Mandrill service signature d=mandrillapp.com', source: `[O] ${ESP} §6` },
    ],
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp (marketing)',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)(?:mcsv\.net|rsgsv\.net|mcdlv\.net|mailchimpapp\.net)$/i, weight: 3, rule: 'MAIL FROM at mcsv.net / rsgsv.net / mcdlv.net / mailchimpapp.net', source: `[3P][O] ${ESP} §7` },
      { header: 'received', pattern: /\bmail\d+\.[a-z]+\d+\.(?:rsgsv|mcsv|mcdlv)\.net/, weight: 2, rule: 'Received from mailN.*.rsgsv.net', source: `[O] ${ESP} §7` },
      { header: 'x-mc-user', pattern: PRESENT, weight: 2, rule: 'X-MC-User header', source: `[3P] ${ESP} §7` },
      { header: 'x-mailer', pattern: /Mailchimp Mailer/i, weight: 2, rule: 'X-Mailer "Mailchimp Mailer"', source: `[3P] ${ESP} §7` },
      { header: 'list-unsubscribe', pattern: /list-manage\.com/i, weight: 2, rule: 'List-Unsubscribe at list-manage.com', source: `[3P] ${ESP} §7` },
      { header: DKIM, pattern: /^d=(?:mcsv|mcdlv)\.net; s=/i, weight: 2, rule: 'Mailchimp service signature d=mcsv.net', source: `[INF] ${ESP} §7` },
    ],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    rules: [
      { header: 'x-mailin-eid', pattern: PRESENT, weight: 3, rule: 'X-Mailin-EID header', source: `[O] ${ESP} §8` },
      { header: 'x-sib-id', pattern: PRESENT, weight: 3, rule: 'X-sib-id header', source: `[O] ${ESP} §8` },
      { header: 'origin-messageid', pattern: PRESENT, weight: 1, rule: 'Origin-messageId header', source: `[O] ${ESP} §8` },
      { header: 'received', pattern: /by smtp-relay\.sendinblue\.com with ESMTP id/, weight: 3, rule: 'Received by smtp-relay.sendinblue.com', source: `[O] ${ESP} §8` },
      { header: 'message-id', pattern: /@smtp-relay\.(?:sendinblue\.com|mailin\.fr)>/, weight: 2, rule: 'Message-ID @smtp-relay.sendinblue.com', source: `[O] ${ESP} §8` },
      { header: 'feedback-id', pattern: /:\d+_-1:\d+:Sendinblue\s*$/, weight: 3, rule: 'Feedback-ID "…:Sendinblue"', source: `[O] ${ESP} §8` },
      { header: ENVELOPE, pattern: /\.d\.sender-sib\.com$/i, weight: 3, rule: 'MAIL FROM at *.d.sender-sib.com', source: `[O] ${ESP} §8` },
      { header: DKIM, pattern: /^d=sendinblue\.com; s=mail$/i, weight: 2, rule: 'Brevo service signature d=sendinblue.com', source: `[O] ${ESP} §8` },
      { header: 'x-csa-complaints', pattern: PRESENT, weight: 1, rule: 'X-CSA-Complaints header (Marketing Cloud sends it too)', source: `[O] ${ESP} §8` },
    ],
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace / Gmail',
    rules: [
      { header: 'received', pattern: /by mail-[\w-]{1,60}\.google\.com with SMTP id/, weight: 2, rule: 'Received by mail-*.google.com (Google submission)', source: `[O] ${ESP} §9` },
      { header: DKIM, pattern: /^d=[\w-]{1,63}\.\d{8}\.gappssmtp\.com; s=\d{8}$/i, weight: 3, rule: 'Google default signature d=<domain>.<date>.gappssmtp.com (no custom DKIM yet)', source: `[O] ${ESP} §9` },
      { header: 'message-id', pattern: /@mail\.gmail\.com>/, weight: 2, rule: 'Message-ID @mail.gmail.com', source: `[O] ${ESP} §9` },
      { header: 'x-gm-message-state', pattern: PRESENT, weight: 1, rule: 'X-Gm-Message-State header', source: `[INF] ${ESP} §9` },
      { header: 'x-google-smtp-source', pattern: PRESENT, weight: 1, rule: 'X-Google-Smtp-Source header', source: `[INF] ${ESP} §9` },
    ],
  },
  {
    id: 'microsoft-365',
    name: 'Microsoft 365 / Exchange Online',
    rules: [
      // Not anchored to "from ": Exchange Online's HELO is NAM…-obe.outbound.protection.outlook.com, and the
      // mail-… reverse name follows in parentheses.
      { header: 'received', pattern: /\bmail-[\w-]{1,80}\.outbound\.protection\.outlook\.com\b/, weight: 3, rule: 'Received from mail-*.outbound.protection.outlook.com', source: `[O] ${ESP} §10` },
      // Exchange Online adds these on delivery too, so they are weak alone.
      { header: 'received', pattern: /\.prod\.outlook\.com\b/, weight: 1, rule: 'a *.prod.outlook.com hop (also added when Microsoft receives)', source: `[O] ${ESP} §10` },
      { header: 'x-ms-exchange-crosstenant-id', pattern: PRESENT, weight: 1, rule: 'X-MS-Exchange-CrossTenant-Id (also added when Microsoft receives)', source: `[O] ${ESP} §10` },
      { header: DKIM, pattern: /^d=(?<m365Tenant>[\w-]{1,63})\.onmicrosoft\.com; s=selector[12]-/i, weight: 3, rule: 'Microsoft default signature d=<tenant>.onmicrosoft.com', source: `[O] ${ESP} §10` },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    rules: [
      { header: 'received', pattern: /by mx\.zohomail\.com with SMTPS id \d+\.\d+/, weight: 3, rule: 'Received by mx.zohomail.com with SMTPS', source: `[O] ${ESP} §11` },
      { header: 'received', pattern: /from sender\d+-of-o\d+\.zoho\.(?:com|eu|in|com\.au|jp)\b/, weight: 3, rule: 'Received from senderN-of-oNN.zoho.*', source: `[O] ${ESP} §11` },
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    rules: [
      { header: ENVELOPE, pattern: /\.bnc\.salesforce\.com$/i, weight: 3, rule: 'MAIL FROM at *.bnc.salesforce.com (bounce management on)', source: 'https://help.salesforce.com/s/articleView?id=000381292' },
      { header: 'x-sfdc-lk', pattern: PRESENT, weight: 2, rule: 'X-SFDC-LK header', source: '[INF]' },
    ],
  },
  {
    id: 'salesforce-marketing-cloud',
    name: 'Salesforce Marketing Cloud',
    rules: [
      { header: 'x-sfmc-stack', pattern: PRESENT, weight: 3, rule: 'X-SFMC-Stack header', source: `[O] ${ESP} §12` },
      { header: 'x-job', pattern: /^\s*\d+_\d+/, weight: 2, rule: 'x-job "<MID>_<JobID>"', source: `[O] ${ESP} §12` },
      { header: 'feedback-id', pattern: /:\d+:[\d.]+:sfmktgcld\s*$/, weight: 3, rule: 'Feedback-ID "…:sfmktgcld"', source: `[O] ${ESP} §12` },
      { header: 'message-id', pattern: /@[\w.-]{1,80}\.xt\.local>/, weight: 2, rule: 'Message-ID @*.xt.local', source: `[O] ${ESP} §12` },
      { header: 'x-csa-complaints', pattern: PRESENT, weight: 1, rule: 'X-CSA-Complaints header (Brevo sends it too)', source: `[O] ${ESP} §8` },
    ],
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    rules: [
      { header: ENVELOPE, pattern: /^bf\d+x?\.(?:(?<region>eu1)\.)?hubspotemail\.net$/i, weight: 3, rule: 'MAIL FROM at bfNNN.hubspotemail.net', source: `[O] ${ESP} §13` },
      { header: DKIM, pattern: /; s=hs[12]-\d+$/i, weight: 2, rule: 'DKIM selector hs1-<hubid> / hs2-<hubid>', source: `[O] ${ESP} §13` },
    ],
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    builtOn: 'amazon-ses',
    rules: [
      { header: DKIM, pattern: /; s=zendesk[12]$/i, weight: 3, rule: 'DKIM selector zendesk1 / zendesk2', source: `[V2][O] ${ESP} §14` },
      { header: ENVELOPE, pattern: /^zendesk[1-4]\./i, weight: 2, rule: 'MAIL FROM at zendeskN.<domain>', source: `[INF] ${ESP} §14` },
      { header: 'x-zendesk-from-account-id', pattern: PRESENT, weight: 3, rule: 'X-Zendesk-From-Account-Id header', source: '[INF]' },
      { header: 'message-id', pattern: /@zendesk\.com>/i, weight: 2, rule: 'Message-ID @zendesk.com', source: '[INF]' },
    ],
  },
  {
    id: 'resend',
    name: 'Resend',
    builtOn: 'amazon-ses',
    rules: [{ header: DKIM, pattern: /; s=resend$/i, weight: 3, rule: 'DKIM selector "resend"', source: `[O] ${ESP} §15` }],
  },
  {
    id: 'mailjet',
    name: 'Mailjet (Sinch)',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)mailjet\.com$/i, weight: 3, rule: 'MAIL FROM at bnc3.mailjet.com (default bounce domain)', source: 'https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/' },
      { header: DKIM, pattern: /; s=mailjet$/i, weight: 2, rule: 'DKIM selector "mailjet"', source: `[O] ${ESP} §16` },
      { header: 'x-mj-mid', pattern: PRESENT, weight: 2, rule: 'X-MJ-Mid header', source: '[INF]' },
      { header: 'received', pattern: /from [\w.-]{1,60}\.mailjet\.com\b/, weight: 2, rule: 'Received from *.mailjet.com', source: '[INF]' },
    ],
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)klaviyomail\.com$/i, weight: 3, rule: 'MAIL FROM at klaviyomail.com (shared sending domain)', source: 'https://help.klaviyo.com/hc/en-us/articles/115000357752' },
      { header: DKIM, pattern: /^d=klaviyomail\.com; s=/i, weight: 3, rule: 'shared signature d=klaviyomail.com', source: `[V] ${ESP} §17` },
      { header: DKIM, pattern: /; s=km[12]$/i, weight: 1, rule: 'DKIM selector km1 / km2', source: `[3P] ${ESP} §17` },
    ],
  },
  {
    id: 'constant-contact',
    name: 'Constant Contact',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)ccsend\.com$/i, weight: 3, rule: 'MAIL FROM at ccsend.com', source: `[3P] ${ESP} §18` },
      { header: DKIM, pattern: /; s=ctct[12]$/i, weight: 2, rule: 'DKIM selector ctct1 / ctct2', source: `[3P] ${ESP} §18` },
    ],
  },
  {
    id: 'freshdesk',
    name: 'Freshdesk (Freshworks)',
    builtOn: 'sendgrid',
    rules: [
      { header: 'received', pattern: /from mail-[a-z]{1,8}\d{1,4}\.freshemail\.io\b/, weight: 3, rule: 'Received from mail-usnNN.freshemail.io', source: `[O] ${ESP} §19` },
      { header: ENVELOPE, pattern: /^fwdkim\d\./i, weight: 2, rule: 'MAIL FROM at fwdkim1.<domain> (Freshdesk return path)', source: `[O] ${ESP} §19` },
      { header: ENVELOPE, pattern: /(?:^|\.)freshemail\.io$/i, weight: 2, rule: 'MAIL FROM at freshemail.io', source: '[INF]' },
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom',
    builtOn: 'sparkpost',
    rules: [
      { header: DKIM, pattern: /; s=intercom$/i, weight: 3, rule: 'DKIM selector "intercom"', source: `[O] ${ESP} §20` },
      { header: 'received', pattern: /\.intercom\.com\.sparkpostmail\.com\b/, weight: 3, rule: 'Received from mta-*.intercom.com.sparkpostmail.com (SparkPost tenant "intercom")', source: `[O] ${ESP} §20` },
      { header: ENVELOPE, pattern: /^outbound\.intercom\./i, weight: 2, rule: 'MAIL FROM at outbound.intercom.<domain>', source: `[O] ${ESP} §20` },
      { header: ENVELOPE, pattern: /(?:^|\.)intercom-mail\.com$/i, weight: 2, rule: 'MAIL FROM at intercom-mail.com', source: '[INF]' },
    ],
  },
];

export const LOOK_ALIKES: LookAlike[] = [
  {
    name: 'Proton Mail',
    rulesOut: ['postmark'],
    rules: [{ header: 'feedback-id', pattern: /:user:proton\s*$/, rule: 'Feedback-ID "…:user:proton": its X-Pm-* headers are Proton\'s, not Postmark\'s', source: `[O] ${ESP} §4` }],
  },
  {
    name: 'Marketo',
    rulesOut: ['sparkpost'],
    rules: [
      { header: 'received', pattern: /abmta\d+\.marketo\.org/, rule: 'Received from abmtaNN.marketo.org: its X-MSFBL comes from Marketo\'s Momentum MTA, not SparkPost', source: `[O] ${ESP} §5` },
      { header: DKIM, pattern: /^d=mktdns\.com; s=/i, rule: 'Marketo signature d=mktdns.com: its X-MSFBL comes from Marketo\'s Momentum MTA, not SparkPost', source: `[O] ${ESP} §5` },
      { header: ENVELOPE, pattern: /(?:^|\.)mktomail\.com$/i, rule: 'MAIL FROM at mktomail.com (Marketo)', source: `[O] ${ESP} Others seen` },
    ],
  },
];

export function providerName(id: ProviderId): string {
  return PROVIDERS.find((p) => p.id === id)?.name ?? id;
}
