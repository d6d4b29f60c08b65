// Provider recipes (src/lib/advice/recipes.ts): what each sending service's fix says. Console paths
// and the vendors' UI labels are written as the vendor's (English) console shows them; another
// language keeps each label as written, in quotes, with a gloss (we have no source for the
// translated consoles' labels: AWS's Japanese guides are machine-translated and disagree).
export const recipes = {
  // building blocks: shared clauses, and a console path as a step
  'recipes.common.rfc7208-45': 'two v=spf1 records at one name are a permerror (RFC 7208 §4.5): merge them into one',
  'recipes.common.cloudflare': 'On Cloudflare set these records to "DNS only" (grey cloud): a proxied or flattened CNAME breaks them.',
  'recipes.common.zone-append':
    'Some DNS panels append the zone to the name you type: enter only the part before your domain if yours does (otherwise you get e.g. em1234.example.com.example.com).',
  'recipes.common.open': '{path}',
  // an SPF record that authorises a service: merged into the existing one, within the lookup limit
  'recipes.common.spf-record.maybe-existing': 'If {name} already has a v=spf1 record, add {term} to it instead: {rule}.',
  'recipes.common.spf-record.several': '{name} already has {count} SPF records: {rule}.',
  'recipes.common.spf-record.already-contains':
    "{name}'s SPF record already contains {term}: the failure comes from elsewhere (a different sending IP, or a lookup limit).",
  'recipes.common.spf-record.replace': 'Replace the current record "{record}" with this one; do not add a second.',
  'recipes.common.spf-record.lookup-limit':
    '{term} costs at least one more DNS lookup (plus those inside it); the record already needs {lookups} in the worst case, so it would pass the limit of 10 and fail with permerror (RFC 7208 §4.6.4). Remove unused includes first.',
  // where the envelope is now: {envelope} is a sentence start in English, a stem that each Japanese text continues
  'recipes.common.envelope.at': 'The MAIL FROM (Return-Path) is at {mailFrom}',
  'recipes.common.envelope.service': "The MAIL FROM (Return-Path) is on the service's own domain",
  'recipes.common.not-aligned': '{envelope}, which does not align with {from}.',
  // services that keep the envelope on their own domain: SPF cannot align, DKIM can
  'recipes.common.no-signature': 'No signature with d={from} passed. ',
  'recipes.common.no-aligned-signature': 'No signature with an aligned d= passed.',
  'recipes.common.no-spf-route.title': 'SPF cannot align with {service}: use DKIM',
  'recipes.common.no-spf-route.explain':
    "{envelope}, so SPF passes (if at all) for {service}'s domain, not for {from}. {why} DMARC needs only one aligned pass: a DKIM signature with d={from} is the way.",
  'recipes.common.no-spf-route.caveat.include-useless':
    "Adding {service}'s include to the SPF record of {from} does not help: SPF is checked for the MAIL FROM domain, which stays {service}'s.",
  'recipes.common.no-spf-route.caveat.unverified': "Unverified: this rests on third-party guides, not {service}'s own documentation.",
  // services that send with the account's own address as MAIL FROM
  'recipes.common.own-address.title': 'Send from an account in {from}',
  'recipes.common.own-address.explain':
    "{service} uses the sending account's own address as MAIL FROM. {envelope}, which does not align with {from}: the message was probably sent from an account or alias in another domain. Sent from an account in {from}, the MAIL FROM aligns by itself.",
  // the AWS region of SES (and Resend on it)
  'recipes.ses.region.read-from-defaulted': ' (read from {header}, which carries no region label: us-east-1)',
  'recipes.ses.region.read-from': ' (read from {header})',
  'recipes.ses.region.known': 'Region: {region}{readFrom}.',
  'recipes.ses.region.ph.region': 'the AWS region you send from, e.g. us-east-1',
  'recipes.ses.region.ph.region.where': 'the region selector at the top right of the SES console',
  'recipes.ses.region.none': 'No region was given: enter your account’s region.',
  'recipes.ses.region.unknown': 'The headers do not name the region: fill it in.',
  // Amazon SES: custom MAIL FROM domain
  'recipes.ses.spf.strict.title': 'SPF cannot align under aspf=s: use Easy DKIM for {from}',
  'recipes.ses.spf.strict.explain':
    "{envelope}: the custom MAIL FROM domain is already in use{spfResult}. But your DMARC record sets aspf=s (strict): SPF aligns only when the MAIL FROM is exactly {from}, and SES's MAIL FROM must be a subdomain, so SPF can never align here. What aligns: Easy DKIM signing with d={from} (it aligns even under adkim=s), or aspf=r (relaxed, the default), with which {mailFrom} aligns as it is.",
  'recipes.ses.spf.strict.result': ' (SPF {result} for {mailFrom})',
  'recipes.ses.spf.now-pass': "so SPF passes for Amazon's domain",
  'recipes.ses.spf.now-checked': "so SPF is checked for Amazon's domain ({result})",
  'recipes.ses.spf.title': 'Custom MAIL FROM domain {name} for Amazon SES',
  'recipes.ses.spf.explain':
    '{envelope}, {spfNow}, which does not align with {from}. A custom MAIL FROM domain moves the envelope to {name}: with an MX for SES feedback and an SPF record that authorises SES there, SPF passes for {name}, which aligns with {from} in relaxed mode. {note}',
  'recipes.ses.spf.caveat.exactly-one-mx': 'Exactly one MX record at {name}, or SES setup fails.',
  'recipes.ses.spf.caveat.no-receiving': "{name} must not receive mail, and do not use it as a From domain while it is SES's feedback destination.",
  'recipes.ses.spf.caveat.mx-failure-reject':
    'Set "Behavior on MX failure" to "Reject message": with "Use default MAIL FROM" SES silently falls back to amazonses.com when the MX check fails, and alignment breaks without notice.',
  'recipes.ses.spf.caveat.per-region':
    'The MAIL FROM setting is per region: the MX names the region ({region}) where bounces go. Set it up in every region you send from.',
  'recipes.ses.spf.caveat.relaxed-only': 'Relaxed alignment only: with aspf=s a subdomain MAIL FROM never aligns; use DKIM alignment instead.',
  'recipes.ses.spf.caveat.merge-spf': 'If {name} already has a v=spf1 record, merge the include into it: {rule}.',
  'recipes.ses.spf.caveat.unlisted-region':
    '{region} is not a region SES is known to serve: check the region in your SES console before publishing. An MX to the feedback host of a region that does not exist fails the setup.',
  'recipes.ses.spf.caveat.unverified-feedback-endpoint':
    'Unverified: the feedback endpoint for {region} follows the documented pattern but is not in the documented list.',
  'recipes.ses.spf.step.open': 'SES console (region {region}) > Verified identities > {from} > Custom MAIL FROM domain > Edit',
  'recipes.ses.spf.step.subdomain': 'Enter "mail" as the subdomain ({name}) and set Behavior on MX failure to "Reject message"; save',
  'recipes.ses.spf.step.publish': 'Publish the two records; SES checks them for up to 72 hours, then marks the setup Failed',
  // Amazon SES: Easy DKIM
  'recipes.ses.dkim.ph.token': 'Easy DKIM token {i} of 3 (32 characters)',
  'recipes.ses.dkim.title': 'Easy DKIM for {from} on Amazon SES',
  'recipes.ses.dkim.explain':
    "{noSig}SES's own signature has d=amazonses.com, which does not align. Easy DKIM makes SES sign with d={from} once these three CNAMEs point to its keys.",
  'recipes.ses.dkim.caveat.per-region': 'Easy DKIM is set up per region, with 2048-bit keys by default.',
  'recipes.ses.dkim.caveat.regional-targets': 'If you send from {regions}, the targets are <token>.dkim.<region>.amazonses.com.',
  'recipes.ses.dkim.step.publish': 'Copy the three CNAME records, publish them, and wait for the DKIM status to become Successful',
  // Resend (on Amazon SES)
  'recipes.resend.spf.title': 'Resend sending subdomain {name}',
  'recipes.resend.spf.explain':
    '{envelope}. Resend sends through Amazon SES with a MAIL FROM on a subdomain of your domain once these records are published; SPF then passes for {name}, which aligns with {from} in relaxed mode. {note}',
  'recipes.resend.spf.caveat.exactly-one-mx': 'Exactly one MX at {name}. Resend lets you choose the subdomain name: use the one the Resend dashboard shows.',
  'recipes.resend.spf.caveat.relaxed-only': 'Relaxed alignment only: with aspf=s a subdomain MAIL FROM never aligns.',
  'recipes.resend.spf.caveat.unverified-region': 'Unverified: Resend region {region} is not among the confirmed ones (us-east-1, eu-west-1, sa-east-1).',
  'recipes.resend.spf.step.publish': 'Resend dashboard > Domains > {from}: publish the records it lists, then Verify',
  'recipes.resend.dkim.title': 'Resend DKIM key for {from}',
  'recipes.resend.dkim.explain': '{noSig}Resend signs with d={from} and selector "resend" once its public key is published.',
  'recipes.resend.dkim.ph.key': 'the public key Resend generated',
  'recipes.resend.dkim.step.publish': 'Resend dashboard > Domains > {from}: copy the DKIM TXT record, publish it, Verify',
  // SendGrid domain authentication
  'recipes.sendgrid.where': 'SendGrid > Settings > Sender Authentication > Authenticate Your Domain (the records it shows)',
  'recipes.sendgrid.ph.em1234': 'the return-path label SendGrid assigns (em + digits) or the one you chose',
  'recipes.sendgrid.ph.u1234567': 'your SendGrid user id (u + digits)',
  'recipes.sendgrid.ph.wl123': 'the domain-authentication id (wl + digits)',
  'recipes.sendgrid.step.choose-dns-host': 'Choose your DNS host, enter {readFrom}, leave Automated Security on',
  'recipes.sendgrid.step.publish': 'Publish the three CNAME records it shows, then Verify (allow up to 48 hours)',
  'recipes.sendgrid.other-domain':
    'The Return-Path is at {returnPath}: your account has authenticated that domain, not {from}. The From domain must match the authenticated domain.',
  'recipes.sendgrid.spf.title': 'SendGrid domain authentication: return path em1234.{from}',
  'recipes.sendgrid.spf.explain':
    '{notAligned} With domain authentication SendGrid uses a return path on a subdomain of {from} (em1234.{from}, a CNAME to SendGrid, which publishes its SPF there), so SPF passes for a domain that aligns in relaxed mode.',
  'recipes.sendgrid.spf.caveat.security-off':
    'With Automated Security off the return path instead needs MX mx.sendgrid.net and TXT "v=spf1 include:sendgrid.net ~all" at em1234 (SendGrid shows the exact records).',
  'recipes.sendgrid.spf.caveat.no-underscore': 'DNS hosts that refuse "_" in CNAME names force Automated Security off.',
  'recipes.sendgrid.spf.caveat.unverified-eu': "Unverified: whether SendGrid's EU region uses different record values.",
  'recipes.sendgrid.dkim.title': 'SendGrid domain authentication: DKIM s1/s2 for {from}',
  'recipes.sendgrid.dkim.explain':
    "{noSig}SendGrid's own signature (d=sendgrid.net) does not align. With domain authentication SendGrid signs with d={from}, selectors s1 and s2, whose keys these CNAMEs point to.",
  'recipes.sendgrid.dkim.caveat.security-off': 'With Automated Security off: TXT m1._domainkey "k=rsa; t=s; p=…" with the key SendGrid shows.',
  // Mailgun sending domain
  'recipes.mailgun.current-sandbox': ' The current sending domain is {domain} (a Mailgun sandbox).',
  'recipes.mailgun.current': ' The current sending domain is {domain}.',
  'recipes.mailgun.spf.title': 'Mailgun sending domain {domain}',
  'recipes.mailgun.spf.explain':
    'Mailgun uses its "sending domain" for the envelope and for DKIM. {notAligned}{current} Add {domain} as a sending domain in Mailgun and send through it; with this SPF record SPF passes for {domain}, which aligns with {from}.',
  'recipes.mailgun.spf.caveat.strict':
    'Strict alignment (aspf=s or adkim=s) needs the From domain itself as the sending domain: Mailgun uses it for both the envelope and the DKIM d=.',
  'recipes.mailgun.spf.caveat.any-subdomain': "Any subdomain of your domain works; mg. is Mailgun's suggestion.",
  'recipes.mailgun.spf.caveat.extra-records':
    'Mailgun also lists MX records (mxa/mxb.mailgun.org) for receiving and a tracking CNAME: they are not needed for alignment.',
  'recipes.mailgun.spf.caveat.unverified-eu': "Unverified: the EU region's MX and tracking targets.",
  'recipes.mailgun.spf.step.add-domain': 'Enter {domain}, publish the DNS records shown, then Verify',
  'recipes.mailgun.dkim.ph.id': 'the id in the DKIM targets Mailgun shows',
  'recipes.mailgun.dkim.title': 'Mailgun DKIM for {domain}',
  'recipes.mailgun.dkim.explain':
    '{noSig}{current} Mailgun signs with d=<sending domain>; with {domain} as the sending domain and Automatic Sender Security, these CNAMEs point to keys Mailgun rotates, and the signature aligns with {from}.',
  'recipes.mailgun.dkim.caveat.manual-key':
    'Without Automatic Sender Security the key is a TXT at <selector>._domainkey of the sending domain, with the value from the control panel.',
  'recipes.mailgun.dkim.caveat.rotation': 'Automatic Sender Security uses 2048-bit keys and rotates them at least every 5 days.',
  // Postmark
  'recipes.postmark.spf.title': 'Postmark custom Return-Path pm-bounces.{from}',
  'recipes.postmark.spf.explain':
    "{notAligned} A custom Return-Path makes the bounce address pm_bounces@pm-bounces.{from}; the CNAME lets Postmark's SPF answer there, so SPF passes for a domain that aligns in relaxed mode.",
  'recipes.postmark.spf.caveat.subdomain': 'It must be a subdomain of the From domain.',
  'recipes.postmark.spf.caveat.legacy-include': 'The apex include:spf.mtasv.net is legacy and not needed.',
  'recipes.postmark.spf.step.return-path': 'Postmark > Sender Signatures (or Domains) > {from} > Return-Path: set pm-bounces, publish the CNAME, Verify',
  'recipes.postmark.dkim.where': 'Postmark > Sender Signatures (or Domains) > {from} > DKIM',
  'recipes.postmark.dkim.title': 'Postmark DKIM for {from}',
  'recipes.postmark.dkim.explain':
    "{noSig}Postmark's own (d=pm.mtasv.net) does not align. Postmark signs with d={from} once its key is published under a dated selector.",
  'recipes.postmark.dkim.ph.date-stamp': 'the date-stamp part of the selector Postmark assigns',
  'recipes.postmark.dkim.ph.key': 'the public key Postmark generated',
  // SparkPost
  'recipes.sparkpost.spf.title': 'SparkPost custom bounce domain bounce.{from}',
  'recipes.sparkpost.spf.explain':
    "{notAligned} A custom bounce domain puts the envelope on bounce.{from}; the CNAME lets SparkPost's SPF answer there, so SPF passes for a domain that aligns in relaxed mode.",
  'recipes.sparkpost.spf.caveat.targets':
    'The target is sparkpostmail.com (US), eu.sparkpostmail.com (EU) or <public_tenant_id>.mail.e.sparkpost.com (Enterprise).',
  'recipes.sparkpost.spf.caveat.targets-us-shown':
    'The target is sparkpostmail.com (US), eu.sparkpostmail.com (EU) or <public_tenant_id>.mail.e.sparkpost.com (Enterprise): the US one is shown.',
  'recipes.sparkpost.spf.caveat.not-apex': 'Not at the apex: the bounce domain must be a subdomain.',
  'recipes.sparkpost.spf.step.bounce-domain': 'SparkPost > Configuration > Domains: add bounce.{from} as a bounce domain, publish the CNAME, Verify',
  'recipes.sparkpost.dkim.where': 'SparkPost > Configuration > Domains > {from} (sending domain) > DKIM record',
  'recipes.sparkpost.dkim.title': 'SparkPost DKIM for {from}',
  'recipes.sparkpost.dkim.explain': '{noSig}SparkPost signs with d=<sending domain> once {from} is a verified sending domain with its DKIM key published.',
  'recipes.sparkpost.dkim.ph.selector': 'the selector SparkPost assigns (scph + month + year)',
  'recipes.sparkpost.dkim.ph.key': 'the public key SparkPost generated',
  // Mandrill
  'recipes.mandrill.spf.title': 'Mandrill custom Return-Path domain mandrill.{from}',
  'recipes.mandrill.spf.explain':
    '{notAligned} A custom Return-Path domain (a subdomain, never the apex) pointed at Mandrill puts the envelope under {from}, so SPF passes for a domain that aligns in relaxed mode.',
  'recipes.mandrill.spf.caveat.any-subdomain': 'Any subdomain works; mandrill. is only an example.',
  'recipes.mandrill.spf.caveat.enable':
    'After the DNS test passes, enable it per message (return_path_domain / X-MC-ReturnPathDomain) or as the account default in Sending Defaults.',
  'recipes.mandrill.spf.caveat.unverified-target': 'Unverified: the CNAME target comes from third-party guides.',
  'recipes.mandrill.spf.step.publish': 'Publish the CNAME, then Test DNS',
  'recipes.mandrill.spf.step.enable': 'Enable it in Sending Defaults or per message',
  'recipes.mandrill.dkim.title': 'Mandrill DKIM mte1/mte2 for {from}',
  'recipes.mandrill.dkim.explain': "{noSig}Mandrill's own (d=mandrillapp.com) does not align. These CNAMEs let Mandrill sign with d={from}.",
  'recipes.mandrill.dkim.caveat.legacy-txt': 'The legacy mandrill._domainkey TXT record is replaced by these.',
  'recipes.mandrill.dkim.step.publish': 'Mandrill > Settings > Sending Domains > {from}: publish the records, then Test DNS',
  'recipes.mandrill.dmarc-note':
    'Mandrill has required a DMARC record (at least p=none) since 2024-03-15; without one it rewrites the sending domain to a mandrillapp.com subdomain.',
  // Mailchimp
  'recipes.mailchimp.spf.why': 'Mailchimp offers no custom return path.',
  'recipes.mailchimp.dkim.title': 'Mailchimp DKIM k2/k3 for {from}',
  'recipes.mailchimp.dkim.explain': '{noSig}After domain authentication Mailchimp signs with d={from}, selectors k2 and k3, whose keys these CNAMEs point to.',
  'recipes.mailchimp.dkim.caveat.unverified-values':
    "Values seen in many published zones; Mailchimp's own page was not read (legacy setups used k1._domainkey CNAME dkim.mcsv.net).",
  // Brevo
  'recipes.brevo.spf.why': 'On shared IPs the envelope stays on sender-sib.com (whether a dedicated IP allows a custom return path is unverified).',
  'recipes.brevo.dkim.title': 'Brevo domain authentication for {from}',
  'recipes.brevo.dkim.explain':
    "{noSig}Brevo's own (d=sendinblue.com) does not align. The brevo-code record proves you own {from}; the two CNAMEs let Brevo sign with d={from}.",
  'recipes.brevo.dkim.ph.code': 'the 32-hex-digit verification code Brevo shows',
  'recipes.brevo.dkim.caveat.legacy-txt': 'Legacy setups used mail._domainkey TXT "k=rsa;p=…".',
  'recipes.brevo.dkim.caveat.from-rewrite': 'Until {from} is authenticated Brevo may rewrite the From to @<id>.brevosend.com.',
  'recipes.brevo.dmarc-note': 'Brevo suggests rua=mailto:rua@dmarc.brevo.com if you want its DMARC reports.',
  // Klaviyo branded sending domain (fixes SPF and DKIM at once)
  'recipes.klaviyo.title': 'Klaviyo branded sending domain {name}',
  'recipes.klaviyo.explain':
    '{envelope} and Klaviyo signs with d=klaviyomail.com: neither aligns with {from}. A branded sending subdomain serves as both envelope and DKIM domain, so both align in relaxed mode. Delegating it to Klaviyo (NS, "dynamic routing", recommended) lets Klaviyo publish what it needs there.',
  'recipes.klaviyo.caveat.ownership-txt': 'Klaviyo also asks for one TXT record proving ownership: publish the one it shows.',
  'recipes.klaviyo.caveat.static': 'The alternative ("static") is three CNAMEs instead of the NS records.',
  'recipes.klaviyo.caveat.apply-domain': 'After verification you must click "Apply domain", or nothing changes.',
  'recipes.klaviyo.caveat.unverified-targets': 'Unverified: the NS targets come from third-party guides; use what Klaviyo shows.',
  'recipes.klaviyo.step.add-domain': 'Enter {name}, choose dynamic routing, publish the records, Verify',
  'recipes.klaviyo.step.apply-domain': 'Click "Apply domain"',
  // HubSpot
  'recipes.hubspot.spf.why':
    "HubSpot's shared IPs keep the envelope on hubspotemail.net; SPF alignment needs a dedicated IP, with an envelope like 12345m.{from}.",
  'recipes.hubspot.dkim.ph.hubid': 'your HubSpot account (hub) id',
  'recipes.hubspot.dkim.ph.number': 'the number in the targets HubSpot shows',
  'recipes.hubspot.dkim.title': 'HubSpot email sending domain {from}',
  'recipes.hubspot.dkim.explain': '{noSig}Connecting {from} as an email sending domain makes HubSpot sign with d={from}; these CNAMEs point to its keys.',
  // Constant Contact
  'recipes.constant-contact.spf.why': 'The envelope stays on a Constant Contact domain (ccsend.com).',
  'recipes.constant-contact.dkim.where': 'Constant Contact > My Settings > Email Authentication (self-authentication)',
  'recipes.constant-contact.dkim.title': 'Constant Contact self-authentication for {from}',
  'recipes.constant-contact.dkim.explain': '{noSig}Self-authentication makes Constant Contact sign with d={from}; these CNAMEs point to its keys.',
  'recipes.constant-contact.dkim.ph.target': 'the ctct{i} CNAME target Constant Contact shows',
  'recipes.constant-contact.dkim.caveat.txt-option': 'A DKIM TXT option also exists.',
  'recipes.constant-contact.dkim.caveat.unverified': 'Unverified: from third-party guides.',
  // Mailjet
  'recipes.mailjet.spf.why':
    'Its default bounce domain is bnc3.mailjet.com. Mailjet offers a custom return path through a CNAME, but its target and plan limits are unverified: ask Mailjet.',
  'recipes.mailjet.dkim.title': 'Mailjet DKIM for {from}',
  'recipes.mailjet.dkim.explain': '{noSig}Once authenticated, Mailjet signs with d={from} and selector "mailjet".',
  'recipes.mailjet.dkim.ph.key': 'the public key Mailjet shows',
  // Google Workspace
  'recipes.google.dkim.title': 'Google Workspace DKIM for {from}',
  'recipes.google.dkim.explain':
    'Google signs with d=<domain>.<date>.gappssmtp.com until you set up DKIM: that signature does not align with {from}. Generate a key in the Admin console and publish it; Google then signs with d={from}.',
  'recipes.google.dkim.ph.key': 'the public key Google generated (2048-bit)',
  'recipes.google.dkim.caveat.selector-prefix': '"google" is the default selector prefix: if you chose another, the name changes.',
  'recipes.google.dkim.caveat.long-key': 'A 2048-bit key is longer than 255 characters: DNS panels must split it into several strings (the zone export does).',
  'recipes.google.dkim.step.generate': '{where} > select {from} > Generate new record (2048-bit)',
  'recipes.google.dkim.step.publish': 'Publish the TXT record',
  'recipes.google.dkim.step.start': 'Back in the Admin console, click Start authentication',
  // Microsoft 365
  'recipes.microsoft.dkim.ph.tenant': 'your tenant name (<tenant>.onmicrosoft.com)',
  'recipes.microsoft.dkim.title': 'Microsoft 365 DKIM for {from}',
  'recipes.microsoft.dkim.explain':
    'Microsoft signs with d={tenant}.onmicrosoft.com until DKIM is enabled for {from}: that signature does not align. These CNAMEs point to the keys Microsoft holds for {from}; once enabled it signs with d={from}.',
  'recipes.microsoft.dkim.caveat.new-targets':
    'Domains added from May 2025 get a different target, e.g. selector1-{dashed}._domainkey.{tenant}.n-v1.dkim.mail.microsoft, whose partition letter cannot be predicted: read the exact values with Exchange Online PowerShell: {command}.',
  'recipes.microsoft.dkim.caveat.detection-delay': 'Detection of the records can take up to 4 days.',
  'recipes.microsoft.dkim.step.read-values': 'Exchange Online PowerShell: {command}',
  'recipes.microsoft.dkim.step.publish': 'Publish the two CNAMEs',
  'recipes.microsoft.dkim.step.enable': 'Microsoft Defender > Email & collaboration > Policies > Email authentication settings > DKIM > {from} > Enable',
  // Zoho Mail
  'recipes.zoho.dkim.title': 'Zoho Mail DKIM for {from}',
  'recipes.zoho.dkim.explain': "{noSig}Add a DKIM selector in Zoho's admin console and publish its key; Zoho then signs with d={from}.",
  'recipes.zoho.dkim.ph.selector': 'the selector you choose in Zoho (e.g. zmail)',
  'recipes.zoho.dkim.ph.key': 'the public key Zoho generated',
  'recipes.zoho.dkim.step.publish': 'Publish the TXT record, then Verify',
  // Salesforce
  'recipes.salesforce.spf.title': "Salesforce: send with the user's address as MAIL FROM",
  'recipes.salesforce.spf.explain':
    '{envelope}: Salesforce uses its own bounce address (…@…bnc.salesforce.com) whenever "Activate bounce management" or "Enable compliance with standard email security mechanisms" is on, so SPF cannot align. With both off the MAIL FROM becomes the user\'s address in {from}; SPF then aligns once {from} authorises Salesforce. DKIM alignment (the other fix) works without giving these up.',
  'recipes.salesforce.spf.caveat.bounce-tracking': 'Turning bounce management off means Salesforce no longer tracks bounces.',
  'recipes.salesforce.spf.step.deliverability':
    'Setup > Email > Deliverability: turn off "Activate bounce management" and "Enable compliance with standard email security mechanisms"',
  'recipes.salesforce.spf.step.publish': 'Publish the SPF record for {from}',
  'recipes.salesforce.dkim.ph.selector': 'the selector you enter when creating the key',
  'recipes.salesforce.dkim.ph.alternate-selector': 'the alternate selector you enter',
  'recipes.salesforce.dkim.ph.id': 'the 6-character id in the targets Salesforce shows',
  'recipes.salesforce.dkim.title': 'Salesforce DKIM key for {from}',
  'recipes.salesforce.dkim.explain':
    '{noSig}A DKIM key in Salesforce Setup makes it sign with d={from}; the two CNAMEs (selector and alternate selector, for rotation) point to its keys.',
  'recipes.salesforce.dkim.caveat.activate': 'Activate the key in Setup after the records are published, or nothing is signed.',
  'recipes.salesforce.dkim.step.create-key': '{where} > Create New Key (domain {from}, selector and alternate selector)',
  'recipes.salesforce.dkim.step.publish': 'Publish the two CNAMEs',
  'recipes.salesforce.dkim.step.activate': 'Activate the key',
  // Salesforce Marketing Cloud: Sender Authentication Package (fixes SPF and DKIM at once)
  'recipes.sfmc.ph.subdomain': 'the subdomain you dedicate to Marketing Cloud (it becomes your From domain there)',
  'recipes.sfmc.ph.subdomain.where': 'Salesforce account team / SAP order',
  'recipes.sfmc.title': 'Marketing Cloud Sender Authentication Package for {name}',
  'recipes.sfmc.explain':
    '{notAligned} With the Sender Authentication Package you delegate a subdomain to Salesforce, which then hosts its SPF, DKIM and DMARC and sends with it as From, envelope (bounce.<subdomain>) and DKIM domain, so everything aligns.',
  'recipes.sfmc.caveat.delegation': 'Delegation hands all DNS of that name to Salesforce: do not delegate a name that has other records you need.',
  'recipes.sfmc.caveat.no-apex': 'You cannot delegate the apex; the From then uses the subdomain.',
  'recipes.sfmc.caveat.unverified-private-domains':
    'Unverified: other "private domains" get SPF alignment only with multi-bounce-domain enabled (third-party source).',
  // Zendesk
  'recipes.zendesk.spf.title': 'Zendesk envelope subdomains zendesk1–4.{from}',
  'recipes.zendesk.spf.explain':
    '{notAligned} Since Zendesk moved its sending to Amazon SES it can use envelope subdomains of your domain; these four CNAMEs point them at Zendesk, so SPF passes for a domain that aligns in relaxed mode.',
  'recipes.zendesk.spf.caveat.partially-verified':
    "Partially verified: seen in zones and third-party guides; Zendesk's own page documents the apex SPF include instead.",
  'recipes.zendesk.spf.caveat.documented-include':
    'Zendesk documents include:mail.zendesk.com in the SPF record of {from} and a zendeskverification TXT record: that authorises Zendesk for {from} itself.',
  'recipes.zendesk.dkim.title': 'Zendesk DKIM for {from}',
  'recipes.zendesk.dkim.explain': '{noSig}With these CNAMEs published and digital signatures enabled, Zendesk signs with d={from}.',
  'recipes.zendesk.dkim.caveat.publish-first': 'Publish the records before enabling DKIM in Zendesk.',
  'recipes.zendesk.dkim.step.publish': 'Publish the two CNAMEs',
  'recipes.zendesk.dkim.step.enable': 'Zendesk Admin Center > Channels > Email: enable digital signatures (DKIM) for {from}',
  // Freshdesk
  'recipes.freshdesk.spf.title': 'Freshdesk envelope subdomain fwdkim1.{from}',
  'recipes.freshdesk.spf.explain':
    '{notAligned} Freshdesk (sending through SendGrid) can use fwdkim1.{from} as envelope domain; the CNAME lets its SPF answer there, so SPF passes for a domain that aligns in relaxed mode.',
  'recipes.freshdesk.spf.caveat.unverified-values': "Seen in published zones; Freshdesk's own page was not read: use the values Freshdesk shows.",
  'recipes.freshdesk.spf.caveat.legacy-include': 'The legacy apex include:email.freshdesk.com does not make SPF align.',
  'recipes.freshdesk.spf.step.publish': 'Freshdesk > Admin > Email > DKIM / custom mail server settings: publish the records shown, Verify',
  'recipes.freshdesk.dkim.ph.selector': 'selector {i} of 3 Freshdesk generates',
  'recipes.freshdesk.dkim.ph.acct': 'your account number in the targets',
  'recipes.freshdesk.dkim.title': 'Freshdesk DKIM for {from}',
  'recipes.freshdesk.dkim.explain': '{noSig}Freshdesk signs with d={from} once these three CNAMEs point to its keys.',
  'recipes.freshdesk.dkim.caveat.unverified-values': "Seen in published zones; Freshdesk's own page was not read.",
  // Intercom
  'recipes.intercom.spf.title': 'Intercom custom return path outbound.intercom.{from}',
  'recipes.intercom.spf.explain':
    '{notAligned} Intercom (sending through SparkPost) uses a custom return path on your domain once this CNAME is published, so SPF passes for a domain that aligns in relaxed mode. No SPF change at {from} is needed.',
  'recipes.intercom.spf.ph.workspace': 'your workspace id in the target Intercom shows',
  'recipes.intercom.dkim.title': 'Intercom DKIM for {from}',
  'recipes.intercom.dkim.explain': '{noSig}With this CNAME Intercom signs with d={from}, selector "intercom".',
  'recipes.intercom.dkim.ph.uuid': 'the id in the target Intercom shows',
  // an unknown sending service
  'recipes.generic.ph.sender-mechanism': 'what authorises the sending service, e.g. include:<its SPF domain> or ip4:<its address>',
  'recipes.generic.spf.where': "the sending service's documentation on SPF / custom return path",
  'recipes.generic.spf.strict.title': 'Use a MAIL FROM under {from}',
  'recipes.generic.spf.title': 'Use a MAIL FROM under {org}',
  'recipes.generic.spf.strict.explain':
    '{notAligned} SPF is checked for the MAIL FROM (Return-Path) domain, so it must be exactly {from} (aspf=s), with an SPF record that authorises the sending service. Ask the service for a custom return-path (bounce) domain; it usually gives you a CNAME or an SPF include to publish there.',
  'recipes.generic.spf.explain':
    '{notAligned} SPF is checked for the MAIL FROM (Return-Path) domain, so it must be a domain under {org}, with an SPF record that authorises the sending service. Ask the service for a custom return-path (bounce) domain, e.g. {name}; it usually gives you a CNAME or an SPF include to publish there.',
  'recipes.generic.dkim.where': "the sending service's DKIM / domain authentication settings",
  'recipes.generic.dkim.title': 'Sign with d={from}',
  'recipes.generic.dkim.strict.explain':
    'No DKIM signature with a d= aligned to {from} passed. Have the sending service sign with d={from} (adkim=s: exactly this domain): it gives you a selector and a public key, or CNAMEs to its keys, to publish.',
  'recipes.generic.dkim.explain':
    'No DKIM signature with a d= aligned to {from} passed. Have the sending service sign with d={from} (or any domain under {org}): it gives you a selector and a public key, or CNAMEs to its keys, to publish.',
  'recipes.generic.dkim.ph.selector': 'the selector the service uses (the s= of its signature)',
  'recipes.generic.dkim.ph.public-key': 'the public key the service gives you',
  'recipes.generic.dkim.caveat.cnames': 'Many services give CNAMEs instead of a TXT key: publish what they show.',
  // where the vendor's console shows a value (paths in the vendor's words)
  'recipes.ses.dkim.where': 'SES console > Verified identities > {from} > Authentication > Publish DNS records',
  'recipes.resend.dkim.where': 'Resend dashboard > Domains > {from}',
  'recipes.mailgun.dkim.where': 'Mailgun > Sending > Domains > {domain} > DNS records',
  'recipes.brevo.dkim.where': 'Brevo > Senders, Domains & Dedicated IPs > Domains > {from} > Authenticate',
  'recipes.hubspot.dkim.where': 'HubSpot > Settings > Domains & URLs > Email sending domains > Connect',
  'recipes.mailjet.dkim.where': 'Mailjet > Account settings > Domains & senders > Setup SPF/DKIM authentication',
  'recipes.google.dkim.where': 'Google Admin console > Apps > Google Workspace > Gmail > Authenticate email',
  'recipes.microsoft.dkim.ph.tenant.where': 'Microsoft 365 admin center > Settings > Domains',
  'recipes.zoho.dkim.where': 'Zoho Mail Admin > Domains > {from} > Email Authentication > DKIM',
  // the console page a step opens (paths in the vendor's words)
  'recipes.sendgrid.open': 'SendGrid > Settings > Sender Authentication > Authenticate Your Domain',
  'recipes.mailgun.spf.open': 'Mailgun > Sending > Domains > Add new domain',
  'recipes.mandrill.spf.open': 'Mandrill > Settings > Tracking & Return Path Domains > Add',
  'recipes.mailchimp.dkim.open': 'Mailchimp > Account > Domains > {from} > Authenticate',
  'recipes.klaviyo.open': 'Klaviyo > Settings > Domains > Add sending domain',
  'recipes.zoho.dkim.open': 'Zoho Mail Admin > Domains > {from} > Email Authentication > DKIM > Add selector',
  'recipes.salesforce.dkim.where': 'Salesforce Setup > DKIM Keys',
  'recipes.freshdesk.dkim.where': 'Freshdesk > Admin > Email > DKIM',
  'recipes.intercom.where': 'Intercom > Settings > Channels > Email > Domains',
} as const;
