// Sender requirements (src/lib/requirements): the rules of Gmail, Yahoo and Microsoft, each
// outcome, each missing part and each fix. {params} are raw data (domains, IPs, header values).
export const req = {
  // ---- panel
  'req.panel.title': 'Sender requirements (Gmail, Yahoo, Outlook.com)',
  'req.panel.intro':
    'What the mailbox providers ask of senders, checked as far as this one message and DNS show it. “All senders” rules apply to everyone; “bulk” rules to senders of about 5,000 or more messages a day to that provider.',
  'req.panel.counts': '{met} met, {notMet} not met, {unknown} unknown, {na} not applicable',
  'req.status.met': 'Met',
  'req.status.not-met': 'Not met',
  'req.status.unknown': 'Unknown',
  'req.status.not-applicable': 'Not applicable',
  'req.scope.all': 'All senders',
  'req.scope.bulk': 'Bulk senders',
  'req.provider.gmail': 'Gmail',
  'req.provider.yahoo': 'Yahoo',
  'req.provider.microsoft': 'Outlook.com',
  'req.label.stated-by': 'Stated by',
  'req.label.evidence': 'Evidence',
  'req.label.fix': 'Fix',
  'req.label.source': 'Source',
  'req.label.differs': 'Where the providers differ',
  'req.label.actor': 'Who acts',
  'req.actor.owner': 'the domain owner',
  'req.actor.service': 'the sending service (or your own mail server)',
  'req.actor.forwarder': 'the forwarder or mailing list, not the original sender',
  'req.actor.owner-or-service': 'the domain owner together with the sending service',

  // ---- shared outcomes and fixes
  'req.common.no-from': 'The message has no usable From address, so this cannot be checked.',
  'req.common.offline': 'DNS could not be reached, so this could not be checked.',
  'req.common.error': 'This rule could not be checked for this message.',
  'req.fix.retry': 'Run the analysis again when DNS answers; nothing to change yet.',
  // the generic fix withheld: the diagnosis at the top says who must act on this copy
  'req.fix.spoof':
    'Nothing to publish: this message did not come from a server of yours (see the diagnosis at the top). Do not authorise its sender in SPF or DKIM; a DMARC reject policy is what stops such mail.',
  'req.fix.intermediary.forwarder':
    'Not a change for your DNS: a forwarder sent this copy from its own server. The forwarder must act (see the diagnosis at the top); aligned DKIM on your mail is what survives forwarding.',
  'req.fix.intermediary.list':
    'Not a change for your DNS: a mailing list sent this copy and changed it. The list operator must act (see the diagnosis at the top).',
  'req.fix.intermediary.receiver':
    'Not a change for your DNS: the receiver’s own gateway handed this copy on, so the sending IP and the checks after it are the receiver’s. The receiving organisation must act (see the diagnosis at the top).',
  'req.fix.bounce':
    'A bounce or an automatic reply keeps its MAIL FROM empty or on the server’s name: publish SPF for the HELO name or sign it with an aligned DKIM key (see the diagnosis at the top), never a custom MAIL FROM.',

  // ---- spf-or-dkim
  'req.spf-or-dkim.title': 'SPF or DKIM passes',
  'req.spf-or-dkim.rule': 'Every sender must authenticate its mail with SPF or DKIM.',
  'req.spf-or-dkim.met-both': 'SPF and DKIM both pass.',
  'req.spf-or-dkim.met-spf': 'SPF passes (for {domain}).',
  'req.spf-or-dkim.met-dkim': 'A DKIM signature passes (d={domain}).',
  'req.spf-or-dkim.not-met': 'Neither SPF nor DKIM passes: SPF is {spf}; DKIM: {dkim}.',
  'req.spf-or-dkim.unknown': 'Could not be decided: SPF is {spf}; DKIM: {dkim}.',
  'req.spf-or-dkim.fix': 'Have the sending service sign with DKIM for your domain, and list its servers in the SPF record of the MAIL FROM domain.',
  'req.spf-or-dkim.differs':
    'Gmail and Yahoo ask this of every sender. Outlook.com states no rule for small senders; for more than 5,000 messages a day it asks SPF and DKIM both to pass.',

  // ---- spf-and-dkim
  'req.spf-and-dkim.title': 'SPF and DKIM both pass',
  'req.spf-and-dkim.rule': 'Bulk senders must authenticate with both SPF and DKIM.',
  'req.spf-and-dkim.met': 'SPF passes (for {spfDomain}) and DKIM passes (d={dkimDomain}).',
  'req.spf-and-dkim.not-met': 'SPF and DKIM do not both pass.',
  'req.spf-and-dkim.unknown': 'Could not be decided: a check did not give a final answer.',
  'req.spf-and-dkim.spf-not-pass': 'SPF is {spf} (domain {domain}).',
  'req.spf-and-dkim.dkim-not-pass': 'No DKIM signature passes: {dkim}.',
  'req.spf-and-dkim.no-dkim': 'The message has no DKIM signature.',
  'req.spf-and-dkim.fix':
    'Set up whichever is missing: DKIM signing at the sending service (with its key records in your DNS), and an SPF record at the MAIL FROM (Return-Path) domain that lists the service.',
  'req.spf-and-dkim.differs':
    'Gmail: 5,000 or more messages a day to personal Gmail accounts. Outlook.com: more than 5,000 a day to Outlook.com, Hotmail and Live addresses, enforced from May 2025. Yahoo gives no exact number for bulk senders.',

  // ---- dmarc-record
  'req.dmarc-record.title': 'A DMARC record applies (p=none or stricter)',
  'req.dmarc-record.rule': 'Bulk senders must publish a DMARC record for the From domain; p=none is enough.',
  'req.dmarc-record.met': 'The DMARC record at {domain} applies, with {tag}={policy}.',
  'req.dmarc-record.missing': 'No DMARC record applies to {domain}.',
  'req.dmarc-record.invalid': 'The DMARC record at {domain} is not valid (permerror), so no policy applies.',
  'req.dmarc-record.temperror': 'The DMARC lookup for {domain} failed (temperror).',
  'req.dmarc-record.fix':
    'Publish a TXT record at _dmarc.{domain}, for example “v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}” (p=none only monitors; move to quarantine or reject when the reports look right).',

  // ---- dmarc-alignment
  'req.dmarc-alignment.title': 'SPF or DKIM passes aligned with From (DMARC)',
  'req.dmarc-alignment.rule': 'Bulk senders: the From domain must align with the domain that passed SPF or DKIM.',
  'req.dmarc-alignment.met-both': 'SPF ({spfDomain}) and DKIM (d={dkimDomain}) both pass aligned with {from}.',
  'req.dmarc-alignment.met-dkim': 'DKIM passes aligned with {from} (d={dkimDomain}).',
  'req.dmarc-alignment.met-spf': 'SPF passes aligned with {from} ({spfDomain}).',
  'req.dmarc-alignment.not-met': 'Nothing passes aligned with the From domain {from}.',
  'req.dmarc-alignment.unknown': 'Could not be decided for {from}: SPF or DKIM gave no final answer.',
  'req.dmarc-alignment.spf-unaligned': 'SPF passes for {spfDomain}, which does not align with {from}.',
  'req.dmarc-alignment.spf-no-pass': 'SPF is {spf}.',
  'req.dmarc-alignment.dkim-unaligned': 'DKIM passes for {dkimDomains}, which does not align with {from}.',
  'req.dmarc-alignment.dkim-no-pass': 'No DKIM signature passes: {dkim}.',
  'req.dmarc-alignment.fix':
    'Have the service sign DKIM with d={from} (or a subdomain), or use a custom MAIL FROM domain under {from}; the fixes section lists the records.',
  'req.dmarc-alignment.differs':
    'Gmail asks alignment of direct mail; forwarded and mailing-list mail is exempt if the forwarder adds ARC. Outlook.com asks it of senders of more than 5,000 a day.',

  // ---- one-click-unsubscribe
  'req.one-click-unsubscribe.title': 'One-click unsubscribe (RFC 8058)',
  'req.one-click-unsubscribe.rule':
    'Bulk senders’ marketing and subscribed messages need List-Unsubscribe with an https URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, both covered by a DKIM signature that passes and aligns. Transactional messages are exempt.',
  'req.one-click-unsubscribe.met': 'One-click unsubscribe is in place: {uri}, with List-Unsubscribe-Post, both signed by d={d}.',
  'req.one-click-unsubscribe.none': 'No List-Unsubscribe and no List-Unsubscribe-Post header (fine for a transactional message; marketing mail needs them).',
  'req.one-click-unsubscribe.incomplete': 'One-click unsubscribe is incomplete.',
  'req.one-click-unsubscribe.not-bulk': 'A bounce or an automatic reply is not marketing mail: one-click unsubscribe does not apply.',
  'req.one-click-unsubscribe.not-checked': 'The headers are present, but which fields the DKIM signature covers could not be checked here (no DNS).',
  'req.one-click-unsubscribe.no-list-unsubscribe': 'List-Unsubscribe-Post is present but List-Unsubscribe is missing.',
  'req.one-click-unsubscribe.no-https': 'List-Unsubscribe has no https URI (it has: {uris}).',
  'req.one-click-unsubscribe.no-post': 'List-Unsubscribe-Post is missing.',
  'req.one-click-unsubscribe.bad-post': 'List-Unsubscribe-Post is “{value}”, not “List-Unsubscribe=One-Click”.',
  'req.one-click-unsubscribe.no-aligned-dkim': 'No DKIM signature passes aligned with {from}, so nothing vouches for these headers.',
  'req.one-click-unsubscribe.lu-not-signed': 'List-Unsubscribe is present but not signed: the passing aligned signature (d={d}) does not list it in h=.',
  'req.one-click-unsubscribe.post-not-signed': 'List-Unsubscribe-Post is present but not signed: the passing aligned signature (d={d}) does not list it in h=.',
  'req.one-click-unsubscribe.fix':
    'In the sending service, turn on one-click unsubscribe for marketing mail: it adds “List-Unsubscribe: <https://…>” and “List-Unsubscribe-Post: List-Unsubscribe=One-Click” and must include both in the DKIM signature’s h=.',
  'req.one-click-unsubscribe.differs':
    'Gmail and Yahoo require RFC 8058 one-click unsubscribe from bulk senders. Outlook.com asks for a working unsubscribe link but does not name one-click.',

  // ---- ptr-fcrdns
  'req.ptr-fcrdns.title': 'Reverse DNS of the sending IP (forward-confirmed)',
  'req.ptr-fcrdns.rule': 'The sending IP needs a PTR record whose name resolves back to the same IP.',
  'req.ptr-fcrdns.met': '{ip} has the PTR name {name}, which resolves back to {ip}.',
  'req.ptr-fcrdns.no-ptr': '{ip} has no PTR record ({reverse}: {status}).',
  'req.ptr-fcrdns.name-unresolved': 'The PTR name of {ip} ({names}) does not resolve (no {type} record), so it does not confirm the address.',
  'req.ptr-fcrdns.name-mismatch': 'The PTR name of {ip} ({names}) resolves to {addresses}, not back to {ip}.',
  'req.ptr-fcrdns.lookup-failed': 'The lookup of {name} for {ip} failed ({status}).',
  'req.ptr-fcrdns.not-public': '{ip} is not a public address; the sending server’s public IP is further down the Received path.',
  'req.ptr-fcrdns.no-ip': 'No client IP was found in the Received fields, so the reverse DNS could not be checked.',
  'req.ptr-fcrdns.not-checked': 'The reverse DNS of {ip} was not looked up.',
  'req.ptr-fcrdns.fix':
    'Whoever owns {ip} (the sending service or your hosting provider) must set its PTR record to a name whose A/AAAA record points back to {ip}. Shared service IPs are theirs to fix.',

  // ---- tls
  'req.tls.title': 'TLS on the connection to the receiver',
  'req.tls.rule': 'Mail must be sent over a TLS connection.',
  'req.tls.met': 'The receiver ({by}) recorded TLS: {evidence}.',
  'req.tls.not-met': 'The receiver ({by}) recorded no TLS: “with {with}”.',
  'req.tls.not-recorded': 'The Received field of {by} (line {line}) does not say whether TLS was used.',
  'req.tls.no-hop': 'No Received field of the receiver was found, so TLS cannot be seen.',
  'req.tls.fix': 'The sending server must use STARTTLS when the receiver offers it (most services do; check your own server’s TLS settings).',

  // ---- rfc5322
  'req.rfc5322.title': 'Message format (RFC 5322): one From, a Date, a Message-ID',
  'req.rfc5322.rule': 'Messages must follow the Internet Message Format (RFC 5322).',
  'req.rfc5322.met': 'One From with an address, one valid Date and one Message-ID.',
  'req.rfc5322.not-met': 'The header does not meet RFC 5322.',
  'req.rfc5322.from-count': 'There are {n} From fields; exactly one is required.',
  'req.rfc5322.from-no-address': 'From has no valid address: “{value}”.',
  'req.rfc5322.sender-missing': 'From lists {n} mailboxes but there is no Sender field.',
  'req.rfc5322.date-missing': 'There is no Date field.',
  'req.rfc5322.date-count': 'There are {n} Date fields; exactly one is required.',
  'req.rfc5322.date-invalid': 'The Date is not an RFC 5322 date: “{value}”.',
  'req.rfc5322.msgid-missing': 'There is no Message-ID field.',
  'req.rfc5322.msgid-count': 'There are {n} Message-ID fields; at most one is allowed.',
  'req.rfc5322.msgid-invalid': 'The Message-ID is not of the form <id@domain>: “{value}”.',
  'req.rfc5322.fix':
    'Fix the software that builds the message (one From, one Date, one Message-ID <id@domain>); sending services add Date and Message-ID when they are missing.',

  // ---- dkim-key-size
  'req.dkim-key-size.title': 'DKIM key of at least 1024 bits',
  'req.dkim-key-size.rule': 'Verifiers must not accept RSA keys shorter than 1024 bits (RFC 8301); 2048 bits is the usual choice. Ed25519 keys are fine.',
  'req.dkim-key-size.met': 'Key sizes: {keys}.',
  'req.dkim-key-size.weak': 'The key of d={d} s={s} has only {bits} bits.',
  'req.dkim-key-size.no-signatures': 'The message has no DKIM signature.',
  'req.dkim-key-size.not-checked': 'The keys were not fetched here (no DNS), so their size is unknown.',
  'req.dkim-key-size.no-key': 'No DKIM key record could be read, so the size is unknown.',
  'req.dkim-key-size.fix': 'Generate a 2048-bit RSA key for {d}, publish it under a new selector and switch signing to it; then remove the old key.',

  // ---- no-gmail-from-spoofing
  'req.no-gmail-from-spoofing.title': 'No @gmail.com From sent from outside Gmail',
  'req.no-gmail-from-spoofing.rule':
    'Do not put a gmail.com address in From unless the message is sent through Gmail; gmail.com publishes a DMARC quarantine policy.',
  'req.no-gmail-from-spoofing.not-gmail': 'From is not a Gmail address.',
  'req.no-gmail-from-spoofing.via-gmail': 'From is @{domain} and {domain} authenticates the message (SPF or DKIM passes aligned): it was sent through Gmail.',
  'req.no-gmail-from-spoofing.spoofed': 'From is @{domain} but DMARC is {result}: the message was not sent through Gmail.',
  'req.no-gmail-from-spoofing.unknown': 'From is @{domain}; whether it came through Gmail could not be checked.',
  'req.no-gmail-from-spoofing.fix':
    'Send from an address at your own domain (authenticated with SPF/DKIM), or send through Gmail’s own servers; keep the @{domain} address in Reply-To if replies should go there.',

  // ---- arc-for-forwarders
  'req.arc-for-forwarders.title': 'Forwarders seal with ARC',
  'req.arc-for-forwarders.rule': 'Whoever regularly forwards mail (mailing lists, inbound gateways) must add ARC headers.',
  'req.arc-for-forwarders.met': 'A forwarder sealed ARC ({sealers}) and the chain validates.',
  'req.arc-for-forwarders.broken': 'ARC sealed by {sealers}, but the chain fails (at i={instance}).',
  'req.arc-for-forwarders.unsealed': 'The message was forwarded ({header}) but no forwarder sealed ARC.',
  'req.arc-for-forwarders.list-id':
    'List-Id ({listId}) suggests a mailing list, but no ARC seal; if a list redistributed this message, it should seal ARC (bulk-mail services also set List-Id, so this is not certain).',
  'req.arc-for-forwarders.sender-seal': 'ARC sealed by {sealers}, but nothing shows the message was forwarded.',
  'req.arc-for-forwarders.no-forwarding': 'Nothing shows the message was forwarded.',
  'req.arc-for-forwarders.fix': 'This is for the forwarder or list operator, not the original sender: enable ARC sealing on the forwarding server or list.',

  // ---- spam-rate
  'req.spam-rate.title': 'Spam complaint rate',
  'req.spam-rate.rule': 'Keep the rate of messages users report as spam low.',
  'req.spam-rate.unknown':
    'Unknown from one message. Read it in Google Postmaster Tools ({postmaster}), Yahoo Sender Hub ({senderHub}) and Microsoft SNDS ({snds}).',
  'req.spam-rate.differs': 'Gmail: keep it below 0.1% and never reach 0.3% (Postmaster Tools). Yahoo: below 0.3%. Outlook.com publishes no number.',
} as const;
