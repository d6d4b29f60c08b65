// The domain check (no message): one text per finding code (its form's labels: domainform.ts).
export const domain = {
  'dc.note':
    'Checked without a message: DNS shows what is published, not what the service actually puts in MAIL FROM or which DKIM selector it signs with. Paste a message sent through it to be sure.',

  'dc.spf.title': 'SPF record of {domain}',
  'dc.spf.rule': 'One v=spf1 record per name; at most 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) and 2 void lookups in one evaluation.',
  'dc.spf.ok': '{domain} publishes one SPF record: "{record}". In the worst case evaluating it takes {lookups} of the 10 DNS lookups allowed.',
  'dc.spf.none': '{domain} publishes no SPF record: mail with {domain} as its MAIL FROM gets SPF "none", and DMARC can then pass only with DKIM.',
  'dc.spf.multiple':
    '{domain} publishes {n} v=spf1 records; more than one is a permerror for every message, whatever they say (RFC 7208 §4.5). Merge them into one.',
  'dc.spf.overLimit':
    'In the worst case evaluating the SPF record of {domain} takes {lookups} DNS lookups; more than 10 is a permerror for a sender that no earlier term matches (RFC 7208 §4.6.4).',
  'dc.spf.loop': 'The SPF record of {domain} includes itself (a loop): every evaluation that reaches it ends in permerror.',
  'dc.spf.problems': 'The SPF record of {domain} has {n} problem(s): see below.',
  'dc.spf.error': 'The SPF lookup of {domain} failed ({error}): its state is unknown; try again.',

  'dc.dmarc.title': 'DMARC record',
  'dc.dmarc.rule': 'Policy discovery asks _dmarc.<domain>, then walks up the DNS tree; a name with more than one v=DMARC1 record counts as having none.',
  'dc.dmarc.own': '{recordDomain} holds "{record}". The policy for {domain} is {policy} (tag {tag}).',
  'dc.dmarc.inherited':
    '{domain} has no DMARC record of its own; the record of its organizational domain applies: {recordDomain} holds "{record}". The policy for {domain} is {policy} (tag {tag}).',
  'dc.dmarc.none': 'No DMARC record applies to {domain}: receivers apply no DMARC policy to mail from it and send no reports.',
  'dc.dmarc.temperror': 'DNS failed during DMARC policy discovery for {domain} ({error}): the policy is unknown; try again.',
  'dc.dmarc.monitor':
    'p=none asks receivers to do nothing with mail that fails DMARC: it only monitors, and mail spoofing {domain} is still delivered. Move to quarantine, then reject, once the aggregate reports show that every service sending as {domain} passes aligned.',
  'dc.dmarc.noRua': 'The record has no rua= tag: no aggregate reports are sent, so you cannot see which services send as {domain}.',
  'dc.dmarc.strict': 'The record sets {tag}=s (strict alignment): a service whose MAIL FROM or DKIM d= is a subdomain of {domain} does not align.',

  'dc.rua.title': 'Report address {uri}',
  'dc.rua.rule': 'A report address in another organization must say it accepts the reports: TXT "v=DMARC1" at <policy domain>._report._dmarc.<report domain>.',
  'dc.rua.same': '{destination} is in the same organization as {policyDomain}: no authorization record is needed.',
  'dc.rua.ok': '{destination} accepts reports for {policyDomain}: {queryName} holds "v=DMARC1".',
  'dc.rua.missing':
    '{destination} is outside the organization of {policyDomain} and {queryName} holds no "v=DMARC1" record: receivers do not send reports to {uri}. The owner of {destination} must publish it.',
  'dc.rua.error': 'The lookup of {queryName} failed: whether {destination} accepts reports for {policyDomain} is unknown.',
  'dc.rua.unusable': 'Cannot check "{uri}": it is not a mailto: URI with a valid address.',

  'dc.dkim.title': 'DKIM keys',
  'dc.dkim.rule':
    'A DKIM public key is a TXT record at <selector>._domainkey.<domain>. Each signature names its selector, so without a message only the selectors asked for can be found.',
  'dc.dkim.found': 'Keys found at {n} of the {total} selectors checked: {selectors}.',
  'dc.dkim.none':
    'No DKIM key at any of the {total} selectors checked. A selector can be any name, so a key at another one is not found this way: give your selector to check it.',
  'dc.dkim.serviceNone': 'None of the selectors {service} uses ({selectors}) has a key: DKIM for {domain} is not set up there yet (see the fixes).',
  'dc.hostedByService':
    '{domain} is delegated to {service} ({ns}): the service publishes its SPF, DKIM and DMARC records there, so no sender record is proposed for it here.',
  'dc.mailgun.sendingDomain':
    'Mailgun signs and bounces with its sending domain, often a subdomain such as mg.{domain}, and its keys are published there. If yours is a subdomain, check that name too, with its selector (for example smtp, or pdk1 and pdk2 with Automatic Sender Security).',
  'dc.dkim.serviceNoKey':
    'No usable key at {selectors}: {service} signs with every one of its selectors, so its DKIM is not fully set up until each has one (see the fixes).',
  'dc.dkim.serviceDiffers':
    'Not published as {service} gives it: {names}. A key may still be found there, but not the one {service} signs with (see the check of the fix).',
  'dc.dkim.serviceUnknown':
    '{service} names its DKIM selectors per account (random tokens): they cannot be guessed. Give them as selectors to check them; the fixes show the records to publish.',
  'dc.dkim.key.ok': '{name}: a usable {keyType} key of {bits} bits.',
  'dc.dkim.key.short': '{name}: an RSA key of {bits} bits: accepted, but 2048 bits is recommended (RFC 8301).',
  'dc.dkim.key.weak': '{name}: an RSA key of {bits} bits: keys under 1024 bits are refused (RFC 8301), so signatures made with it fail.',
  'dc.dkim.key.revoked': '{name}: the key is revoked (empty p=): no signature made with it can pass.',
  'dc.dkim.key.invalid': '{name}: the record is not a usable key: {reason}',
  'dc.dkim.key.error': '{name}: the lookup failed ({reason}).',
  'dc.dkim.key.testing': '{name}: the key has t=y (testing): receivers treat its signatures like unsigned mail.',

  'dc.mx.title': 'Mail servers (MX) of {domain}',
  'dc.mx.rule':
    'Mail to a domain goes to its MX hosts, lowest preference first; without an MX, to its address record. A single MX "0 ." (null MX) says the domain accepts no mail.',
  'dc.mx.found': '{n} MX record(s): {hosts}.',
  'dc.mx.none': '{domain} has no MX record: mail to it goes to its A/AAAA address if it has one, so replies and bounces may not arrive.',
  'dc.mx.null': '{domain} publishes a null MX ("0 ."): it accepts no mail (RFC 7505).',
  'dc.mx.nxdomain': '{domain} does not exist in DNS (NXDOMAIN).',
  'dc.mx.error': 'The MX lookup of {domain} failed ({error}).',

  'dc.mtasts.title': 'MTA-STS',
  'dc.mtasts.rule': 'A TXT record "v=STSv1; id=…" at _mta-sts.<domain> announces a policy; the policy itself is a file served over HTTPS at mta-sts.<domain>.',
  'dc.mtasts.found':
    '_mta-sts.{domain} holds "{record}" (policy id {id}). Policy file not fetched: DNS only (this page sends nothing but DNS queries); it is served at https://mta-sts.{domain}/.well-known/mta-sts.txt.',
  'dc.mtasts.none': 'No MTA-STS record at _mta-sts.{domain}: servers sending to {domain} may fall back to unencrypted delivery. Optional hardening.',
  'dc.mtasts.invalid': '_mta-sts.{domain} holds "{record}", which is not a valid MTA-STS record ({reason}): senders ignore it.',
  'dc.mtasts.multiple': '_mta-sts.{domain} holds {n} v=STSv1 records: senders then treat {domain} as having no MTA-STS policy.',
  'dc.mtasts.host': 'mta-sts.{domain} does not resolve to an address: senders cannot fetch the policy file, so MTA-STS does not work.',
  'dc.mtasts.error': 'The lookup of _mta-sts.{domain} failed ({error}).',

  'dc.tlsrpt.title': 'TLS reporting (TLS-RPT)',
  'dc.tlsrpt.rule': 'A TXT record "v=TLSRPTv1; rua=mailto:…" (or https:) at _smtp._tls.<domain> asks senders for daily reports of TLS failures.',
  'dc.tlsrpt.found': '_smtp._tls.{domain} holds "{record}": TLS failure reports go to {rua}.',
  'dc.tlsrpt.none': 'No TLS-RPT record at _smtp._tls.{domain}: you get no reports when others fail to deliver to you over TLS. Optional.',
  'dc.tlsrpt.invalid': '_smtp._tls.{domain} holds "{record}", which is not a valid TLS-RPT record ({reason}).',
  'dc.tlsrpt.multiple': '_smtp._tls.{domain} holds {n} v=TLSRPTv1 records: senders then send no reports.',
  'dc.tlsrpt.error': 'The lookup of _smtp._tls.{domain} failed ({error}).',

  'dc.bimi.title': 'Brand logo (BIMI)',
  'dc.bimi.rule':
    'A TXT record "v=BIMI1; l=<https SVG>; a=<https certificate>" at default._bimi.<domain>; mailbox providers honour it only under a DMARC policy of quarantine or reject.',
  'dc.bimi.found': 'default._bimi.{domain} holds "{record}" (logo: {logo}).',
  'dc.bimi.none': 'No BIMI record at default._bimi.{domain}: no brand logo is shown. Optional.',
  'dc.bimi.invalid': 'default._bimi.{domain} holds "{record}", which is not a valid BIMI record ({reason}).',
  'dc.bimi.multiple': 'default._bimi.{domain} holds {n} v=BIMI1 records: receivers ignore them.',
  'dc.bimi.policy': 'BIMI is honoured only with a DMARC policy of quarantine or reject; the policy for {domain} is {policy}, so no logo is shown.',
  'dc.bimi.error': 'The lookup of default._bimi.{domain} failed ({error}).',

  'dc.reason.version': 'it does not start with {version}',
  'dc.reason.id': 'id= is missing or is not 1 to 32 letters and digits',
  'dc.reason.rua': 'rua= is missing or holds no mailto: or https: URI',
  'dc.reason.logo': 'l= is not an https: URL',

  'dc.fix.spfAuth':
    'The SPF record of {name} does not include {term}, which authorises {service}: mail that {service} sends with a MAIL FROM in {name} fails SPF until it does.',
  'dc.fix.context':
    'Checked without a message, so it is not known whether your mail passes DMARC on SPF or on DKIM today. DMARC needs one of them to pass aligned; with both, mail still passes when forwarding breaks SPF or a changed message breaks DKIM.',

  'dc.service.title': 'Records for {service}',
  'dc.service.rule': 'DMARC passes when SPF or DKIM passes for a domain that aligns with the From domain; each service has its own way to make that happen.',
  'dc.service.summary':
    'What {service} needs so that SPF and DKIM align with {domain}: {n} fix(es) with {records} record(s). Checked in DNS now: {published} published, {missing} missing or different, {unchecked} not checkable until you fill in the placeholders.',
  'dc.service.nothing': '{service}: nothing to publish for {domain} as far as DNS shows.',
  'dc.service.none':
    'No sending service chosen: only what {domain} publishes itself was checked. Choose the service you send with to see the records it needs.',
} as const;
