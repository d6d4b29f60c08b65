// Diagnosis (src/lib/diagnosis): root causes, who must act, the verdict line.
export const diag = {
  'diag.title': 'What happened',
  'diag.others': 'Also found',
  'diag.whoActs': 'Who must act: {actor}',
  'diag.nothingInDns': 'Nothing to fix in your DNS',
  'diag.ownerActs': 'Your DNS needs a change',
  'diag.notDecided': 'Not decided yet: DNS did not answer',
  'diag.setupActs': 'Your sending setup needs a change',
  'diag.nothingRequired': 'Nothing required: DMARC passes',
  'diag.alternative': 'Either this or the other fix marked “either” is enough',
  'diag.either': 'either',
  'diag.optionalFor': 'Optional for {actor}',
  'diag.recommendedFor': 'Recommended for {actor}',
  'diag.or': ' or ',
  'diag.toFixRequired': 'Required:',
  'diag.withheld.title': 'No records to publish: {actor} must act',
  'diag.withheld.none': 'No records to publish: this was not your mail',
  'diag.withheld.unrecognised': 'No sender records proposed: the sender is not recognised as one of {domain}’s',
  'diag.withheld.nullSender': 'No custom MAIL FROM: a bounce or auto-reply keeps MAIL FROM empty, and SPF is checked for the HELO name {helo}',
  'diag.how.body-appended': 'a footer was appended to the body',
  'diag.how.body-footer-in-part': 'a footer was inserted into the MIME structure',
  'diag.how.body-reencoded-qp': 'the body was re-encoded (quoted-printable)',
  'diag.how.body-reencoded-base64': 'the body was re-encoded (base64)',
  'diag.how.body-line-endings-crcrlf': 'the line endings were changed',
  'diag.how.body-line-endings-lf': 'the line endings were changed',
  'diag.how.body-bare-lf': 'the line endings were changed',
  'diag.how.body-whitespace-changed': 'whitespace in the body was changed',
  'diag.how.body-missing': 'the body was removed',
  'diag.how.body-changed': 'the body was changed',
  'diag.how.subject-tag': 'the Subject was tagged',
  'diag.how.headers': 'signed header fields were changed',
  'diag.spoof-display-address':
    'The From field shows “{shown}” in its display name, but the real sender address is {real}: a known trick to pose as someone else. Treat the message as spoofing; the domain shown has nothing to fix.',
  'diag.spoof-nonexistent-domain':
    'The From domain {domain} does not exist in DNS, so no real mail can come from it: this is spoofing. The DMARC policy applied to it: {policy}. Nothing to fix; publish nothing for its sender.',
  'diag.spoof-unrecognised-sender':
    'Neither SPF nor a DKIM key of {domain} nor a known sending service vouches for this message (client IP {ip}, SPF {spf} for {mailFrom}): it may be spoofing, and your policy ({policy}) is what protects you. How to tell: if you do not recognise the server in the Received lines, it is not yours; publish nothing for it. If it is yours, find out which service sent it and add that service’s own documented records.',
  'diag.dns-unavailable':
    'DNS did not answer for {name} (temperror): receivers that see this defer the message or treat the check as failed. Nothing to publish; if it persists, the DNS servers for {name} must answer reliably.',
  'diag.dmarc-duplicate-records':
    '{name} publishes {count} DMARC records. Receivers discard all of them (RFC 9989 4.10), so no DMARC policy applies. Keep exactly one: delete the others, never add another.',
  'diag.receiver-gateway':
    'The receiver runs {gateway} in front of {platform}: {platform} checked SPF against the gateway’s address ({ip}), not your server. This is the receiver administrator’s fix ({setting} in {platform}, which makes {platform} look past the gateway); nothing to fix in your DNS.',
  'diag.gateway-modified':
    '{gateway} also changed the message ({how}), so the DKIM signature of {d} no longer verifies when {platform} checks it. That too is the receiver’s to fix (the same setting, or ARC from the gateway that {platform} trusts); your key and your DNS are fine.',
  'diag.mailing-list-modified':
    'This message went through the mailing list {list}, which changed it ({how}), so the DKIM signature of {d} no longer verifies and DMARC for {domain} fails. The list operator must act: rewrite From to the list’s address, or stop modifying messages (or add ARC). Nothing to fix in your DNS.',
  'diag.mailing-list-from-rewritten':
    'The mailing list {list} rewrote the From field to its own address (“via”), so DMARC is evaluated for {domain}, the list’s domain, not the author’s. Nothing for the author to fix.',
  'diag.mailing-list': 'This message went through the mailing list {list}; DMARC for {domain} still passes. Nothing to fix.',
  'diag.forwarded-broken':
    'This message was forwarded by {by}: SPF now checks the forwarder’s server ({ip}), which {domain}’s SPF cannot and should not authorise, and no DKIM signature aligned with {domain} passed (ARC: {arc}). The forwarder must act (rewrite the envelope with SRS, stop modifying, seal with ARC). What {domain} can still do: sign all mail with an aligned DKIM key, which survives plain forwarding.',
  'diag.forwarded-survived':
    'This message was forwarded by {by}. SPF now checks the forwarder’s server, so it no longer aligns with {domain}, but the aligned DKIM signature of {domain} survived, so DMARC passes: nothing to fix.',
  'diag.bounce':
    'This is a bounce (empty Return-Path, MAIL FROM <>). Its MAIL FROM must stay empty, so SPF is checked for the HELO name {helo} (result {spf}). Never add a custom MAIL FROM to bounces: publish SPF for the HELO name instead, or sign bounces with an aligned DKIM key.',
  'diag.auto-reply':
    'This is an automatic reply (HELO {helo}, SPF {spf}). Auto-replies often leave from another server or with an empty MAIL FROM: SPF for the HELO name, or an aligned DKIM signature on auto-replies, fixes it.',
  'diag.dkim-key-missing':
    'The DKIM key {name} is not in DNS, so the signature of {d} (selector {s}) cannot verify. Publish the key the signing service shows for selector {s} (type {keyType}).',
  'diag.dkim-key-revoked':
    'The DKIM key {name} is revoked (empty p=), so the signature of {d} (selector {s}) cannot pass. Have the service sign with a current selector, or publish the current key for {s}.',
  'diag.dkim-key-too-small':
    'The DKIM key {name} is only {bits} bits: receivers refuse RSA keys under 1024 bits (RFC 8301). Generate a 2048-bit key at the signing service and publish it.',
  'diag.dkim-key-mismatch':
    'The body hash of the {d} signature matches, but the signature itself does not verify with the key at {name}: the published key is not the one the service signs with (or it is broken), or a signed header was changed on the way. Publish the key the service shows for selector {s} (type {keyType}).',
  'diag.message-modified':
    'The message was changed after it was signed ({how}), so the DKIM signature of {d} no longer verifies. The key is fine: nothing in DNS fixes this. Whatever changes the message (a disclaimer, a gateway, a relay) must do it before signing, or the signing must happen last.',
  'diag.header-modified':
    'A signed header field was changed after signing (the z= copies show which), so the DKIM signature of {d} no longer verifies. The key is fine: nothing in DNS fixes this.',
  'diag.spf-duplicate-records': '{domain} has {count} SPF (v=spf1) records; more than one is a permerror (RFC 7208 4.5). Merge them into one record.',
  'diag.spf-syntax-error':
    'The SPF record of {domain} has a syntax error at “{term}”, so it is a permerror for every receiver (RFC 7208 4.6). Correct that term.',
  'diag.spf-too-many-lookups':
    'The SPF record of {domain} needs {lookups} DNS lookups in the worst case and this evaluation reached the limit of 10: permerror (RFC 7208 4.6.4). Reduce the lookups to 10 or fewer.',
  'diag.spf-lookups-latent':
    'The SPF record of {domain} needs up to {lookups} DNS lookups; this message needed {used}, but mail matched further down the record gets permerror (limit 10, RFC 7208 4.6.4). Reduce the lookups before it fails.',
  'diag.spf-not-authorised':
    'The MAIL FROM domain {domain} aligns, but its SPF record does not authorise the server {ip} that sent this message (SPF {result}). Add the sending service’s documented mechanism to that record.',
  'diag.strict-alignment':
    'The DMARC record of {domain} sets {tag} (strict alignment): {identifier} passes but is not exactly {domain}, so it does not count. Use {domain} itself as the identifier, or relax the mode.',
  'diag.service-mail-from-not-aligned':
    'SPF passes for {mailFrom}, the MAIL FROM of {service}, but that domain does not align with {domain}. Set a custom MAIL FROM (return-path) under {domain} in {service}’s console and publish the records it shows.',
  'diag.spf-pass-all':
    'The SPF record of {domain} contains "{term}" (itself or in a record it includes): every server on the Internet passes SPF as {domain}, so this SPF pass (and a DMARC pass that rests on it) says nothing about who sent the message. List the servers and services that send for {domain} (ip4:, include:), then end the record with ~all or -all.',
  'diag.several-from-domains':
    'The From field names several domains ({domains}). DMARC evaluates each of them, and the message fails if one fails (RFC 9989 11.5); here it fails for {failing}. Many receivers reject such messages outright. Nothing in DNS changes this: if the message is yours, send it with one From address.',
  'diag.dkim-signed-header-changed':
    'The body hash of the {d} signature matches, but the signature over the headers does not verify. The key at {name} is a CNAME to {target}, published and rotated by the service, so the likely cause is a signed header changed on the way (a relay rewriting Date, Subject or Message-ID), not the key. Look at the relays between the service and the receiver. Only if {target} is not the target the service shows for selector {s} (two selectors swapped) is DNS the cause: then correct the CNAME.',
  'diag.dkim-body-length-limit':
    'The DKIM signature of {d} has l={l}: only the first {l} of {canonical} body bytes are signed, and the last {unsigned} are not. Anyone holding one signed message can append text and resend it from any server (RFC 6376 8.2), as this copy from {ip} may have been, so this pass does not show who sent it. Have the service sign the whole body (no l= tag), and do not authorise {ip} on the strength of this signature.',
  'diag.service-spf-cannot-align':
    'SPF passes for {mailFrom}, the MAIL FROM of {service}, which does not align with {domain}. {service} keeps the MAIL FROM on its own domain (its console has no custom MAIL FROM for shared sending), so SPF cannot align through it: DKIM with d={domain} is the route.',
  'diag.spf-not-aligned':
    'SPF passes for {mailFrom}, but that domain does not align with {domain}: a MAIL FROM under {domain} is needed for SPF to count for DMARC.',
  'diag.dkim-not-aligned':
    'DKIM passes, but only for {d}, which does not align with {domain}. Have {service} sign with d={domain} (domain authentication in its console) and publish the records it shows.',
  'diag.policy-from-sp': '{domain} has no DMARC record of its own: the sp= policy ({policy}) of {record} applies to it.',
  'diag.policy-from-np': '{domain} does not exist, so the np= policy ({policy}) of {record} applies to it.',
  'diag.dmarc-missing':
    'No DMARC record applies to {domain}: receivers apply no DMARC policy and send no reports. Publish one at _dmarc.{org}, starting with p=none.',
  'diag.nothing-to-fix':
    'DMARC passes for {domain}, on an aligned identifier ({via}). Nothing needs fixing for this message; recommendations, if any, are below.',
} as const;
