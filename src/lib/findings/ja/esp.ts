// Sending-service recognition (src/lib/advice/providers.ts, detect.ts): what each fingerprint rule
// reads, in plain words, shown as the evidence of why a service was recognised, and the look-alikes
// that rule a service out. Header names, host names and placeholders such as <region> stay as
// written in every language.
import type { esp as en } from '../en/esp.ts';

export const esp: Readonly<Record<keyof typeof en, string>> = {
  // Amazon SES
  'esp.ses.feedback-id': 'Feedback-ID が "1.<region>.<id>:AmazonSES" の形式',
  'esp.ses.mail-from': 'MAIL FROM が [<region>.]amazonses.com（リージョン表記なし = us-east-1）',
  'esp.ses.return-path': 'SES のバウンスアドレスのローカル部（カスタム MAIL FROM でも変わりません）',
  'esp.ses.message-id': 'SES が付けた Message-ID（email.amazonses.com = us-east-1）',
  'esp.ses.received': 'SES の送信ホストからの Received（リージョン表記なし = us-east-1）',
  'esp.ses.x-ses-outgoing': 'X-SES-Outgoing が "<date>-<ip>" の形式',
  'esp.ses.dkim': 'SES のサービス署名 d=amazonses.com',
  // SendGrid (Twilio)
  'esp.sendgrid.x-sg-eid': 'X-SG-EID ヘッダーがある',
  'esp.sendgrid.x-sg-id': 'X-SG-ID ヘッダーがある',
  'esp.sendgrid.x-entity-id': 'X-Entity-ID が "u001." で始まる',
  'esp.sendgrid.received-ismtpd': 'ismtpd (SG) による Received',
  'esp.sendgrid.received-filterdrecv': 'filterdrecv/recvd による Received',
  'esp.sendgrid.received-outbound': '*.outbound-mail.sendgrid.net からの Received',
  'esp.sendgrid.message-id': 'ismtpd が付けた Message-ID',
  'esp.sendgrid.return-path': 'Return-Path が "bounces+<id>-<hex>-…@" の形式',
  'esp.sendgrid.mail-from': 'MAIL FROM が sendgrid.net（ドメイン認証なし）',
  'esp.sendgrid.dkim': 'SendGrid のサービス署名 d=sendgrid.net',
  // Mailgun (Sinch)
  'esp.mailgun.x-mailgun-sending-ip': 'X-Mailgun-Sending-Ip ヘッダーがある',
  'esp.mailgun.x-mailgun-sid': 'X-Mailgun-Sid ヘッダーがある',
  'esp.mailgun.return-path': 'Return-Path が "bounce+<hex>.<hex>-…@<sending domain>" の形式',
  'esp.mailgun.received-outbound': 'Mailgun の送信ホストからの Received',
  'esp.mailgun.received-postgun': 'smtp-out-nNN.prod.<region>.postgun.com による Received',
  'esp.mailgun.mail-from-sandbox': 'MAIL FROM が Mailgun のサンドボックスドメイン',
  // Postmark (ActiveCampaign)
  'esp.postmark.x-pm-message-id': 'X-PM-Message-Id の値が UUID',
  'esp.postmark.return-path': 'Return-Path が "pm_bounces@…" の形式',
  'esp.postmark.mail-from': 'MAIL FROM が pm.mtasv.net（カスタム Return-Path なし）',
  'esp.postmark.received': '*.mtasv.net のホストからの Received',
  'esp.postmark.message-id': 'Message-ID が <uuid@mtasv.net> の形式',
  'esp.postmark.feedback-id': 'Feedback-ID が "…:postmark" の形式',
  'esp.postmark.x-complaints-to': 'X-Complaints-To が abuse@postmarkapp.com',
  'esp.postmark.x-pm-mta-pool': 'X-PM-MTA-Pool ヘッダーがある',
  'esp.postmark.dkim': 'Postmark のサービス署名 d=pm.mtasv.net',
  // SparkPost (Bird)
  'esp.sparkpost.x-msfbl': 'X-MSFBL ヘッダーがある（Momentum MTA）',
  'esp.sparkpost.received-mta': 'mta-N-N-N.*.sparkpostmail.com からの Received',
  'esp.sparkpost.received-ecelerity': '*.prd.sparkpost (ecelerity) による Received',
  'esp.sparkpost.message-id': 'Message-ID が @*.prd.sparkpost',
  'esp.sparkpost.return-path': 'Return-Path が "msprvs1=…=bounces-N@" の形式',
  'esp.sparkpost.mail-from': 'MAIL FROM が sparkpostmail.com（カスタムバウンスドメインなし）',
  'esp.sparkpost.dkim-selector': 'DKIM セレクター scphMMYY',
  // Mailchimp Transactional (Mandrill)
  'esp.mandrill.x-mandrill-user': 'X-Mandrill-User が "md_<uid>" の形式',
  'esp.mandrill.x-report-abuse': 'X-Report-Abuse に abuse@mandrill.com がある',
  'esp.mandrill.feedback-id': 'Feedback-ID が "…:md" の形式',
  'esp.mandrill.received-mail': 'mailN-N.*.mandrillapp.com からの Received',
  'esp.mandrill.received-pmta': 'pmtaNN.mandrill.prod.*.rsglab.com による Received',
  'esp.mandrill.return-path': 'Return-Path が "bounce-md_…" の形式',
  'esp.mandrill.mail-from': 'MAIL FROM が mandrillapp.com',
  'esp.mandrill.dkim': 'Mandrill のサービス署名 d=mandrillapp.com',
  // Mailchimp (marketing)
  'esp.mailchimp.mail-from': 'MAIL FROM が mcsv.net / rsgsv.net / mcdlv.net / mailchimpapp.net',
  'esp.mailchimp.received': 'mailN.*.rsgsv.net からの Received',
  'esp.mailchimp.x-mc-user': 'X-MC-User ヘッダーがある',
  'esp.mailchimp.x-mailer': 'X-Mailer が "Mailchimp Mailer"',
  'esp.mailchimp.list-unsubscribe': 'List-Unsubscribe が list-manage.com',
  'esp.mailchimp.dkim': 'Mailchimp のサービス署名 d=mcsv.net',
  // Brevo (Sendinblue)
  'esp.brevo.x-mailin-eid': 'X-Mailin-EID ヘッダーがある',
  'esp.brevo.x-sib-id': 'X-sib-id ヘッダーがある',
  'esp.brevo.origin-messageid': 'Origin-messageId ヘッダーがある',
  'esp.brevo.received': 'smtp-relay.sendinblue.com による Received',
  'esp.brevo.message-id': 'Message-ID が @smtp-relay.sendinblue.com',
  'esp.brevo.feedback-id': 'Feedback-ID が "…:Sendinblue" の形式',
  'esp.brevo.mail-from': 'MAIL FROM が *.d.sender-sib.com',
  'esp.brevo.dkim': 'Brevo のサービス署名 d=sendinblue.com',
  'esp.brevo.x-csa-complaints': 'X-CSA-Complaints ヘッダーがある（Marketing Cloud も付けます）',
  // Google Workspace / Gmail
  'esp.google.received': 'mail-*.google.com による Received（Google での送信）',
  'esp.google.dkim-default': 'Google の既定の署名 d=<domain>.<date>.gappssmtp.com（独自ドメインの DKIM は未設定）',
  'esp.google.message-id': 'Message-ID が @mail.gmail.com',
  'esp.google.x-gm-message-state': 'X-Gm-Message-State ヘッダーがある',
  'esp.google.x-google-smtp-source': 'X-Google-Smtp-Source ヘッダーがある',
  // Microsoft 365 / Exchange Online
  'esp.microsoft.received-outbound': 'mail-*.outbound.protection.outlook.com からの Received',
  'esp.microsoft.received-prod': '*.prod.outlook.com の中継（Microsoft が受信したときにも付きます）',
  'esp.microsoft.x-ms-exchange-crosstenant-id': 'X-MS-Exchange-CrossTenant-Id がある（Microsoft が受信したときにも付きます）',
  'esp.microsoft.dkim-default': 'Microsoft の既定の署名 d=<tenant>.onmicrosoft.com',
  // Zoho Mail
  'esp.zoho.received-mx': 'mx.zohomail.com による SMTPS の Received',
  'esp.zoho.received-sender': 'senderN-of-oNN.zoho.* からの Received',
  // Salesforce
  'esp.salesforce.mail-from': 'MAIL FROM が *.bnc.salesforce.com（バウンス管理が有効）',
  'esp.salesforce.x-sfdc-lk': 'X-SFDC-LK ヘッダーがある',
  // Salesforce Marketing Cloud
  'esp.sfmc.x-sfmc-stack': 'X-SFMC-Stack ヘッダーがある',
  'esp.sfmc.x-job': 'x-job が "<MID>_<JobID>" の形式',
  'esp.sfmc.feedback-id': 'Feedback-ID が "…:sfmktgcld" の形式',
  'esp.sfmc.message-id': 'Message-ID が @*.xt.local',
  'esp.sfmc.x-csa-complaints': 'X-CSA-Complaints ヘッダーがある（Brevo も付けます）',
  // HubSpot
  'esp.hubspot.mail-from': 'MAIL FROM が bfNNN.hubspotemail.net',
  'esp.hubspot.dkim-selector': 'DKIM セレクター hs1-<hubid> / hs2-<hubid>',
  // Zendesk (on Amazon SES)
  'esp.zendesk.dkim-selector': 'DKIM セレクター zendesk1 / zendesk2',
  'esp.zendesk.mail-from': 'MAIL FROM が zendeskN.<domain>',
  'esp.zendesk.x-zendesk-from-account-id': 'X-Zendesk-From-Account-Id ヘッダーがある',
  'esp.zendesk.message-id': 'Message-ID が @zendesk.com',
  // Resend (on Amazon SES)
  'esp.resend.dkim-selector': 'DKIM セレクター "resend"',
  // Mailjet (Sinch)
  'esp.mailjet.mail-from': 'MAIL FROM が bnc3.mailjet.com（既定のバウンスドメイン）',
  'esp.mailjet.dkim-selector': 'DKIM セレクター "mailjet"',
  'esp.mailjet.x-mj-mid': 'X-MJ-Mid ヘッダーがある',
  'esp.mailjet.received': '*.mailjet.com からの Received',
  // Klaviyo
  'esp.klaviyo.mail-from': 'MAIL FROM が klaviyomail.com（共用の送信ドメイン）',
  'esp.klaviyo.dkim-shared': '共用の署名 d=klaviyomail.com',
  'esp.klaviyo.dkim-selector': 'DKIM セレクター km1 / km2',
  // Constant Contact
  'esp.constant-contact.mail-from': 'MAIL FROM が ccsend.com',
  'esp.constant-contact.dkim-selector': 'DKIM セレクター ctct1 / ctct2',
  // Freshdesk (on SendGrid)
  'esp.freshdesk.received': 'mail-usnNN.freshemail.io からの Received',
  'esp.freshdesk.mail-from-fwdkim': 'MAIL FROM が fwdkim1.<domain>（Freshdesk のリターンパス）',
  'esp.freshdesk.mail-from-freshemail': 'MAIL FROM が freshemail.io',
  // Intercom (on SparkPost)
  'esp.intercom.dkim-selector': 'DKIM セレクター "intercom"',
  'esp.intercom.received': 'mta-*.intercom.com.sparkpostmail.com からの Received（SparkPost のテナント "intercom"）',
  'esp.intercom.mail-from-outbound': 'MAIL FROM が outbound.intercom.<domain>',
  'esp.intercom.mail-from-intercom-mail': 'MAIL FROM が intercom-mail.com',
  // look-alike: Proton Mail (rules out Postmark)
  'esp.proton.feedback-id': 'Feedback-ID が "…:user:proton": X-Pm-* ヘッダーは Postmark ではなく Proton のものです',
  // look-alike: Marketo (rules out SparkPost)
  'esp.marketo.received': 'abmtaNN.marketo.org からの Received: X-MSFBL は SparkPost ではなく Marketo の Momentum MTA が付けたものです',
  'esp.marketo.dkim': 'Marketo の署名 d=mktdns.com: X-MSFBL は SparkPost ではなく Marketo の Momentum MTA が付けたものです',
  'esp.marketo.mail-from': 'MAIL FROM が mktomail.com（Marketo）',
  // a look-alike seen: the service it is, what gave it away, where
  'esp.look-alike.note': '{service}: {rule}（{header}: "{value}"、{source}）',
};
