// Provider recognition as data: one entry per service, each rule with the header it reads, its
// weight and its source. Facts and tags come from ../shared/reference/esp-fixes.md:
// [V] vendor doc, [V2] vendor excerpt, [O] observed in real headers, [3P] third-party only, [INF] inferred.
// Every pattern is matched against a value cut to MAX_VALUE characters and uses no nested
// quantifiers, so hostile headers cannot make matching slow.
import type { TextCode } from '../findings/catalog.ts';
import type { ProviderId, Source } from './types.ts';

/** A text of the esp catalogue area (findings/en|ja/esp.ts): what a fingerprint rule reads. */
export type EspCode = Extract<TextCode, `esp.${string}`>;

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
  /** what the rule says, in plain words: rendered with tr() where it is shown (detect.ts) */
  rule: EspCode;
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
      { header: 'feedback-id', pattern: /(?:^|:)1\.(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.[A-Za-z0-9+/=]+:AmazonSES\s*$/, weight: 3, regionRank: 1, rule: 'esp.ses.feedback-id', source: `[V][O] ${ESP} §1` },
      { header: ENVELOPE, pattern: /^(?:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.)?amazonses\.com$/i, weight: 3, regionRank: 2, defaultRegion: 'us-east-1', rule: 'esp.ses.mail-from', source: 'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html' },
      { header: 'return-path', pattern: /^\s*<?[0-9a-f]{16}-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}-000000@/, weight: 2, rule: 'esp.ses.return-path', source: `[O] ${ESP} §1` },
      { header: 'message-id', pattern: /<[0-9a-f]{16}-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}-000000@(?:email\.amazonses\.com|(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonses\.com)>/, weight: 3, regionRank: 3, defaultRegion: 'us-east-1', rule: 'esp.ses.message-id', source: `[V][O] ${ESP} §1` },
      { header: 'received', pattern: /from [a-z]\d+-\d+\.smtp-out\.(?:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.)?amazonses\.com/, weight: 2, regionRank: 4, defaultRegion: 'us-east-1', rule: 'esp.ses.received', source: `[O] ${ESP} §1` },
      { header: 'x-ses-outgoing', pattern: /^\s*\d{4}\.\d{2}\.\d{2}-\d{1,3}(?:\.\d{1,3}){3}\s*$/, weight: 3, rule: 'esp.ses.x-ses-outgoing', source: `[V][O] ${ESP} §1` },
      { header: DKIM, pattern: /^d=amazonses\.com; s=/i, weight: 2, rule: 'esp.ses.dkim', source: `[O] ${ESP} §1` },
    ],
  },
  {
    id: 'sendgrid',
    name: 'SendGrid (Twilio)',
    rules: [
      { header: 'x-sg-eid', pattern: PRESENT, weight: 3, rule: 'esp.sendgrid.x-sg-eid', source: `[O] ${ESP} §2` },
      { header: 'x-sg-id', pattern: PRESENT, weight: 3, rule: 'esp.sendgrid.x-sg-id', source: `[O] ${ESP} §2` },
      { header: 'x-entity-id', pattern: /^\s*u\d{3}\./, weight: 1, rule: 'esp.sendgrid.x-entity-id', source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /by (?:geopod-)?ismtpd[\w.-]{0,80} \(SG\)/, weight: 3, rule: 'esp.sendgrid.received-ismtpd', source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /by (?:filterdrecv|recvd)-[\w-]{1,80} with SMTP/, weight: 2, rule: 'esp.sendgrid.received-filterdrecv', source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /\.outbound-mail\.sendgrid\.net\b/, weight: 2, rule: 'esp.sendgrid.received-outbound', source: `[O] ${ESP} §2` },
      { header: 'message-id', pattern: /<[A-Za-z0-9_-]{22}@(?:geopod-ismtpd-\d+|ismtpd[\w.]{0,80}sendgrid\.net)>/, weight: 2, rule: 'esp.sendgrid.message-id', source: `[O] ${ESP} §2` },
      { header: 'return-path', pattern: /^\s*<?bounces\+\d+-[0-9a-f]{4}-[^@\s]+@(?<sendgridReturnPath>[^>\s]+)>?\s*$/, weight: 2, rule: 'esp.sendgrid.return-path', source: `[O] ${ESP} §2` },
      { header: ENVELOPE, pattern: /(?:^|\.)sendgrid\.net$/i, weight: 2, rule: 'esp.sendgrid.mail-from', source: `[O] ${ESP} §2` },
      { header: DKIM, pattern: /^d=sendgrid\.(?:net|info); s=/i, weight: 2, rule: 'esp.sendgrid.dkim', source: `[O] ${ESP} §2` },
    ],
  },
  {
    id: 'mailgun',
    name: 'Mailgun (Sinch)',
    rules: [
      { header: 'x-mailgun-sending-ip', pattern: PRESENT, weight: 3, rule: 'esp.mailgun.x-mailgun-sending-ip', source: `[O] ${ESP} §3` },
      { header: 'x-mailgun-sid', pattern: PRESENT, weight: 3, rule: 'esp.mailgun.x-mailgun-sid', source: `[O] ${ESP} §3` },
      { header: 'return-path', pattern: /^\s*<?bounce\+[0-9a-f]{6}\.[0-9a-f]{6}-[^@\s]+@(?<mailgunSendingDomain>[^>\s]+)>?\s*$/, weight: 2, rule: 'esp.mailgun.return-path', source: `[O] ${ESP} §3` },
      { header: 'received', pattern: /(?:m\d+-\d+|so\d+-\d+)\.mailgun\.net|mail\d+\.static\.mailgun\.info/, weight: 2, rule: 'esp.mailgun.received-outbound', source: `[O] ${ESP} §3` },
      { header: 'received', pattern: /by smtp-out-n\d+\.prod\.(?<region>[a-z]{2}-[a-z]+-\d)\.postgun\.com/, weight: 2, regionRank: 4, rule: 'esp.mailgun.received-postgun', source: `[O] ${ESP} §3` },
      { header: ENVELOPE, pattern: /^sandbox[0-9a-f]{1,40}\.mailgun\.org$/i, weight: 2, rule: 'esp.mailgun.mail-from-sandbox', source: `[INF] ${ESP} §3` },
    ],
  },
  {
    id: 'postmark',
    name: 'Postmark (ActiveCampaign)',
    rules: [
      // Proton Mail sends X-Pm-Message-ID too, as 40 hex digits: only a UUID is Postmark's.
      { header: 'x-pm-message-id', pattern: /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i, weight: 3, rule: 'esp.postmark.x-pm-message-id', source: `[O] ${ESP} §4` },
      { header: 'return-path', pattern: /^\s*<?pm_bounces@/i, weight: 2, rule: 'esp.postmark.return-path', source: `[O] ${ESP} §4` },
      { header: ENVELOPE, pattern: /(?:^|\.)mtasv\.net$/i, weight: 2, rule: 'esp.postmark.mail-from', source: `[O] ${ESP} §4` },
      { header: 'received', pattern: /[\w-]{1,80}\.mtasv\.net\b/, weight: 2, rule: 'esp.postmark.received', source: `[O] ${ESP} §4` },
      { header: 'message-id', pattern: /<[0-9a-f-]{36}@mtasv\.net>/, weight: 2, rule: 'esp.postmark.message-id', source: `[O] ${ESP} §4` },
      { header: 'feedback-id', pattern: /s\d+-_:s\d+:a\d+:postmark/, weight: 3, rule: 'esp.postmark.feedback-id', source: `[O] ${ESP} §4` },
      { header: 'x-complaints-to', pattern: /abuse@postmarkapp\.com/i, weight: 2, rule: 'esp.postmark.x-complaints-to', source: `[O] ${ESP} §4` },
      { header: 'x-pm-mta-pool', pattern: PRESENT, weight: 1, rule: 'esp.postmark.x-pm-mta-pool', source: `[O] ${ESP} §4` },
      { header: DKIM, pattern: /^d=pm\.mtasv\.net; s=pm\d{8}/i, weight: 2, rule: 'esp.postmark.dkim', source: `[O] ${ESP} §4` },
    ],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost (Bird)',
    rules: [
      // Marketo (Momentum MTA) sends X-MSFBL too: see LOOK_ALIKES.
      { header: 'x-msfbl', pattern: PRESENT, weight: 2, rule: 'esp.sparkpost.x-msfbl', source: `[O] ${ESP} §5` },
      { header: 'received', pattern: /mta-\d+-\d+-\d+\.[\w.-]{0,80}sparkpostmail\.com/, weight: 3, rule: 'esp.sparkpost.received-mta', source: `[O] ${ESP} §5` },
      { header: 'received', pattern: /prd\.sparkpost \(ecelerity/, weight: 2, rule: 'esp.sparkpost.received-ecelerity', source: `[O] ${ESP} §5` },
      { header: 'message-id', pattern: /@[\w.-]{1,80}\.prd\.sparkpost>/, weight: 2, rule: 'esp.sparkpost.message-id', source: `[O] ${ESP} §5` },
      { header: 'return-path', pattern: /^\s*<?msprvs1=[^=\s]+=bounces-\d+(?:-\d+)?@/, weight: 3, rule: 'esp.sparkpost.return-path', source: `[O] ${ESP} §5` },
      { header: ENVELOPE, pattern: /^(?:(?<region>eu)\.)?sparkpostmail\.com$/i, weight: 2, rule: 'esp.sparkpost.mail-from', source: `[O] ${ESP} §5` },
      { header: DKIM, pattern: /; s=scph\d{4}$/i, weight: 1, rule: 'esp.sparkpost.dkim-selector', source: `[O] ${ESP} §5` },
    ],
  },
  {
    id: 'mandrill',
    name: 'Mailchimp Transactional (Mandrill)',
    rules: [
      { header: 'x-mandrill-user', pattern: /^\s*md_\d+/, weight: 3, rule: 'esp.mandrill.x-mandrill-user', source: `[O] ${ESP} §6` },
      { header: 'x-report-abuse', pattern: /abuse@mandrill\.com/i, weight: 2, rule: 'esp.mandrill.x-report-abuse', source: `[O] ${ESP} §6` },
      { header: 'feedback-id', pattern: /\d+:\d+\.\d{8}:md\s*$/, weight: 3, rule: 'esp.mandrill.feedback-id', source: `[O] ${ESP} §6` },
      { header: 'received', pattern: /mail\d+-\d+\.[a-z]+\d+\.mandrillapp\.com/, weight: 3, rule: 'esp.mandrill.received-mail', source: `[O] ${ESP} §6` },
      { header: 'received', pattern: /pmta\d+\.mandrill\.prod\.[\w-]{1,40}\.rsglab\.com/, weight: 2, rule: 'esp.mandrill.received-pmta', source: `[O] ${ESP} §6` },
      { header: 'return-path', pattern: /^\s*<?bounce-md_\d+\.[0-9a-f]{8}\.v1-[0-9a-f]{32}@/, weight: 3, rule: 'esp.mandrill.return-path', source: `[O] ${ESP} §6` },
      { header: ENVELOPE, pattern: /(?:^|\.)mandrillapp\.com$/i, weight: 2, rule: 'esp.mandrill.mail-from', source: `[O] ${ESP} §6` },
      { header: DKIM, pattern: /^d=mandrillapp\.com; s=/i, weight: 2, rule: 'esp.mandrill.dkim', source: `[O] ${ESP} §6` },
    ],
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp (marketing)',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)(?:mcsv\.net|rsgsv\.net|mcdlv\.net|mailchimpapp\.net)$/i, weight: 3, rule: 'esp.mailchimp.mail-from', source: `[3P][O] ${ESP} §7` },
      { header: 'received', pattern: /\bmail\d+\.[a-z]+\d+\.(?:rsgsv|mcsv|mcdlv)\.net/, weight: 2, rule: 'esp.mailchimp.received', source: `[O] ${ESP} §7` },
      { header: 'x-mc-user', pattern: PRESENT, weight: 2, rule: 'esp.mailchimp.x-mc-user', source: `[3P] ${ESP} §7` },
      { header: 'x-mailer', pattern: /Mailchimp Mailer/i, weight: 2, rule: 'esp.mailchimp.x-mailer', source: `[3P] ${ESP} §7` },
      { header: 'list-unsubscribe', pattern: /list-manage\.com/i, weight: 2, rule: 'esp.mailchimp.list-unsubscribe', source: `[3P] ${ESP} §7` },
      { header: DKIM, pattern: /^d=(?:mcsv|mcdlv)\.net; s=/i, weight: 2, rule: 'esp.mailchimp.dkim', source: `[INF] ${ESP} §7` },
    ],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    rules: [
      { header: 'x-mailin-eid', pattern: PRESENT, weight: 3, rule: 'esp.brevo.x-mailin-eid', source: `[O] ${ESP} §8` },
      { header: 'x-sib-id', pattern: PRESENT, weight: 3, rule: 'esp.brevo.x-sib-id', source: `[O] ${ESP} §8` },
      { header: 'origin-messageid', pattern: PRESENT, weight: 1, rule: 'esp.brevo.origin-messageid', source: `[O] ${ESP} §8` },
      { header: 'received', pattern: /by smtp-relay\.sendinblue\.com with ESMTP id/, weight: 3, rule: 'esp.brevo.received', source: `[O] ${ESP} §8` },
      { header: 'message-id', pattern: /@smtp-relay\.(?:sendinblue\.com|mailin\.fr)>/, weight: 2, rule: 'esp.brevo.message-id', source: `[O] ${ESP} §8` },
      { header: 'feedback-id', pattern: /:\d+_-1:\d+:Sendinblue\s*$/, weight: 3, rule: 'esp.brevo.feedback-id', source: `[O] ${ESP} §8` },
      { header: ENVELOPE, pattern: /\.d\.sender-sib\.com$/i, weight: 3, rule: 'esp.brevo.mail-from', source: `[O] ${ESP} §8` },
      { header: DKIM, pattern: /^d=sendinblue\.com; s=mail$/i, weight: 2, rule: 'esp.brevo.dkim', source: `[O] ${ESP} §8` },
      { header: 'x-csa-complaints', pattern: PRESENT, weight: 1, rule: 'esp.brevo.x-csa-complaints', source: `[O] ${ESP} §8` },
    ],
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace / Gmail',
    rules: [
      { header: 'received', pattern: /by mail-[\w-]{1,60}\.google\.com with SMTP id/, weight: 2, rule: 'esp.google.received', source: `[O] ${ESP} §9` },
      { header: DKIM, pattern: /^d=[\w-]{1,63}\.\d{8}\.gappssmtp\.com; s=\d{8}$/i, weight: 3, rule: 'esp.google.dkim-default', source: `[O] ${ESP} §9` },
      { header: 'message-id', pattern: /@mail\.gmail\.com>/, weight: 2, rule: 'esp.google.message-id', source: `[O] ${ESP} §9` },
      { header: 'x-gm-message-state', pattern: PRESENT, weight: 1, rule: 'esp.google.x-gm-message-state', source: `[INF] ${ESP} §9` },
      { header: 'x-google-smtp-source', pattern: PRESENT, weight: 1, rule: 'esp.google.x-google-smtp-source', source: `[INF] ${ESP} §9` },
    ],
  },
  {
    id: 'microsoft-365',
    name: 'Microsoft 365 / Exchange Online',
    rules: [
      // Not anchored to "from ": Exchange Online's HELO is NAM…-obe.outbound.protection.outlook.com, and the
      // mail-… reverse name follows in parentheses.
      { header: 'received', pattern: /\bmail-[\w-]{1,80}\.outbound\.protection\.outlook\.com\b/, weight: 3, rule: 'esp.microsoft.received-outbound', source: `[O] ${ESP} §10` },
      // Exchange Online adds these on delivery too, so they are weak alone.
      { header: 'received', pattern: /\.prod\.outlook\.com\b/, weight: 1, rule: 'esp.microsoft.received-prod', source: `[O] ${ESP} §10` },
      { header: 'x-ms-exchange-crosstenant-id', pattern: PRESENT, weight: 1, rule: 'esp.microsoft.x-ms-exchange-crosstenant-id', source: `[O] ${ESP} §10` },
      { header: DKIM, pattern: /^d=(?<m365Tenant>[\w-]{1,63})\.onmicrosoft\.com; s=selector[12]-/i, weight: 3, rule: 'esp.microsoft.dkim-default', source: `[O] ${ESP} §10` },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    rules: [
      { header: 'received', pattern: /by mx\.zohomail\.com with SMTPS id \d+\.\d+/, weight: 3, rule: 'esp.zoho.received-mx', source: `[O] ${ESP} §11` },
      { header: 'received', pattern: /from sender\d+-of-o\d+\.zoho\.(?:com|eu|in|com\.au|jp)\b/, weight: 3, rule: 'esp.zoho.received-sender', source: `[O] ${ESP} §11` },
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    rules: [
      { header: ENVELOPE, pattern: /\.bnc\.salesforce\.com$/i, weight: 3, rule: 'esp.salesforce.mail-from', source: 'https://help.salesforce.com/s/articleView?id=000381292' },
      { header: 'x-sfdc-lk', pattern: PRESENT, weight: 2, rule: 'esp.salesforce.x-sfdc-lk', source: '[INF]' },
    ],
  },
  {
    id: 'salesforce-marketing-cloud',
    name: 'Salesforce Marketing Cloud',
    rules: [
      { header: 'x-sfmc-stack', pattern: PRESENT, weight: 3, rule: 'esp.sfmc.x-sfmc-stack', source: `[O] ${ESP} §12` },
      { header: 'x-job', pattern: /^\s*\d+_\d+/, weight: 2, rule: 'esp.sfmc.x-job', source: `[O] ${ESP} §12` },
      { header: 'feedback-id', pattern: /:\d+:[\d.]+:sfmktgcld\s*$/, weight: 3, rule: 'esp.sfmc.feedback-id', source: `[O] ${ESP} §12` },
      { header: 'message-id', pattern: /@[\w.-]{1,80}\.xt\.local>/, weight: 2, rule: 'esp.sfmc.message-id', source: `[O] ${ESP} §12` },
      { header: 'x-csa-complaints', pattern: PRESENT, weight: 1, rule: 'esp.sfmc.x-csa-complaints', source: `[O] ${ESP} §8` },
    ],
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    rules: [
      { header: ENVELOPE, pattern: /^bf\d+x?\.(?:(?<region>eu1)\.)?hubspotemail\.net$/i, weight: 3, rule: 'esp.hubspot.mail-from', source: `[O] ${ESP} §13` },
      { header: DKIM, pattern: /; s=hs[12]-\d+$/i, weight: 2, rule: 'esp.hubspot.dkim-selector', source: `[O] ${ESP} §13` },
    ],
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    builtOn: 'amazon-ses',
    rules: [
      { header: DKIM, pattern: /; s=zendesk[12]$/i, weight: 3, rule: 'esp.zendesk.dkim-selector', source: `[V2][O] ${ESP} §14` },
      { header: ENVELOPE, pattern: /^zendesk[1-4]\./i, weight: 2, rule: 'esp.zendesk.mail-from', source: `[INF] ${ESP} §14` },
      { header: 'x-zendesk-from-account-id', pattern: PRESENT, weight: 3, rule: 'esp.zendesk.x-zendesk-from-account-id', source: '[INF]' },
      { header: 'message-id', pattern: /@zendesk\.com>/i, weight: 2, rule: 'esp.zendesk.message-id', source: '[INF]' },
    ],
  },
  {
    id: 'resend',
    name: 'Resend',
    builtOn: 'amazon-ses',
    rules: [{ header: DKIM, pattern: /; s=resend$/i, weight: 3, rule: 'esp.resend.dkim-selector', source: `[O] ${ESP} §15` }],
  },
  {
    id: 'mailjet',
    name: 'Mailjet (Sinch)',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)mailjet\.com$/i, weight: 3, rule: 'esp.mailjet.mail-from', source: 'https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/' },
      { header: DKIM, pattern: /; s=mailjet$/i, weight: 2, rule: 'esp.mailjet.dkim-selector', source: `[O] ${ESP} §16` },
      { header: 'x-mj-mid', pattern: PRESENT, weight: 2, rule: 'esp.mailjet.x-mj-mid', source: '[INF]' },
      { header: 'received', pattern: /from [\w.-]{1,60}\.mailjet\.com\b/, weight: 2, rule: 'esp.mailjet.received', source: '[INF]' },
    ],
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)klaviyomail\.com$/i, weight: 3, rule: 'esp.klaviyo.mail-from', source: 'https://help.klaviyo.com/hc/en-us/articles/115000357752' },
      { header: DKIM, pattern: /^d=klaviyomail\.com; s=/i, weight: 3, rule: 'esp.klaviyo.dkim-shared', source: `[V] ${ESP} §17` },
      { header: DKIM, pattern: /; s=km[12]$/i, weight: 1, rule: 'esp.klaviyo.dkim-selector', source: `[3P] ${ESP} §17` },
    ],
  },
  {
    id: 'constant-contact',
    name: 'Constant Contact',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)ccsend\.com$/i, weight: 3, rule: 'esp.constant-contact.mail-from', source: `[3P] ${ESP} §18` },
      { header: DKIM, pattern: /; s=ctct[12]$/i, weight: 2, rule: 'esp.constant-contact.dkim-selector', source: `[3P] ${ESP} §18` },
    ],
  },
  {
    id: 'freshdesk',
    name: 'Freshdesk (Freshworks)',
    builtOn: 'sendgrid',
    rules: [
      { header: 'received', pattern: /from mail-[a-z]{1,8}\d{1,4}\.freshemail\.io\b/, weight: 3, rule: 'esp.freshdesk.received', source: `[O] ${ESP} §19` },
      { header: ENVELOPE, pattern: /^fwdkim\d\./i, weight: 2, rule: 'esp.freshdesk.mail-from-fwdkim', source: `[O] ${ESP} §19` },
      { header: ENVELOPE, pattern: /(?:^|\.)freshemail\.io$/i, weight: 2, rule: 'esp.freshdesk.mail-from-freshemail', source: '[INF]' },
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom',
    builtOn: 'sparkpost',
    rules: [
      { header: DKIM, pattern: /; s=intercom$/i, weight: 3, rule: 'esp.intercom.dkim-selector', source: `[O] ${ESP} §20` },
      { header: 'received', pattern: /\.intercom\.com\.sparkpostmail\.com\b/, weight: 3, rule: 'esp.intercom.received', source: `[O] ${ESP} §20` },
      { header: ENVELOPE, pattern: /^outbound\.intercom\./i, weight: 2, rule: 'esp.intercom.mail-from-outbound', source: `[O] ${ESP} §20` },
      { header: ENVELOPE, pattern: /(?:^|\.)intercom-mail\.com$/i, weight: 2, rule: 'esp.intercom.mail-from-intercom-mail', source: '[INF]' },
    ],
  },
];

export const LOOK_ALIKES: LookAlike[] = [
  {
    name: 'Proton Mail',
    rulesOut: ['postmark'],
    rules: [{ header: 'feedback-id', pattern: /:user:proton\s*$/, rule: 'esp.proton.feedback-id', source: `[O] ${ESP} §4` }],
  },
  {
    name: 'Marketo',
    rulesOut: ['sparkpost'],
    rules: [
      { header: 'received', pattern: /abmta\d+\.marketo\.org/, rule: 'esp.marketo.received', source: `[O] ${ESP} §5` },
      { header: DKIM, pattern: /^d=mktdns\.com; s=/i, rule: 'esp.marketo.dkim', source: `[O] ${ESP} §5` },
      { header: ENVELOPE, pattern: /(?:^|\.)mktomail\.com$/i, rule: 'esp.marketo.mail-from', source: `[O] ${ESP} Others seen` },
    ],
  },
];

export function providerName(id: ProviderId): string {
  return PROVIDERS.find((p) => p.id === id)?.name ?? id;
}
