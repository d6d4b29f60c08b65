// Provider recognition as data: one entry per service, each rule with the header it reads, its
// weight and its source. Facts and tags come from ../shared/reference/esp-fixes.md:
// [V] vendor doc, [V2] vendor excerpt, [O] observed in real headers, [3P] third-party only, [INF] inferred.
// Every pattern is matched against a value cut to MAX_VALUE characters and uses no nested
// quantifiers, so hostile headers cannot make matching slow.
import type { Msg } from './lang.ts';
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
  /** what the rule says, in plain words, in both languages */
  rule: Msg;
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
      { header: 'feedback-id', pattern: /(?:^|:)1\.(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.[A-Za-z0-9+/=]+:AmazonSES\s*$/, weight: 3, regionRank: 1, rule: { en: 'Feedback-ID "1.<region>.<id>:AmazonSES"', ja: 'Feedback-ID が "1.<region>.<id>:AmazonSES" の形式' }, source: `[V][O] ${ESP} §1` },
      { header: ENVELOPE, pattern: /^(?:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.)?amazonses\.com$/i, weight: 3, regionRank: 2, defaultRegion: 'us-east-1', rule: { en: 'MAIL FROM at [<region>.]amazonses.com (no region label = us-east-1)', ja: 'MAIL FROM が [<region>.]amazonses.com（リージョン表記なし = us-east-1）' }, source: 'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html' },
      { header: 'return-path', pattern: /^\s*<?[0-9a-f]{16}-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}-000000@/, weight: 2, rule: { en: 'SES bounce address local part (kept with a custom MAIL FROM)', ja: 'SES のバウンスアドレスのローカル部（カスタム MAIL FROM でも変わりません）' }, source: `[O] ${ESP} §1` },
      { header: 'message-id', pattern: /<[0-9a-f]{16}-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}-000000@(?:email\.amazonses\.com|(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonses\.com)>/, weight: 3, regionRank: 3, defaultRegion: 'us-east-1', rule: { en: 'Message-ID set by SES (email.amazonses.com = us-east-1)', ja: 'SES が付けた Message-ID（email.amazonses.com = us-east-1）' }, source: `[V][O] ${ESP} §1` },
      { header: 'received', pattern: /from [a-z]\d+-\d+\.smtp-out\.(?:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)\.)?amazonses\.com/, weight: 2, regionRank: 4, defaultRegion: 'us-east-1', rule: { en: 'Received from an SES outbound host (no region label = us-east-1)', ja: 'SES の送信ホストからの Received（リージョン表記なし = us-east-1）' }, source: `[O] ${ESP} §1` },
      { header: 'x-ses-outgoing', pattern: /^\s*\d{4}\.\d{2}\.\d{2}-\d{1,3}(?:\.\d{1,3}){3}\s*$/, weight: 3, rule: { en: 'X-SES-Outgoing "<date>-<ip>"', ja: 'X-SES-Outgoing が "<date>-<ip>" の形式' }, source: `[V][O] ${ESP} §1` },
      { header: DKIM, pattern: /^d=amazonses\.com; s=/i, weight: 2, rule: { en: 'SES service signature d=amazonses.com', ja: 'SES のサービス署名 d=amazonses.com' }, source: `[O] ${ESP} §1` },
    ],
  },
  {
    id: 'sendgrid',
    name: 'SendGrid (Twilio)',
    rules: [
      { header: 'x-sg-eid', pattern: PRESENT, weight: 3, rule: { en: 'X-SG-EID header', ja: 'X-SG-EID ヘッダーがある' }, source: `[O] ${ESP} §2` },
      { header: 'x-sg-id', pattern: PRESENT, weight: 3, rule: { en: 'X-SG-ID header', ja: 'X-SG-ID ヘッダーがある' }, source: `[O] ${ESP} §2` },
      { header: 'x-entity-id', pattern: /^\s*u\d{3}\./, weight: 1, rule: { en: 'X-Entity-ID "u001."', ja: 'X-Entity-ID が "u001." で始まる' }, source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /by (?:geopod-)?ismtpd[\w.-]{0,80} \(SG\)/, weight: 3, rule: { en: 'Received by ismtpd (SG)', ja: 'ismtpd (SG) による Received' }, source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /by (?:filterdrecv|recvd)-[\w-]{1,80} with SMTP/, weight: 2, rule: { en: 'Received by filterdrecv/recvd', ja: 'filterdrecv/recvd による Received' }, source: `[O] ${ESP} §2` },
      { header: 'received', pattern: /\.outbound-mail\.sendgrid\.net\b/, weight: 2, rule: { en: 'Received from *.outbound-mail.sendgrid.net', ja: '*.outbound-mail.sendgrid.net からの Received' }, source: `[O] ${ESP} §2` },
      { header: 'message-id', pattern: /<[A-Za-z0-9_-]{22}@(?:geopod-ismtpd-\d+|ismtpd[\w.]{0,80}sendgrid\.net)>/, weight: 2, rule: { en: 'Message-ID from ismtpd', ja: 'ismtpd が付けた Message-ID' }, source: `[O] ${ESP} §2` },
      { header: 'return-path', pattern: /^\s*<?bounces\+\d+-[0-9a-f]{4}-[^@\s]+@(?<sendgridReturnPath>[^>\s]+)>?\s*$/, weight: 2, rule: { en: 'Return-Path "bounces+<id>-<hex>-…@"', ja: 'Return-Path が "bounces+<id>-<hex>-…@" の形式' }, source: `[O] ${ESP} §2` },
      { header: ENVELOPE, pattern: /(?:^|\.)sendgrid\.net$/i, weight: 2, rule: { en: 'MAIL FROM at sendgrid.net (no domain authentication)', ja: 'MAIL FROM が sendgrid.net（ドメイン認証なし）' }, source: `[O] ${ESP} §2` },
      { header: DKIM, pattern: /^d=sendgrid\.(?:net|info); s=/i, weight: 2, rule: { en: 'SendGrid service signature d=sendgrid.net', ja: 'SendGrid のサービス署名 d=sendgrid.net' }, source: `[O] ${ESP} §2` },
    ],
  },
  {
    id: 'mailgun',
    name: 'Mailgun (Sinch)',
    rules: [
      { header: 'x-mailgun-sending-ip', pattern: PRESENT, weight: 3, rule: { en: 'X-Mailgun-Sending-Ip header', ja: 'X-Mailgun-Sending-Ip ヘッダーがある' }, source: `[O] ${ESP} §3` },
      { header: 'x-mailgun-sid', pattern: PRESENT, weight: 3, rule: { en: 'X-Mailgun-Sid header', ja: 'X-Mailgun-Sid ヘッダーがある' }, source: `[O] ${ESP} §3` },
      { header: 'return-path', pattern: /^\s*<?bounce\+[0-9a-f]{6}\.[0-9a-f]{6}-[^@\s]+@(?<mailgunSendingDomain>[^>\s]+)>?\s*$/, weight: 2, rule: { en: 'Return-Path "bounce+<hex>.<hex>-…@<sending domain>"', ja: 'Return-Path が "bounce+<hex>.<hex>-…@<sending domain>" の形式' }, source: `[O] ${ESP} §3` },
      { header: 'received', pattern: /(?:m\d+-\d+|so\d+-\d+)\.mailgun\.net|mail\d+\.static\.mailgun\.info/, weight: 2, rule: { en: 'Received from a Mailgun outbound host', ja: 'Mailgun の送信ホストからの Received' }, source: `[O] ${ESP} §3` },
      { header: 'received', pattern: /by smtp-out-n\d+\.prod\.(?<region>[a-z]{2}-[a-z]+-\d)\.postgun\.com/, weight: 2, regionRank: 4, rule: { en: 'Received by smtp-out-nNN.prod.<region>.postgun.com', ja: 'smtp-out-nNN.prod.<region>.postgun.com による Received' }, source: `[O] ${ESP} §3` },
      { header: ENVELOPE, pattern: /^sandbox[0-9a-f]{1,40}\.mailgun\.org$/i, weight: 2, rule: { en: 'MAIL FROM at a Mailgun sandbox domain', ja: 'MAIL FROM が Mailgun のサンドボックスドメイン' }, source: `[INF] ${ESP} §3` },
    ],
  },
  {
    id: 'postmark',
    name: 'Postmark (ActiveCampaign)',
    rules: [
      // Proton Mail sends X-Pm-Message-ID too, as 40 hex digits: only a UUID is Postmark's.
      { header: 'x-pm-message-id', pattern: /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i, weight: 3, rule: { en: 'X-PM-Message-Id holding a UUID', ja: 'X-PM-Message-Id の値が UUID' }, source: `[O] ${ESP} §4` },
      { header: 'return-path', pattern: /^\s*<?pm_bounces@/i, weight: 2, rule: { en: 'Return-Path "pm_bounces@…"', ja: 'Return-Path が "pm_bounces@…" の形式' }, source: `[O] ${ESP} §4` },
      { header: ENVELOPE, pattern: /(?:^|\.)mtasv\.net$/i, weight: 2, rule: { en: 'MAIL FROM at pm.mtasv.net (no custom Return-Path)', ja: 'MAIL FROM が pm.mtasv.net（カスタム Return-Path なし）' }, source: `[O] ${ESP} §4` },
      { header: 'received', pattern: /[\w-]{1,80}\.mtasv\.net\b/, weight: 2, rule: { en: 'Received from a *.mtasv.net host', ja: '*.mtasv.net のホストからの Received' }, source: `[O] ${ESP} §4` },
      { header: 'message-id', pattern: /<[0-9a-f-]{36}@mtasv\.net>/, weight: 2, rule: { en: 'Message-ID <uuid@mtasv.net>', ja: 'Message-ID が <uuid@mtasv.net> の形式' }, source: `[O] ${ESP} §4` },
      { header: 'feedback-id', pattern: /s\d+-_:s\d+:a\d+:postmark/, weight: 3, rule: { en: 'Feedback-ID "…:postmark"', ja: 'Feedback-ID が "…:postmark" の形式' }, source: `[O] ${ESP} §4` },
      { header: 'x-complaints-to', pattern: /abuse@postmarkapp\.com/i, weight: 2, rule: { en: 'X-Complaints-To abuse@postmarkapp.com', ja: 'X-Complaints-To が abuse@postmarkapp.com' }, source: `[O] ${ESP} §4` },
      { header: 'x-pm-mta-pool', pattern: PRESENT, weight: 1, rule: { en: 'X-PM-MTA-Pool header', ja: 'X-PM-MTA-Pool ヘッダーがある' }, source: `[O] ${ESP} §4` },
      { header: DKIM, pattern: /^d=pm\.mtasv\.net; s=pm\d{8}/i, weight: 2, rule: { en: 'Postmark service signature d=pm.mtasv.net', ja: 'Postmark のサービス署名 d=pm.mtasv.net' }, source: `[O] ${ESP} §4` },
    ],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost (Bird)',
    rules: [
      // Marketo (Momentum MTA) sends X-MSFBL too: see LOOK_ALIKES.
      { header: 'x-msfbl', pattern: PRESENT, weight: 2, rule: { en: 'X-MSFBL header (Momentum MTA)', ja: 'X-MSFBL ヘッダーがある（Momentum MTA）' }, source: `[O] ${ESP} §5` },
      { header: 'received', pattern: /mta-\d+-\d+-\d+\.[\w.-]{0,80}sparkpostmail\.com/, weight: 3, rule: { en: 'Received from mta-N-N-N.*.sparkpostmail.com', ja: 'mta-N-N-N.*.sparkpostmail.com からの Received' }, source: `[O] ${ESP} §5` },
      { header: 'received', pattern: /prd\.sparkpost \(ecelerity/, weight: 2, rule: { en: 'Received by *.prd.sparkpost (ecelerity)', ja: '*.prd.sparkpost (ecelerity) による Received' }, source: `[O] ${ESP} §5` },
      { header: 'message-id', pattern: /@[\w.-]{1,80}\.prd\.sparkpost>/, weight: 2, rule: { en: 'Message-ID @*.prd.sparkpost', ja: 'Message-ID が @*.prd.sparkpost' }, source: `[O] ${ESP} §5` },
      { header: 'return-path', pattern: /^\s*<?msprvs1=[^=\s]+=bounces-\d+(?:-\d+)?@/, weight: 3, rule: { en: 'Return-Path "msprvs1=…=bounces-N@"', ja: 'Return-Path が "msprvs1=…=bounces-N@" の形式' }, source: `[O] ${ESP} §5` },
      { header: ENVELOPE, pattern: /^(?:(?<region>eu)\.)?sparkpostmail\.com$/i, weight: 2, rule: { en: 'MAIL FROM at sparkpostmail.com (no custom bounce domain)', ja: 'MAIL FROM が sparkpostmail.com（カスタムバウンスドメインなし）' }, source: `[O] ${ESP} §5` },
      { header: DKIM, pattern: /; s=scph\d{4}$/i, weight: 1, rule: { en: 'DKIM selector scphMMYY', ja: 'DKIM セレクター scphMMYY' }, source: `[O] ${ESP} §5` },
    ],
  },
  {
    id: 'mandrill',
    name: 'Mailchimp Transactional (Mandrill)',
    rules: [
      { header: 'x-mandrill-user', pattern: /^\s*md_\d+/, weight: 3, rule: { en: 'X-Mandrill-User "md_<uid>"', ja: 'X-Mandrill-User が "md_<uid>" の形式' }, source: `[O] ${ESP} §6` },
      { header: 'x-report-abuse', pattern: /abuse@mandrill\.com/i, weight: 2, rule: { en: 'X-Report-Abuse naming abuse@mandrill.com', ja: 'X-Report-Abuse に abuse@mandrill.com がある' }, source: `[O] ${ESP} §6` },
      { header: 'feedback-id', pattern: /\d+:\d+\.\d{8}:md\s*$/, weight: 3, rule: { en: 'Feedback-ID "…:md"', ja: 'Feedback-ID が "…:md" の形式' }, source: `[O] ${ESP} §6` },
      { header: 'received', pattern: /mail\d+-\d+\.[a-z]+\d+\.mandrillapp\.com/, weight: 3, rule: { en: 'Received from mailN-N.*.mandrillapp.com', ja: 'mailN-N.*.mandrillapp.com からの Received' }, source: `[O] ${ESP} §6` },
      { header: 'received', pattern: /pmta\d+\.mandrill\.prod\.[\w-]{1,40}\.rsglab\.com/, weight: 2, rule: { en: 'Received by pmtaNN.mandrill.prod.*.rsglab.com', ja: 'pmtaNN.mandrill.prod.*.rsglab.com による Received' }, source: `[O] ${ESP} §6` },
      { header: 'return-path', pattern: /^\s*<?bounce-md_\d+\.[0-9a-f]{8}\.v1-[0-9a-f]{32}@/, weight: 3, rule: { en: 'Return-Path "bounce-md_…"', ja: 'Return-Path が "bounce-md_…" の形式' }, source: `[O] ${ESP} §6` },
      { header: ENVELOPE, pattern: /(?:^|\.)mandrillapp\.com$/i, weight: 2, rule: { en: 'MAIL FROM at mandrillapp.com', ja: 'MAIL FROM が mandrillapp.com' }, source: `[O] ${ESP} §6` },
      { header: DKIM, pattern: /^d=mandrillapp\.com; s=/i, weight: 2, rule: { en: 'Mandrill service signature d=mandrillapp.com', ja: 'Mandrill のサービス署名 d=mandrillapp.com' }, source: `[O] ${ESP} §6` },
    ],
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp (marketing)',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)(?:mcsv\.net|rsgsv\.net|mcdlv\.net|mailchimpapp\.net)$/i, weight: 3, rule: { en: 'MAIL FROM at mcsv.net / rsgsv.net / mcdlv.net / mailchimpapp.net', ja: 'MAIL FROM が mcsv.net / rsgsv.net / mcdlv.net / mailchimpapp.net' }, source: `[3P][O] ${ESP} §7` },
      { header: 'received', pattern: /\bmail\d+\.[a-z]+\d+\.(?:rsgsv|mcsv|mcdlv)\.net/, weight: 2, rule: { en: 'Received from mailN.*.rsgsv.net', ja: 'mailN.*.rsgsv.net からの Received' }, source: `[O] ${ESP} §7` },
      { header: 'x-mc-user', pattern: PRESENT, weight: 2, rule: { en: 'X-MC-User header', ja: 'X-MC-User ヘッダーがある' }, source: `[3P] ${ESP} §7` },
      { header: 'x-mailer', pattern: /Mailchimp Mailer/i, weight: 2, rule: { en: 'X-Mailer "Mailchimp Mailer"', ja: 'X-Mailer が "Mailchimp Mailer"' }, source: `[3P] ${ESP} §7` },
      { header: 'list-unsubscribe', pattern: /list-manage\.com/i, weight: 2, rule: { en: 'List-Unsubscribe at list-manage.com', ja: 'List-Unsubscribe が list-manage.com' }, source: `[3P] ${ESP} §7` },
      { header: DKIM, pattern: /^d=(?:mcsv|mcdlv)\.net; s=/i, weight: 2, rule: { en: 'Mailchimp service signature d=mcsv.net', ja: 'Mailchimp のサービス署名 d=mcsv.net' }, source: `[INF] ${ESP} §7` },
    ],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    rules: [
      { header: 'x-mailin-eid', pattern: PRESENT, weight: 3, rule: { en: 'X-Mailin-EID header', ja: 'X-Mailin-EID ヘッダーがある' }, source: `[O] ${ESP} §8` },
      { header: 'x-sib-id', pattern: PRESENT, weight: 3, rule: { en: 'X-sib-id header', ja: 'X-sib-id ヘッダーがある' }, source: `[O] ${ESP} §8` },
      { header: 'origin-messageid', pattern: PRESENT, weight: 1, rule: { en: 'Origin-messageId header', ja: 'Origin-messageId ヘッダーがある' }, source: `[O] ${ESP} §8` },
      { header: 'received', pattern: /by smtp-relay\.sendinblue\.com with ESMTP id/, weight: 3, rule: { en: 'Received by smtp-relay.sendinblue.com', ja: 'smtp-relay.sendinblue.com による Received' }, source: `[O] ${ESP} §8` },
      { header: 'message-id', pattern: /@smtp-relay\.(?:sendinblue\.com|mailin\.fr)>/, weight: 2, rule: { en: 'Message-ID @smtp-relay.sendinblue.com', ja: 'Message-ID が @smtp-relay.sendinblue.com' }, source: `[O] ${ESP} §8` },
      { header: 'feedback-id', pattern: /:\d+_-1:\d+:Sendinblue\s*$/, weight: 3, rule: { en: 'Feedback-ID "…:Sendinblue"', ja: 'Feedback-ID が "…:Sendinblue" の形式' }, source: `[O] ${ESP} §8` },
      { header: ENVELOPE, pattern: /\.d\.sender-sib\.com$/i, weight: 3, rule: { en: 'MAIL FROM at *.d.sender-sib.com', ja: 'MAIL FROM が *.d.sender-sib.com' }, source: `[O] ${ESP} §8` },
      { header: DKIM, pattern: /^d=sendinblue\.com; s=mail$/i, weight: 2, rule: { en: 'Brevo service signature d=sendinblue.com', ja: 'Brevo のサービス署名 d=sendinblue.com' }, source: `[O] ${ESP} §8` },
      { header: 'x-csa-complaints', pattern: PRESENT, weight: 1, rule: { en: 'X-CSA-Complaints header (Marketing Cloud sends it too)', ja: 'X-CSA-Complaints ヘッダーがある（Marketing Cloud も付けます）' }, source: `[O] ${ESP} §8` },
    ],
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace / Gmail',
    rules: [
      { header: 'received', pattern: /by mail-[\w-]{1,60}\.google\.com with SMTP id/, weight: 2, rule: { en: 'Received by mail-*.google.com (Google submission)', ja: 'mail-*.google.com による Received（Google での送信）' }, source: `[O] ${ESP} §9` },
      { header: DKIM, pattern: /^d=[\w-]{1,63}\.\d{8}\.gappssmtp\.com; s=\d{8}$/i, weight: 3, rule: { en: 'Google default signature d=<domain>.<date>.gappssmtp.com (no custom DKIM yet)', ja: 'Google の既定の署名 d=<domain>.<date>.gappssmtp.com（独自ドメインの DKIM は未設定）' }, source: `[O] ${ESP} §9` },
      { header: 'message-id', pattern: /@mail\.gmail\.com>/, weight: 2, rule: { en: 'Message-ID @mail.gmail.com', ja: 'Message-ID が @mail.gmail.com' }, source: `[O] ${ESP} §9` },
      { header: 'x-gm-message-state', pattern: PRESENT, weight: 1, rule: { en: 'X-Gm-Message-State header', ja: 'X-Gm-Message-State ヘッダーがある' }, source: `[INF] ${ESP} §9` },
      { header: 'x-google-smtp-source', pattern: PRESENT, weight: 1, rule: { en: 'X-Google-Smtp-Source header', ja: 'X-Google-Smtp-Source ヘッダーがある' }, source: `[INF] ${ESP} §9` },
    ],
  },
  {
    id: 'microsoft-365',
    name: 'Microsoft 365 / Exchange Online',
    rules: [
      // Not anchored to "from ": Exchange Online's HELO is NAM…-obe.outbound.protection.outlook.com, and the
      // mail-… reverse name follows in parentheses.
      { header: 'received', pattern: /\bmail-[\w-]{1,80}\.outbound\.protection\.outlook\.com\b/, weight: 3, rule: { en: 'Received from mail-*.outbound.protection.outlook.com', ja: 'mail-*.outbound.protection.outlook.com からの Received' }, source: `[O] ${ESP} §10` },
      // Exchange Online adds these on delivery too, so they are weak alone.
      { header: 'received', pattern: /\.prod\.outlook\.com\b/, weight: 1, rule: { en: 'a *.prod.outlook.com hop (also added when Microsoft receives)', ja: '*.prod.outlook.com の中継（Microsoft が受信したときにも付きます）' }, source: `[O] ${ESP} §10` },
      { header: 'x-ms-exchange-crosstenant-id', pattern: PRESENT, weight: 1, rule: { en: 'X-MS-Exchange-CrossTenant-Id (also added when Microsoft receives)', ja: 'X-MS-Exchange-CrossTenant-Id がある（Microsoft が受信したときにも付きます）' }, source: `[O] ${ESP} §10` },
      { header: DKIM, pattern: /^d=(?<m365Tenant>[\w-]{1,63})\.onmicrosoft\.com; s=selector[12]-/i, weight: 3, rule: { en: 'Microsoft default signature d=<tenant>.onmicrosoft.com', ja: 'Microsoft の既定の署名 d=<tenant>.onmicrosoft.com' }, source: `[O] ${ESP} §10` },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    rules: [
      { header: 'received', pattern: /by mx\.zohomail\.com with SMTPS id \d+\.\d+/, weight: 3, rule: { en: 'Received by mx.zohomail.com with SMTPS', ja: 'mx.zohomail.com による SMTPS の Received' }, source: `[O] ${ESP} §11` },
      { header: 'received', pattern: /from sender\d+-of-o\d+\.zoho\.(?:com|eu|in|com\.au|jp)\b/, weight: 3, rule: { en: 'Received from senderN-of-oNN.zoho.*', ja: 'senderN-of-oNN.zoho.* からの Received' }, source: `[O] ${ESP} §11` },
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    rules: [
      { header: ENVELOPE, pattern: /\.bnc\.salesforce\.com$/i, weight: 3, rule: { en: 'MAIL FROM at *.bnc.salesforce.com (bounce management on)', ja: 'MAIL FROM が *.bnc.salesforce.com（バウンス管理が有効）' }, source: 'https://help.salesforce.com/s/articleView?id=000381292' },
      { header: 'x-sfdc-lk', pattern: PRESENT, weight: 2, rule: { en: 'X-SFDC-LK header', ja: 'X-SFDC-LK ヘッダーがある' }, source: '[INF]' },
    ],
  },
  {
    id: 'salesforce-marketing-cloud',
    name: 'Salesforce Marketing Cloud',
    rules: [
      { header: 'x-sfmc-stack', pattern: PRESENT, weight: 3, rule: { en: 'X-SFMC-Stack header', ja: 'X-SFMC-Stack ヘッダーがある' }, source: `[O] ${ESP} §12` },
      { header: 'x-job', pattern: /^\s*\d+_\d+/, weight: 2, rule: { en: 'x-job "<MID>_<JobID>"', ja: 'x-job が "<MID>_<JobID>" の形式' }, source: `[O] ${ESP} §12` },
      { header: 'feedback-id', pattern: /:\d+:[\d.]+:sfmktgcld\s*$/, weight: 3, rule: { en: 'Feedback-ID "…:sfmktgcld"', ja: 'Feedback-ID が "…:sfmktgcld" の形式' }, source: `[O] ${ESP} §12` },
      { header: 'message-id', pattern: /@[\w.-]{1,80}\.xt\.local>/, weight: 2, rule: { en: 'Message-ID @*.xt.local', ja: 'Message-ID が @*.xt.local' }, source: `[O] ${ESP} §12` },
      { header: 'x-csa-complaints', pattern: PRESENT, weight: 1, rule: { en: 'X-CSA-Complaints header (Brevo sends it too)', ja: 'X-CSA-Complaints ヘッダーがある（Brevo も付けます）' }, source: `[O] ${ESP} §8` },
    ],
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    rules: [
      { header: ENVELOPE, pattern: /^bf\d+x?\.(?:(?<region>eu1)\.)?hubspotemail\.net$/i, weight: 3, rule: { en: 'MAIL FROM at bfNNN.hubspotemail.net', ja: 'MAIL FROM が bfNNN.hubspotemail.net' }, source: `[O] ${ESP} §13` },
      { header: DKIM, pattern: /; s=hs[12]-\d+$/i, weight: 2, rule: { en: 'DKIM selector hs1-<hubid> / hs2-<hubid>', ja: 'DKIM セレクター hs1-<hubid> / hs2-<hubid>' }, source: `[O] ${ESP} §13` },
    ],
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    builtOn: 'amazon-ses',
    rules: [
      { header: DKIM, pattern: /; s=zendesk[12]$/i, weight: 3, rule: { en: 'DKIM selector zendesk1 / zendesk2', ja: 'DKIM セレクター zendesk1 / zendesk2' }, source: `[V2][O] ${ESP} §14` },
      { header: ENVELOPE, pattern: /^zendesk[1-4]\./i, weight: 2, rule: { en: 'MAIL FROM at zendeskN.<domain>', ja: 'MAIL FROM が zendeskN.<domain>' }, source: `[INF] ${ESP} §14` },
      { header: 'x-zendesk-from-account-id', pattern: PRESENT, weight: 3, rule: { en: 'X-Zendesk-From-Account-Id header', ja: 'X-Zendesk-From-Account-Id ヘッダーがある' }, source: '[INF]' },
      { header: 'message-id', pattern: /@zendesk\.com>/i, weight: 2, rule: { en: 'Message-ID @zendesk.com', ja: 'Message-ID が @zendesk.com' }, source: '[INF]' },
    ],
  },
  {
    id: 'resend',
    name: 'Resend',
    builtOn: 'amazon-ses',
    rules: [{ header: DKIM, pattern: /; s=resend$/i, weight: 3, rule: { en: 'DKIM selector "resend"', ja: 'DKIM セレクター "resend"' }, source: `[O] ${ESP} §15` }],
  },
  {
    id: 'mailjet',
    name: 'Mailjet (Sinch)',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)mailjet\.com$/i, weight: 3, rule: { en: 'MAIL FROM at bnc3.mailjet.com (default bounce domain)', ja: 'MAIL FROM が bnc3.mailjet.com（既定のバウンスドメイン）' }, source: 'https://www.mailjet.com/blog/deliverability/mailjet-dmarcbis-is-dead-long-live-dmarc/' },
      { header: DKIM, pattern: /; s=mailjet$/i, weight: 2, rule: { en: 'DKIM selector "mailjet"', ja: 'DKIM セレクター "mailjet"' }, source: `[O] ${ESP} §16` },
      { header: 'x-mj-mid', pattern: PRESENT, weight: 2, rule: { en: 'X-MJ-Mid header', ja: 'X-MJ-Mid ヘッダーがある' }, source: '[INF]' },
      { header: 'received', pattern: /from [\w.-]{1,60}\.mailjet\.com\b/, weight: 2, rule: { en: 'Received from *.mailjet.com', ja: '*.mailjet.com からの Received' }, source: '[INF]' },
    ],
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)klaviyomail\.com$/i, weight: 3, rule: { en: 'MAIL FROM at klaviyomail.com (shared sending domain)', ja: 'MAIL FROM が klaviyomail.com（共用の送信ドメイン）' }, source: 'https://help.klaviyo.com/hc/en-us/articles/115000357752' },
      { header: DKIM, pattern: /^d=klaviyomail\.com; s=/i, weight: 3, rule: { en: 'shared signature d=klaviyomail.com', ja: '共用の署名 d=klaviyomail.com' }, source: `[V] ${ESP} §17` },
      { header: DKIM, pattern: /; s=km[12]$/i, weight: 1, rule: { en: 'DKIM selector km1 / km2', ja: 'DKIM セレクター km1 / km2' }, source: `[3P] ${ESP} §17` },
    ],
  },
  {
    id: 'constant-contact',
    name: 'Constant Contact',
    rules: [
      { header: ENVELOPE, pattern: /(?:^|\.)ccsend\.com$/i, weight: 3, rule: { en: 'MAIL FROM at ccsend.com', ja: 'MAIL FROM が ccsend.com' }, source: `[3P] ${ESP} §18` },
      { header: DKIM, pattern: /; s=ctct[12]$/i, weight: 2, rule: { en: 'DKIM selector ctct1 / ctct2', ja: 'DKIM セレクター ctct1 / ctct2' }, source: `[3P] ${ESP} §18` },
    ],
  },
  {
    id: 'freshdesk',
    name: 'Freshdesk (Freshworks)',
    builtOn: 'sendgrid',
    rules: [
      { header: 'received', pattern: /from mail-[a-z]{1,8}\d{1,4}\.freshemail\.io\b/, weight: 3, rule: { en: 'Received from mail-usnNN.freshemail.io', ja: 'mail-usnNN.freshemail.io からの Received' }, source: `[O] ${ESP} §19` },
      { header: ENVELOPE, pattern: /^fwdkim\d\./i, weight: 2, rule: { en: 'MAIL FROM at fwdkim1.<domain> (Freshdesk return path)', ja: 'MAIL FROM が fwdkim1.<domain>（Freshdesk のリターンパス）' }, source: `[O] ${ESP} §19` },
      { header: ENVELOPE, pattern: /(?:^|\.)freshemail\.io$/i, weight: 2, rule: { en: 'MAIL FROM at freshemail.io', ja: 'MAIL FROM が freshemail.io' }, source: '[INF]' },
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom',
    builtOn: 'sparkpost',
    rules: [
      { header: DKIM, pattern: /; s=intercom$/i, weight: 3, rule: { en: 'DKIM selector "intercom"', ja: 'DKIM セレクター "intercom"' }, source: `[O] ${ESP} §20` },
      { header: 'received', pattern: /\.intercom\.com\.sparkpostmail\.com\b/, weight: 3, rule: { en: 'Received from mta-*.intercom.com.sparkpostmail.com (SparkPost tenant "intercom")', ja: 'mta-*.intercom.com.sparkpostmail.com からの Received（SparkPost のテナント "intercom"）' }, source: `[O] ${ESP} §20` },
      { header: ENVELOPE, pattern: /^outbound\.intercom\./i, weight: 2, rule: { en: 'MAIL FROM at outbound.intercom.<domain>', ja: 'MAIL FROM が outbound.intercom.<domain>' }, source: `[O] ${ESP} §20` },
      { header: ENVELOPE, pattern: /(?:^|\.)intercom-mail\.com$/i, weight: 2, rule: { en: 'MAIL FROM at intercom-mail.com', ja: 'MAIL FROM が intercom-mail.com' }, source: '[INF]' },
    ],
  },
];

