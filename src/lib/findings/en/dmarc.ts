// DMARC (src/lib/dmarc): record tags, policy discovery (RFC 9989 tree walk), evaluation steps.
export const dmarc = {
  // shared pieces: two sentences in a row, a missing value
  'dmarc.text.then': '{text} {next}',
  'dmarc.none': 'none',
  'dmarc.unknown': '(unknown)',
  // step titles
  'dmarc.title.author-domain': 'From domain',
  'dmarc.title.query': 'Query {n}: {name}',
  'dmarc.title.org-domain': 'Organizational domain',
  'dmarc.title.policy-record': 'DMARC record',
  'dmarc.title.rfc7489': 'Older receivers (RFC 7489)',
  'dmarc.title.multiple-from': 'Several From domains',
  'dmarc.title.record-unusable': 'Unusable record',
  'dmarc.title.policy': 'Policy',
  'dmarc.title.spf-alignment': 'SPF alignment',
  'dmarc.title.dkim-alignment': 'DKIM alignment',
  'dmarc.title.dkim-signature-alignment': 'DKIM signature {n} alignment',
  'dmarc.title.decided-by': 'Which rules decided',
  'dmarc.title.verdict': 'DMARC result',
  // one tree-walk query: its answers and what they mean
  'dmarc.query.nodata': '{name} TXT → no TXT records (NODATA)',
  'dmarc.query.failed':
    'The lookup of {name} failed ({error}). This is a temporary DNS error, so DMARC cannot reach a verdict until it succeeds (RFC 9989 5.3.6).',
  'dmarc.query.nxdomain': '{name} does not exist (NXDOMAIN): no DMARC record here.',
  'dmarc.query.no-txt': '{name} has no TXT records: no DMARC record here.',
  'dmarc.query.not-dmarc': '{n} TXT record(s) do not start with "v=DMARC1" and are ignored.',
  'dmarc.query.wrong-case': 'One looks like a DMARC record with the wrong case: the value "DMARC1" is case-sensitive, so "v=dmarc1" is not a DMARC record.',
  'dmarc.query.multiple':
    '{n} DMARC records were found at this one name; when there is more than one, all of them are discarded (RFC 9989 4.10). Publish exactly one.',
  'dmarc.query.found': 'Found one DMARC record: "{record}".',
  'dmarc.query.nothing': '{name}: nothing usable.',
  // the record's tags (RFC 9989 4.7, 4.8)
  'dmarc.record.empty': 'The DMARC record is empty.',
  'dmarc.record.too-long': 'The DMARC record is {length} characters long; only the first {max} are read.',
  'dmarc.record.version':
    'The record does not start with "v=DMARC1" (the version tag must come first and its value is case-sensitive), so it is not a DMARC record and is ignored (RFC 9989 4.7).',
  'dmarc.record.too-many-tags': 'More than {max} tags; the rest are ignored.',
  'dmarc.record.syntax': '"{part}" is not a valid tag=value pair; it is ignored (RFC 9989 4.8 says syntax errors are discarded). ',
  'dmarc.record.syntax.no-equals':
    '"{part}" is not a valid tag=value pair; it is ignored (RFC 9989 4.8 says syntax errors are discarded). A value needs a tag name and "=" in front of it.',
  'dmarc.record.second-version': 'A second "v" tag is ignored; the version tag must appear once, first.',
  'dmarc.record.duplicate-tag': 'The tag "{tag}" appears more than once; only the first value "{first}" is used.',
  'dmarc.record.unknown-tag': 'Unknown tag "{tag}" is ignored (RFC 9989 4.7: unknown tags MUST be ignored). Check it for a typo.',
  'dmarc.record.historic': '{why} (found {found})',
  'dmarc.record.historic.pct':
    'pct (percentage of mail to apply the policy to) was removed in RFC 9989 (Appendix A.6); receivers following RFC 9989 ignore it. Use t=y for testing instead.',
  'dmarc.record.historic.rf': 'rf (failure report format) was removed in RFC 9989 and is ignored.',
  'dmarc.record.historic.ri': 'ri (report interval) was removed in RFC 9989 and is ignored.',
  'dmarc.record.invalid-policy': '{tag}={value} is not a valid policy; it must be none, quarantine or reject (RFC 9989 4.7).',
  'dmarc.record.invalid-enum': '{tag}={value} is not valid (allowed: {allowed}); the default {tag}={default} is used instead (RFC 9989 4.8).',
  'dmarc.record.invalid-fo': 'fo={value} is not valid (a colon-separated list of 0 or 1, d, s); the default fo=0 is used.',
  'dmarc.record.fo-without-ruf': 'fo has no effect because the record has no ruf tag (RFC 9989 4.7).',
  // a record without a usable policy (RFC 9989 4.10.1): {what} is one of the three defects
  'dmarc.record.no-p-tag': 'has no p tag',
  'dmarc.record.invalid-p': 'has no valid p value',
  'dmarc.record.invalid-sp-np': 'has an invalid sp or np value',
  'dmarc.record.no-policy.assumed':
    'The record {what}. Because rua names a valid reporting address, receivers act as if it said p=none (RFC 9989 4.10.1): reports only, no enforcement.',
  'dmarc.record.no-policy.none':
    'The record {what} and no valid rua, so receivers apply no DMARC processing at all (RFC 9989 4.10.1). Add p=none (or stricter) and a rua=mailto: address.',
  // report URIs (rua, ruf)
  'dmarc.record.too-many-uris': '{tag} lists more than {max} URIs; the rest are ignored.',
  'dmarc.record.uri.size': '{tag}: the size limit "!{size}" on {uri} is obsolete syntax in RFC 9989 and is ignored; remove it.',
  'dmarc.record.uri.invalid': '{tag}: "{uri}" is not a URI (expected e.g. mailto:dmarc@example.com); it is ignored.',
  'dmarc.record.uri.scheme':
    '{tag}: "{uri}" is a {scheme}: URI. Receivers only have to support mailto: and ignore schemes they do not support (RFC 9989 4.7), so reports will probably not arrive.',
  'dmarc.record.uri.address': '{tag}: "{uri}" does not hold a valid e-mail address (expected mailto:name@domain); reports cannot be delivered to it.',
  // the organizational domain by tree walk (RFC 9989 4.10.2)
  'dmarc.org.psd-n': '_dmarc.{recordDomain} has psd=n, so {orgDomain} is the organizational domain.',
  'dmarc.org.psd-y':
    '_dmarc.{recordDomain} has psd=y (a public suffix domain), so the domain one label below it, {orgDomain}, is the organizational domain of {start}.',
  'dmarc.org.fewest-labels': 'Of the DMARC records found, the one with the fewest labels is at {orgDomain}, so that is the organizational domain of {start}.',
  'dmarc.org.start-domain': 'No DMARC record was found while walking up from {start}, so {start} is its own organizational domain.',
  // policy discovery (RFC 9989 4.10.1)
  'dmarc.discovery.invalid-domain': 'The From domain "{name}" is not a valid domain name, so DMARC cannot be evaluated (RFC 9989 5.3.1).',
  'dmarc.discovery.author-domain':
    'The Author Domain (the domain of the From header) is {domain}. Policy discovery asks for _dmarc.{domain} first, then walks up the DNS tree (RFC 9989 4.10.1).',
  'dmarc.discovery.multiple-records': '{name} publishes several DMARC records; all of them are discarded (RFC 9989 4.10). Keep exactly one.',
  'dmarc.discovery.version-case':
    '{name} has a record that starts like "v=DMARC1" but not exactly (the value is case-sensitive and must come first); it is ignored.',
  'dmarc.discovery.temperror': 'DNS failed during DMARC policy discovery ({error}); the result is temperror.',
  'dmarc.discovery.temperror-step': 'A DNS query failed before a DMARC record was found ({error}), so the policy is unknown: temperror (RFC 9989 5.3.6).',
  'dmarc.discovery.no-record': 'No DMARC record applies to {domain}: DMARC does not apply to this message (result none, RFC 9989 4.10.1).',
  'dmarc.discovery.own-record': '{domain} publishes its own DMARC record, so it applies and its p tag gives the policy.',
  'dmarc.discovery.psd-record':
    "{domain} has no record of its own and its organizational domain {orgDomain} has none either, so the public suffix domain's record at {recordDomain} (psd=y) applies.",
  'dmarc.discovery.org-record':
    '{domain} has no record of its own, so the record of its organizational domain {orgDomain} applies; for a subdomain the sp or np tag gives the policy.',
  'dmarc.discovery.walk-failed': 'The tree walk above {domain} failed ({error}); the organizational domain is unknown.',
  // what receivers still on RFC 7489 (Public Suffix List) would do
  'dmarc.rfc7489.would-use': 'would use {recordDomain} ("{record}")',
  'dmarc.rfc7489.would-find-none': 'would find no DMARC record',
  'dmarc.rfc7489.differs':
    'Receivers still following RFC 7489 look at _dmarc.{domain} and then at the Public Suffix List organizational domain ({org}): they {found}, whereas RFC 9989 discovery uses {recordDomain}. Results may differ between receivers.',
  'dmarc.rfc7489.differs.no-record':
    'Receivers still following RFC 7489 look at _dmarc.{domain} and then at the Public Suffix List organizational domain ({org}): they {found}, whereas RFC 9989 discovery finds no record. Results may differ between receivers.',
  'dmarc.rfc7489.org-differs':
    'Receivers still following RFC 7489 use the same record, but their Public Suffix List organizational domain is {org} where the RFC 9989 tree walk gives {orgDomain}; relaxed alignment can therefore differ between receivers.',
  'dmarc.rfc7489.extra-queries': 'extra queries: {names}',
  // the From domains (RFC 9989 5.3.1, 11.5)
  'dmarc.from.multiple':
    'The From header names {n} different domains ({domains}). RFC 9989 5.3.1 says DMARC cannot then be evaluated as usual; following 11.5, each domain was evaluated and the strictest outcome is reported: {domain} → {result}.',
  'dmarc.from.multiple.policy':
    'The From header names {n} different domains ({domains}). RFC 9989 5.3.1 says DMARC cannot then be evaluated as usual; following 11.5, each domain was evaluated and the strictest outcome is reported: {domain} → {result} (policy {policy}).',
  'dmarc.from.none': 'No domain could be taken from the From header, so DMARC cannot be evaluated (RFC 9989 5.3.1): permerror.',
  // the policy that applies (RFC 9989 4.10.1, 4.7 t=y)
  'dmarc.policy.record-unusable': 'The record at {recordDomain} has no usable policy and no valid rua, so no DMARC processing applies: result none.',
  'dmarc.policy.sp-from-p': '{policy} (no sp tag, so p is used)',
  'dmarc.policy.assumed': 'The record has no valid policy but a valid rua, so it acts as p=none (RFC 9989 4.10.1).',
  'dmarc.policy.own': "The record is {domain}'s own, so its p tag applies: p={policy}.",
  'dmarc.policy.exists-temperror': 'The existence test for {domain} failed ({error}), so it is unknown whether np or sp applies: temperror (RFC 9989 5.3.6).',
  'dmarc.policy.np': "{domain} does not exist (NXDOMAIN), so the record's np tag applies to it: np={policy}.",
  'dmarc.policy.exists': '{domain} exists (the A query did not return NXDOMAIN), so the subdomain policy applies: {policy}.',
  'dmarc.policy.subdomain':
    '{domain} is a subdomain of the policy domain {policyDomain}, so the subdomain policy applies: {policy}. The record has no np tag, so whether the domain exists makes no difference and was not tested.',
  'dmarc.policy.testing': 'The record has t=y (testing), so failing mail gets one level less: {applied} instead of {requested} (RFC 9989 4.7).',
  'dmarc.policy.pct': 'The pct tag is historic in RFC 9989 and was not applied.',
  // identifier alignment (RFC 9989 4.4)
  'dmarc.align.no-spf': 'No SPF result with a domain was given, so SPF cannot provide an aligned pass.',
  'dmarc.align.no-dkim': 'The message has no DKIM signature, so DKIM cannot provide an aligned pass.',
  'dmarc.align.too-many-signatures': 'Only the first {max} of {n} DKIM signatures were considered.',
  'dmarc.align.evidence.identifier': '{what} domain: {domain} (result {result})',
  'dmarc.align.evidence.author': 'From domain: {domain}',
  'dmarc.align.evidence.mode': 'mode: {mode}',
  'dmarc.align.strict.identical': '{domain} is identical to the From domain: aligned (strict mode).',
  'dmarc.align.strict.different': 'Strict mode requires {domain} to be identical to {author}; it is not: not aligned.',
  'dmarc.align.same-domain': '{domain} is the From domain itself: aligned.',
  'dmarc.align.relaxed': '{domain} and {author} share the organizational domain {orgDomain}: aligned (relaxed mode).',
  'dmarc.align.both-ways.parent':
    'Note: this holds in both directions. The From domain is a subdomain of {domain}, and a common belief says only one of the two directions aligns. Relaxed alignment compares organizational domains only, so both do (RFC 9989 Appendix B.1).',
  'dmarc.align.both-ways.child':
    'Note: this holds in both directions. {domain} is a subdomain of the From domain, and a common belief says only one of the two directions aligns. Relaxed alignment compares organizational domains only, so both do (RFC 9989 Appendix B.1).',
  'dmarc.align.unknown': 'The organizational domain of {domain} or {author} could not be determined because of a DNS error, so alignment is unknown.',
  'dmarc.align.different-org': '{domain} has organizational domain {orgDomain}, the From domain has {authorOrg}: different, so not aligned.',
  'dmarc.align.not-authenticated': '{what} did not pass ({result}), so this identifier cannot make DMARC pass whatever its alignment.',
  'dmarc.align.psl.aligned':
    'With the Public Suffix List (RFC 7489) the answer would be "aligned" (organizational domain {orgDomain}); RFC 9989\'s tree walk decides here.',
  'dmarc.align.psl.not-aligned':
    'With the Public Suffix List (RFC 7489) the answer would be "not aligned" (organizational domain {orgDomain}); RFC 9989\'s tree walk decides here.',
  // which rules decided: RFC 9989 against a receiver still on RFC 7489
  'dmarc.decided.same':
    'The verdict uses RFC 9989 (DNS tree walk for the organizational domain). A receiver still on RFC 7489 (Public Suffix List) reaches the same result.',
  'dmarc.decided.differs':
    'The verdict uses RFC 9989 (DNS tree walk for the organizational domain). A receiver still on RFC 7489 (Public Suffix List) would conclude {verdict}{record}{alignment}.',
  'dmarc.decided.verdict-policy': '{result} with policy {policy}',
  'dmarc.decided.record': ', using {recordDomain}',
  'dmarc.decided.no-record': ', using no record',
  'dmarc.decided.alignment': ', with different alignment',
  // the verdict (RFC 9989 5.3.5)
  'dmarc.verdict.pass': 'DMARC passes: {identifiers} authenticated a domain aligned with {domain}.',
  'dmarc.verdict.spf-and-dkim': 'SPF and DKIM',
  'dmarc.verdict.fail': 'DMARC fails: neither an SPF pass nor a DKIM pass comes with a domain aligned with {domain}.',
  'dmarc.verdict.none': 'No DMARC policy applies to {domain}: result none.',
  'dmarc.verdict.temperror': 'A DNS query failed, so DMARC could not reach a verdict: temperror. Try again later.',
  'dmarc.verdict.permerror': 'DMARC could not be evaluated: permerror.',
  'dmarc.verdict.policy': 'The policy for failing mail is {policy}.',
  'dmarc.verdict.policy.source': 'The policy for failing mail is {policy} (from {source}).',
  'dmarc.verdict.policy.testing': 'The policy for failing mail is {policy} (from {source}, lowered by t=y).',
} as const;
