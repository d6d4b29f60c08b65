// The fix planner (src/lib/advice/plan.ts): the fixes for one message's SPF, DKIM and DMARC; and
// the live check of a fix's records (src/lib/advice/check.ts, plan.check.*).
export const plan = {
  // why a fix matters: the other mechanism (the planner's sentences "for this message")
  'plan.other.spf-second':
    'DMARC passes for this message on DKIM alone; this fix adds SPF as a second aligned pass (useful when DKIM breaks, e.g. a signature invalidated on the way).',
  'plan.other.spf-needed': 'DMARC needs SPF or DKIM to pass aligned; neither does for this message, so DMARC fails until this (or the DKIM fix) is done.',
  'plan.other.dkim-second': 'DMARC passes for this message on SPF alone; an aligned DKIM signature survives forwarding, which SPF does not.',
  'plan.other.dkim-needed': 'DMARC needs SPF or DKIM to pass aligned; neither does for this message, so DMARC fails until this (or the SPF fix) is done.',
  // strict alignment (aspf=s, adkim=s) defeats a fix on a subdomain
  'plan.strict.aspf-way': 'With aspf=s, DKIM is the way: a signature with d={from} aligns even in strict mode.',
  'plan.strict.adkim-way':
    'With adkim=s only a signature with d={from} exactly aligns: ask the service to sign with the From domain itself, or rely on an SPF pass for {from}.',
  'plan.strict.identity':
    'Your DMARC record sets {tag} (strict alignment): the {what} must be exactly {from}, and this fix uses {identity}, which aligns in relaxed mode only. It does nothing for DMARC until you change {tag} to {relaxed} (relaxed, the default). {way}',
  'plan.strict.subdomain':
    'Your DMARC record sets {tag} (strict alignment): the {what} must be exactly {from}, and this fix uses a subdomain, which aligns in relaxed mode only. It does nothing for DMARC until you change {tag} to {relaxed} (relaxed, the default). {way}',
  // SPF aligned but not passing: authorise the sender
  'plan.spf.sender-docs': "the sending service's documentation on SPF",
  'plan.spf.sending-service': 'the sending service',
  'plan.spf.auth.title': 'Authorise {service} in the SPF record of {name}',
  'plan.spf.auth.explain':
    'The MAIL FROM domain {name} aligns with {from}, but SPF did not pass for it ({result}): its SPF record does not authorise the server that sent this message.',
  'plan.spf.auth.explain-add':
    'The MAIL FROM domain {name} aligns with {from}, but SPF did not pass for it ({result}): its SPF record does not authorise the server that sent this message. Adding {term} lets {service} send for {name}.',
  'plan.spf.auth.unverified': 'Unverified: {term} rests on {source}; use the value {service} shows.',
  // SPF aligned but permerror: repair the record
  'plan.spf.permerror.why-broken':
    'its SPF record is broken (a syntax error, more than 10 DNS lookups, more than 2 void lookups, or more than one v=spf1 record)',
  'plan.spf.permerror.why-several': '{name} has {n} v=spf1 records; more than one is a permerror (RFC 7208 §4.5), even if they are identical',
  'plan.spf.permerror.merge': 'Delete the {n} current v=spf1 records at {name} ({list}) and publish this single merged one.',
  'plan.spf.permerror.why-lookups': 'its SPF record needs {lookups} DNS lookups in the worst case; more than 10 is a permerror (RFC 7208 §4.6.4)',
  'plan.spf.permerror.trim-includes':
    'Remove includes of services you no longer use, or replace nested includes by ip4:/ip6: ranges the service publishes (and keep them up to date).',
  'plan.spf.permerror.merged-lookups': 'The merged record still needs up to {lookups} lookups: more than 10 is a permerror too (RFC 7208 §4.6.4).',
  'plan.spf.permerror.title': 'Repair the SPF record of {name}',
  'plan.spf.permerror.explain': 'The MAIL FROM domain {name} aligns with {from}, but SPF ended in permerror: {why}. Receivers then treat SPF as failed.',
  // a proposed v=spf1 record where one may already be: how caveats name an SPF record (not shown), and the warnings
  'plan.spf.mention': 'SPF record',
  'plan.spf.warn.has-one':
    '{name} already has an SPF record ("{record}"): publishing this one as well makes {total} v=spf1 records, a permerror (RFC 7208 §4.5). Merge the terms into one record.',
  'plan.spf.warn.has-several':
    '{name} already has {n} SPF records: publishing this one as well makes {total} v=spf1 records, a permerror (RFC 7208 §4.5). Merge the terms into one record.',
  'plan.spf.warn.maybe':
    'If {name} already has a v=spf1 record, merge into it instead of adding a second: two v=spf1 records at one name are a permerror (RFC 7208 §4.5).',
  // DKIM: an aligned signature that fails
  'plan.dkim.key.meaning': 'the public key matching the private key that signs with s={selector}',
  'plan.dkim.key.where': "the sending service's DKIM / domain authentication settings",
  'plan.dkim.why.unchecked': 'the signature could not be checked',
  'plan.dkim.why.fail': 'the signature did not verify with the key published there',
  'plan.dkim.why.permerror': 'the key record at {name} is missing or unusable',
  'plan.dkim.why.policy': 'the key was refused (for example an RSA key shorter than 1024 bits)',
  'plan.dkim.why.other': 'it did not pass',
  'plan.dkim.failure.title': 'Repair the DKIM key for selector {selector} of {domain}',
  'plan.dkim.failure.explain':
    'A signature with d={domain} (which aligns with {from}) and s={selector} exists, but its result is {result}: {why}. The key at {name} must be the public half of the key the service signs with.',
  'plan.dkim.failure.revoked':
    'The key at {name} is revoked (empty p=), and a key is usually revoked on purpose (rotated, or leaked). Publish a key here only if the service still signs with selector {selector} and shows you its current public key; otherwise have it sign with its current selector and leave {name} revoked.',
  'plan.dkim.failure.changed':
    'If the key is right, the message was changed after signing (a mailing list, a forwarder adding a footer, a security gateway rewriting links): nothing in DNS fixes that; sign after the last change, or use ARC at the forwarder.',
  'plan.dkim.failure.long-key': 'A key longer than 255 characters must be split into several strings in one TXT record (the zone export does this).',
  // DMARC: no usable record
  'plan.dmarc.none.title-broken': 'Replace the unusable DMARC record of {org}',
  'plan.dmarc.none.title': 'Publish a DMARC record for {org}',
  'plan.dmarc.none.explain-broken':
    'The DMARC record found ("{record}") gives no usable policy, so receivers apply no DMARC processing. Start with p=none: nothing is blocked, and the aggregate reports (rua) show every service that sends as {org}. Once all of them pass aligned, move to quarantine, then reject.',
  'plan.dmarc.none.explain':
    'No DMARC record applies to {from}, so receivers apply no DMARC policy and send no reports. Start with p=none: nothing is blocked, and the aggregate reports (rua) show every service that sends as {org}. Once all of them pass aligned, move to quarantine, then reject.',
  'plan.dmarc.none.rua':
    '{rua} must be a mailbox you read (reports arrive daily from each large receiver), or the address of a DMARC report service; an address outside {org} needs an authorisation record at the service (<policy domain>._report._dmarc.<its domain>).',
  'plan.dmarc.none.covers-from':
    'Published at {org}, the record also covers {from} and every other subdomain (sp defaults to p). Add sp= for a different subdomain policy, or publish _dmarc.{from} for this name alone.',
  'plan.dmarc.none.covers-subdomains':
    'The record also covers every subdomain of {org} (sp defaults to p); add sp= for a different subdomain policy, and np= for names that do not exist (RFC 9989).',
  'plan.dmarc.none.bulk-senders': 'Large mailbox providers (Google, Yahoo) require a DMARC record, at least p=none, from bulk senders since February 2024.',
  'plan.dmarc.none.replace': 'Replace the current record; two v=DMARC1 records at {name} make both unusable.',
  // DMARC: the next step of the policy
  'plan.dmarc.policy.one-sample':
    'This message is one sample: before tightening, read the aggregate (rua) reports for a few weeks and make sure every service that sends as your domain passes aligned; otherwise their mail is quarantined or rejected.',
  'plan.dmarc.policy.testing':
    'The record has t=y (testing): receivers apply one step less than the policy says. Removing t=y makes the policy apply as written.',
  'plan.dmarc.policy.then-reject': 'After quarantine has run without surprises, the next step is p=reject.',
  'plan.dmarc.policy.sp-lower': 'sp={sp} keeps subdomains of {domain} at {sp}: raise it too once they pass aligned.',
  'plan.dmarc.policy.no-sp': "Without sp= the new policy covers every subdomain of {domain} as well; add sp=none if some subdomain's senders are not ready.",
  'plan.dmarc.policy.np': 'np=reject tells receivers to reject mail from subdomains that do not exist (RFC 9989 np tag), which only spoofers use.',
  'plan.dmarc.policy.from-sp':
    '{from} gets its policy from sp= of {record}: this raises it for every subdomain of {domain}. Publish _dmarc.{from} to set this name alone.',
  'plan.dmarc.policy.title': 'Move the DMARC policy of {domain} to {tag}={next}',
  'plan.dmarc.policy.explain':
    'This message passes DMARC on both SPF and DKIM, aligned. The policy in force is {policy}, which asks receivers to do nothing with mail that fails: spoofed mail as {from} is still delivered. {tag}={next} asks them to {action}.',
  'plan.dmarc.policy.explain-quarantine':
    'This message passes DMARC on both SPF and DKIM, aligned. The policy in force is quarantine: mail that fails goes to spam, so spoofed mail as {from} still reaches the recipient, in the spam folder. {tag}={next} asks receivers to {action}.',
  'plan.dmarc.policy.explain-testing':
    'This message passes DMARC on both SPF and DKIM, aligned. The policy in force is {policy} with t=y (testing), so receivers apply {applied} in its place (RFC 9989 t tag): {meaning} {tag}={next} without t=y asks them to {action}.',
  'plan.dmarc.policy.meaning-none': 'they do nothing with mail that fails, and spoofed mail as {from} is still delivered.',
  'plan.dmarc.policy.meaning-quarantine': 'mail that fails goes to spam, and spoofed mail as {from} still reaches the recipient, in the spam folder.',
  'plan.dmarc.policy.action-reject': 'reject it',
  'plan.dmarc.policy.action-quarantine': 'put it in spam',
  // DMARC: report addresses outside the organisation (RFC 7489 7.1)
  'plan.rua.entry': '{uri} ({domain})',
  'plan.rua.sep': ', ',
  'plan.rua.title-one': 'Authorise the external report address of {domain}',
  'plan.rua.title-many': 'Authorise the external report addresses of {domain}',
  'plan.rua.explain':
    'The DMARC record sends aggregate reports to {list}, outside {own}. Receivers send reports to another organisation only when it says it accepts them for {domain}: a TXT record "v=DMARC1" at <policy domain>._report._dmarc.<report domain> (RFC 7489 §7.1). Without it the reports are not sent.',
  'plan.rua.their-zone':
    'These records belong in the zone of the report domain, not in yours: if a report service runs it, it usually publishes them (or a wildcard) itself. This fix only lets you check.',
  'plan.rua.their-zones':
    'These records belong in the zone of the report domains, not in yours: if a report service runs it, it usually publishes them (or a wildcard) itself. This fix only lets you check.',
  // live check: a record that cannot be queried
  'plan.check.name.placeholder': 'The name {name} still holds {tokens}: fill in the real value to check this record.',
  'plan.check.name.placeholders': 'The name {name} still holds {tokens}: fill in the real values to check this record.',
  'plan.check.unsupported.type-at': 'Cannot check a {type} record at {name}.',
  'plan.check.unsupported.type-unnamed': 'Cannot check a {type} record without a name.',
  'plan.check.unsupported.at': 'Cannot check a record record at {name}.',
  'plan.check.unsupported.unnamed': 'Cannot check a record record without a name.',
  // live check: the query
  'plan.check.query.threw': 'The query {type} {name} failed: {error}',
  'plan.check.query.no-answer': 'no answer',
  'plan.check.query.failed': 'The query {type} {name} failed ({why}); try again later.',
  'plan.check.cname-in-the-way':
    'CNAME {name} → {target}: a CNAME cannot sit beside other records (RFC 1034 3.6.2); remove it before publishing the {type} records',
  'plan.check.missing.nxdomain': '(nothing: {name} does not exist)',
  'plan.check.missing.no-type': '(nothing: no {type} record at {name})',
  // live check: MX, CNAME, NS
  'plan.check.mx.only-others': '{name} has {n} MX records; it must have exactly one (the one expected), or the setup fails: remove the others.',
  'plan.check.mx.only-none': '{name} has {n} MX records and none is the one expected; it must have exactly that one.',
  'plan.check.mx.priority': 'The exchange is right but the priority is {priority}, expected {expected}.',
  'plan.check.mx.other': '{name} has an MX record, but not to {want}.',
  'plan.check.cname.other': '{name} is an alias of {target}, not of {want}.',
  'plan.check.ns.other': '{name} is delegated to {targets}, not to {want}.',
  // live check: TXT records
  'plan.check.txt.other-value': '{name} has a "{head}" record with another value.',
  'plan.check.txt.absent': '{name} has TXT records, but not this one.',
  'plan.check.list-sep': '; ',
  // live check: SPF records
  'plan.check.spf.absent': '{name} has TXT records but no v=spf1 record.',
  'plan.check.spf.several': '{name} has {n} v=spf1 records: that is a permerror (RFC 7208 §4.5). Merge them into one.',
  'plan.check.spf.lacks-first': 'The SPF record of {name} lacks {terms}',
  'plan.check.spf.late': '{terms} comes after "{end}", so it is never evaluated (RFC 7208 §4.6.2)',
  'plan.check.spf.clause-sep': '; ',
  'plan.check.spf.reason': '{why}.',
  // live check: DMARC records
  'plan.check.dmarc.absent': '{name} has TXT records but none starts with v=DMARC1.',
  'plan.check.dmarc.several': '{name} has {n} v=DMARC1 records: receivers then use none of them.',
  'plan.check.dmarc.tag-absent': '{tag}=(absent), expected {tag}={expected}',
  'plan.check.dmarc.tag-other': '{tag}={value}, expected {tag}={expected}',
  'plan.check.dmarc.testing': 't=y is still there',
  'plan.check.dmarc.no-rua': 'no rua= (no aggregate reports)',
  'plan.check.dmarc.differs': 'The record differs: {diffs}.',
  // live check: DKIM key records
  'plan.check.key.absent': '{name} has TXT records but no DKIM key (p=).',
  'plan.check.key.tag-absent': 'no {tag}=',
  'plan.check.key.revoked': 'p= is empty (the key is revoked)',
  'plan.check.key.tag-other': '{shown}, expected {tag}={expected}',
  'plan.check.key.differs': 'The key record differs: {diffs}.',
} as const;
