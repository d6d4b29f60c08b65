// Sending-service recognition (src/lib/advice/providers.ts, detect.ts): what each fingerprint rule
// reads, in plain words, shown as the evidence of why a service was recognised, and the look-alikes
// that rule a service out. Header names, host names and placeholders such as <region> stay as
// written in every language.
export const esp = {
  // Amazon SES
  'esp.ses.feedback-id': 'Feedback-ID "1.<region>.<id>:AmazonSES"',
  'esp.ses.mail-from': 'MAIL FROM at [<region>.]amazonses.com (no region label = us-east-1)',
  'esp.ses.return-path': 'SES bounce address local part (kept with a custom MAIL FROM)',
  'esp.ses.message-id': 'Message-ID set by SES (email.amazonses.com = us-east-1)',
  'esp.ses.received': 'Received from an SES outbound host (no region label = us-east-1)',
  'esp.ses.x-ses-outgoing': 'X-SES-Outgoing "<date>-<ip>"',
  'esp.ses.dkim': 'SES service signature d=amazonses.com',
  // SendGrid (Twilio)
  'esp.sendgrid.x-sg-eid': 'X-SG-EID header',
  'esp.sendgrid.x-sg-id': 'X-SG-ID header',
  'esp.sendgrid.x-entity-id': 'X-Entity-ID "u001."',
  'esp.sendgrid.received-ismtpd': 'Received by ismtpd (SG)',
  'esp.sendgrid.received-filterdrecv': 'Received by filterdrecv/recvd',
  'esp.sendgrid.received-outbound': 'Received from *.outbound-mail.sendgrid.net',
  'esp.sendgrid.message-id': 'Message-ID from ismtpd',
  'esp.sendgrid.return-path': 'Return-Path "bounces+<id>-<hex>-…@"',
  'esp.sendgrid.mail-from': 'MAIL FROM at sendgrid.net (no domain authentication)',
  'esp.sendgrid.dkim': 'SendGrid service signature d=sendgrid.net',
  // Mailgun (Sinch)
  'esp.mailgun.x-mailgun-sending-ip': 'X-Mailgun-Sending-Ip header',
  'esp.mailgun.x-mailgun-sid': 'X-Mailgun-Sid header',
  'esp.mailgun.return-path': 'Return-Path "bounce+<hex>.<hex>-…@<sending domain>"',
  'esp.mailgun.received-outbound': 'Received from a Mailgun outbound host',
  'esp.mailgun.received-postgun': 'Received by smtp-out-nNN.prod.<region>.postgun.com',
  'esp.mailgun.mail-from-sandbox': 'MAIL FROM at a Mailgun sandbox domain',
  // Postmark (ActiveCampaign)
  'esp.postmark.x-pm-message-id': 'X-PM-Message-Id holding a UUID',
  'esp.postmark.return-path': 'Return-Path "pm_bounces@…"',
  'esp.postmark.mail-from': 'MAIL FROM at pm.mtasv.net (no custom Return-Path)',
  'esp.postmark.received': 'Received from a *.mtasv.net host',
  'esp.postmark.message-id': 'Message-ID <uuid@mtasv.net>',
  'esp.postmark.feedback-id': 'Feedback-ID "…:postmark"',
  'esp.postmark.x-complaints-to': 'X-Complaints-To abuse@postmarkapp.com',
  'esp.postmark.x-pm-mta-pool': 'X-PM-MTA-Pool header',
  'esp.postmark.dkim': 'Postmark service signature d=pm.mtasv.net',
  // SparkPost (Bird)
  'esp.sparkpost.x-msfbl': 'X-MSFBL header (Momentum MTA)',
  'esp.sparkpost.received-mta': 'Received from mta-N-N-N.*.sparkpostmail.com',
  'esp.sparkpost.received-ecelerity': 'Received by *.prd.sparkpost (ecelerity)',
  'esp.sparkpost.message-id': 'Message-ID @*.prd.sparkpost',
  'esp.sparkpost.return-path': 'Return-Path "msprvs1=…=bounces-N@"',
  'esp.sparkpost.mail-from': 'MAIL FROM at sparkpostmail.com (no custom bounce domain)',
  'esp.sparkpost.dkim-selector': 'DKIM selector scphMMYY',
  // Mailchimp Transactional (Mandrill)
  'esp.mandrill.x-mandrill-user': 'X-Mandrill-User "md_<uid>"',
  'esp.mandrill.x-report-abuse': 'X-Report-Abuse naming abuse@mandrill.com',
  'esp.mandrill.feedback-id': 'Feedback-ID "…:md"',
  'esp.mandrill.received-mail': 'Received from mailN-N.*.mandrillapp.com',
  'esp.mandrill.received-pmta': 'Received by pmtaNN.mandrill.prod.*.rsglab.com',
  'esp.mandrill.return-path': 'Return-Path "bounce-md_…"',
  'esp.mandrill.mail-from': 'MAIL FROM at mandrillapp.com',
  'esp.mandrill.dkim': 'Mandrill service signature d=mandrillapp.com',
  // Mailchimp (marketing)
  'esp.mailchimp.mail-from': 'MAIL FROM at mcsv.net / rsgsv.net / mcdlv.net / mailchimpapp.net',
  'esp.mailchimp.received': 'Received from mailN.*.rsgsv.net',
  'esp.mailchimp.x-mc-user': 'X-MC-User header',
  'esp.mailchimp.x-mailer': 'X-Mailer "Mailchimp Mailer"',
  'esp.mailchimp.list-unsubscribe': 'List-Unsubscribe at list-manage.com',
  'esp.mailchimp.dkim': 'Mailchimp service signature d=mcsv.net',
  // Brevo (Sendinblue)
  'esp.brevo.x-mailin-eid': 'X-Mailin-EID header',
  'esp.brevo.x-sib-id': 'X-sib-id header',
  'esp.brevo.origin-messageid': 'Origin-messageId header',
  'esp.brevo.received': 'Received by smtp-relay.sendinblue.com',
  'esp.brevo.message-id': 'Message-ID @smtp-relay.sendinblue.com',
  'esp.brevo.feedback-id': 'Feedback-ID "…:Sendinblue"',
  'esp.brevo.mail-from': 'MAIL FROM at *.d.sender-sib.com',
  'esp.brevo.dkim': 'Brevo service signature d=sendinblue.com',
  'esp.brevo.x-csa-complaints': 'X-CSA-Complaints header (Marketing Cloud sends it too)',
  // Google Workspace / Gmail
  'esp.google.received': 'Received by mail-*.google.com (Google submission)',
  'esp.google.dkim-default': 'Google default signature d=<domain>.<date>.gappssmtp.com (no custom DKIM yet)',
  'esp.google.message-id': 'Message-ID @mail.gmail.com',
  'esp.google.x-gm-message-state': 'X-Gm-Message-State header',
  'esp.google.x-google-smtp-source': 'X-Google-Smtp-Source header',
  // Microsoft 365 / Exchange Online
  'esp.microsoft.received-outbound': 'Received from mail-*.outbound.protection.outlook.com',
  'esp.microsoft.received-prod': 'a *.prod.outlook.com hop (also added when Microsoft receives)',
  'esp.microsoft.x-ms-exchange-crosstenant-id': 'X-MS-Exchange-CrossTenant-Id (also added when Microsoft receives)',
  'esp.microsoft.dkim-default': 'Microsoft default signature d=<tenant>.onmicrosoft.com',
  // Zoho Mail
  'esp.zoho.received-mx': 'Received by mx.zohomail.com with SMTPS',
  'esp.zoho.received-sender': 'Received from senderN-of-oNN.zoho.*',
  // Salesforce
  'esp.salesforce.mail-from': 'MAIL FROM at *.bnc.salesforce.com (bounce management on)',
  'esp.salesforce.x-sfdc-lk': 'X-SFDC-LK header',
  // Salesforce Marketing Cloud
  'esp.sfmc.x-sfmc-stack': 'X-SFMC-Stack header',
  'esp.sfmc.x-job': 'x-job "<MID>_<JobID>"',
  'esp.sfmc.feedback-id': 'Feedback-ID "…:sfmktgcld"',
  'esp.sfmc.message-id': 'Message-ID @*.xt.local',
  'esp.sfmc.x-csa-complaints': 'X-CSA-Complaints header (Brevo sends it too)',
  // HubSpot
  'esp.hubspot.mail-from': 'MAIL FROM at bfNNN.hubspotemail.net',
  'esp.hubspot.dkim-selector': 'DKIM selector hs1-<hubid> / hs2-<hubid>',
  // Zendesk (on Amazon SES)
  'esp.zendesk.dkim-selector': 'DKIM selector zendesk1 / zendesk2',
  'esp.zendesk.mail-from': 'MAIL FROM at zendeskN.<domain>',
  'esp.zendesk.x-zendesk-from-account-id': 'X-Zendesk-From-Account-Id header',
  'esp.zendesk.message-id': 'Message-ID @zendesk.com',
  // Resend (on Amazon SES)
  'esp.resend.dkim-selector': 'DKIM selector "resend"',
  // Mailjet (Sinch)
  'esp.mailjet.mail-from': 'MAIL FROM at bnc3.mailjet.com (default bounce domain)',
  'esp.mailjet.dkim-selector': 'DKIM selector "mailjet"',
  'esp.mailjet.x-mj-mid': 'X-MJ-Mid header',
  'esp.mailjet.received': 'Received from *.mailjet.com',
  // Klaviyo
  'esp.klaviyo.mail-from': 'MAIL FROM at klaviyomail.com (shared sending domain)',
  'esp.klaviyo.dkim-shared': 'shared signature d=klaviyomail.com',
  'esp.klaviyo.dkim-selector': 'DKIM selector km1 / km2',
  // Constant Contact
  'esp.constant-contact.mail-from': 'MAIL FROM at ccsend.com',
  'esp.constant-contact.dkim-selector': 'DKIM selector ctct1 / ctct2',
  // Freshdesk (on SendGrid)
  'esp.freshdesk.received': 'Received from mail-usnNN.freshemail.io',
  'esp.freshdesk.mail-from-fwdkim': 'MAIL FROM at fwdkim1.<domain> (Freshdesk return path)',
  'esp.freshdesk.mail-from-freshemail': 'MAIL FROM at freshemail.io',
  // Intercom (on SparkPost)
  'esp.intercom.dkim-selector': 'DKIM selector "intercom"',
  'esp.intercom.received': 'Received from mta-*.intercom.com.sparkpostmail.com (SparkPost tenant "intercom")',
  'esp.intercom.mail-from-outbound': 'MAIL FROM at outbound.intercom.<domain>',
  'esp.intercom.mail-from-intercom-mail': 'MAIL FROM at intercom-mail.com',
  // look-alike: Proton Mail (rules out Postmark)
  'esp.proton.feedback-id': 'Feedback-ID "…:user:proton": its X-Pm-* headers are Proton\'s, not Postmark\'s',
  // look-alike: Marketo (rules out SparkPost)
  'esp.marketo.received': "Received from abmtaNN.marketo.org: its X-MSFBL comes from Marketo's Momentum MTA, not SparkPost",
  'esp.marketo.dkim': "Marketo signature d=mktdns.com: its X-MSFBL comes from Marketo's Momentum MTA, not SparkPost",
  'esp.marketo.mail-from': 'MAIL FROM at mktomail.com (Marketo)',
  // a look-alike seen: the service it is, what gave it away, where
  'esp.look-alike.note': '{service}: {rule} ({header}: "{value}"; {source})',
} as const;