export const LOOK_ALIKES: LookAlike[] = [
  {
    name: 'Proton Mail',
    rulesOut: ['postmark'],
    rules: [{ header: 'feedback-id', pattern: /:user:proton\s*$/, rule: { en: 'Feedback-ID "…:user:proton": its X-Pm-* headers are Proton\'s, not Postmark\'s', ja: 'Feedback-ID が "…:user:proton": X-Pm-* ヘッダーは Postmark ではなく Proton のものです' }, source: `[O] ${ESP} §4` }],
  },
  {
    name: 'Marketo',
    rulesOut: ['sparkpost'],
    rules: [
      { header: 'received', pattern: /abmta\d+\.marketo\.org/, rule: { en: 'Received from abmtaNN.marketo.org: its X-MSFBL comes from Marketo\'s Momentum MTA, not SparkPost', ja: 'abmtaNN.marketo.org からの Received: X-MSFBL は SparkPost ではなく Marketo の Momentum MTA が付けたものです' }, source: `[O] ${ESP} §5` },
      { header: DKIM, pattern: /^d=mktdns\.com; s=/i, rule: { en: 'Marketo signature d=mktdns.com: its X-MSFBL comes from Marketo\'s Momentum MTA, not SparkPost', ja: 'Marketo の署名 d=mktdns.com: X-MSFBL は SparkPost ではなく Marketo の Momentum MTA が付けたものです' }, source: `[O] ${ESP} §5` },
      { header: ENVELOPE, pattern: /(?:^|\.)mktomail\.com$/i, rule: { en: 'MAIL FROM at mktomail.com (Marketo)', ja: 'MAIL FROM が mktomail.com（Marketo）' }, source: `[O] ${ESP} Others seen` },
    ],
  },
];

export function providerName(id: ProviderId): string {
  return PROVIDERS.find((p) => p.id === id)?.name ?? id;
}
