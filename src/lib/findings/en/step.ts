// The step-by-step story of a message (src/lib/report/steps.ts): author domain, envelope sender, SPF,
// SPF alignment, DKIM, DKIM alignment, DMARC record and policy, DMARC result, what to fix.
export const step = {
  // shared words of the alignment steps
  'step.strict': 'strict',
  'step.relaxed': 'relaxed',
  'step.receiverSays': 'The receiver recorded: ',
  'step.reverseParent':
    'The From domain {from} is a subdomain of {id}. Relaxed alignment holds in this direction too: only the organizational domains must match (a common belief says otherwise).',
  'step.reverseChild': '{id} is a subdomain of the From domain {from}: relaxed alignment holds.',
  'step.siblings': '{id} and {from} are different subdomains of the same organizational domain: relaxed alignment holds (in both directions).',
  'step.align.ruleRelaxed': 'Relaxed alignment: the two domains must share the organizational domain ({org}); either may be a subdomain of the other.',
  'step.align.ruleStrict': 'Strict alignment: the two domains must be identical.',
  'step.align.strictNote': 'The DMARC record asks for strict alignment, so a subdomain does not align: fixes that use a subdomain will not help.',

  // 1. author domain (From)
  'step.author.title': 'Author domain (From)',
  'step.author.summary': 'The message says it is from {address}. DMARC protects the domain {domain}.',
  'step.author.none': 'No author domain: the From header is missing or has no address, so DMARC cannot be evaluated.',
  'step.author.rule':
    'DMARC is about the domain in the From header, the one readers see. SPF and DKIM count for DMARC only when the domain they authenticate aligns with it.',
  'step.author.several': 'The From header names several domains ({domains}): each is evaluated and the strictest result applies.',

  // 2. envelope sender (MAIL FROM); where it was read from
  'step.env.title': 'Envelope sender (MAIL FROM)',
  'step.env.summary': 'The envelope sender (bounce address) is {address}, read from {source}. SPF checks its domain, {domain}.',
  'step.env.null': 'The envelope sender was empty (a bounce or automatic reply). SPF then checks postmaster@{helo}, the name the server gave in HELO.',
  'step.env.none': 'The envelope sender could not be found: there is no Return-Path, Received-SPF or smtp.mailfrom in the headers.',
  'step.env.rule':
    'SPF does not look at the From header: it checks the SMTP MAIL FROM domain (kept in Return-Path on delivery), or the HELO name for an empty MAIL FROM.',
  'step.env.fallback': 'There is no Return-Path header, so the address was taken from the receiver’s record instead.',
  'step.ev.nodata': 'NODATA (the name exists, no record of this type)',
  'step.src.return-path': 'the Return-Path header',
  'step.src.received-spf': 'the Received-SPF header (envelope-from)',
  'step.src.authentication-results': 'Authentication-Results (smtp.mailfrom)',
  'step.src.received': 'the envelope-from of the boundary Received field',

  // 3. SPF; where the client IP was read from
  'step.spf.ipAgree': '{source} names the same client IP ({ip}).',
  'step.spf.ipDiffer': '{source} names another client IP ({ip}): the receiver may have checked a different hop.',
  'step.spf.title': 'SPF',
  'step.spf.rule': 'SPF checks whether the IP address of the server that connected to the receiver is allowed by the SPF record of the MAIL FROM domain.',
  'step.spf.pass': 'SPF pass: {ip} is allowed to send mail for {domain}.',
  'step.spf.fail': 'SPF fail: {domain} does not allow {ip} to send its mail. {explanation}',
  'step.spf.softfail': 'SPF softfail: {domain} says {ip} is probably not allowed (~all).',
  'step.spf.neutral': 'SPF neutral: {domain} makes no statement about {ip}.',
  'step.spf.none': 'SPF none: {domain} publishes no SPF record (or the domain is not valid).',
  'step.spf.temperror': 'SPF temperror: a DNS lookup for {domain} failed temporarily.',
  'step.spf.permerror': 'SPF permerror: the SPF record of {domain} is broken, so it cannot be evaluated. {explanation}',
  'step.spf.policy': 'SPF result: policy.',
  'step.spf.missing': 'SPF could not be evaluated: the MAIL FROM or the client IP is unknown, and the receiver recorded no SPF result.',
  'step.spf.ipFrom': 'The connecting server was {ip} (HELO {helo}), taken from {source}.',
  'step.spf.lookups': 'The evaluation used {n} of the 10 DNS lookups SPF allows.',
  'step.spf.notOurs': 'This result is the receiver’s: it could not be recomputed here (offline, or no client IP in the headers).',
  'step.ipsrc.received': 'the Received line written by the receiving server',
  'step.ipsrc.received-spf': 'the Received-SPF header',
  'step.ipsrc.authentication-results': 'the comment in Authentication-Results',

  // 4. SPF alignment
  'step.spfa.title': 'SPF alignment',
  'step.spfa.yes': 'The MAIL FROM domain {id} aligns with the From domain {from} ({mode}), and SPF passed: this counts for DMARC.',
  'step.spfa.yesButNotPass': 'The MAIL FROM domain {id} aligns with {from} ({mode}), but SPF did not pass ({result}), so it does not count for DMARC.',
  'step.spfa.no': 'The MAIL FROM domain {id} does not align with the From domain {from} ({mode}): whatever SPF says, it cannot make DMARC pass.',

  // 5. DKIM signatures
  'step.dkim.title': 'DKIM signatures',
  'step.dkim.rule': 'A DKIM signature proves that the domain in d= signed the listed headers and the body, with the key published at <s>._domainkey.<d>.',
  'step.dkim.count': '{n} signature(s), {pass} passing.',
  'step.dkim.none': 'The message has no DKIM-Signature header.',
  'step.dkim.sig': 'd={d} s={s}',
  'step.dkim.result': '{result}: {reason}',
  'step.dkim.body.passPartial':
    'The body hash matches for the first {signed} of {canonical} bytes only (l={signed}): the last {unsigned} bytes are not signed, and anyone could have added them (RFC 6376 8.2).',
  'step.dkim.body.pass': 'The body hash matches: the body is as signed.',
  'step.dkim.body.fail': 'The body hash does not match: the body changed after signing.',
  'step.dkim.body.not-checked': 'The body was not checked (only the headers are here: pasted alone, or left out of a shared link); the header signature was.',
  'step.dkim.unsigned': 'Not covered by this signature: {headers}. These could have been changed or added after signing.',
  'step.dkim.signed': 'Signed headers: {headers}.',
  'step.dkim.bits': 'Key size: {bits} bits.',
  'step.dkim.chain': 'The key name is an alias: {chain}.',

  // 6. DKIM alignment
  'step.dkima.title': 'DKIM alignment',
  'step.dkima.yes': 'The passing signature by {d} aligns with the From domain {from} ({mode}): this counts for DMARC.',
  'step.dkima.alignedNotPass': 'The signature by {d} aligns with {from} but did not pass, so it does not count.',
  'step.dkima.no': 'No passing signature aligns with the From domain {from} ({mode}). Signed by: {d}.',
  'step.dkima.nosig': 'No DKIM signature, so DKIM cannot make DMARC pass.',

  // 7. DMARC record and policy
  'step.dmr.psl':
    'Organizational domains come from the RFC 9989 DNS tree walk. Where the RFC 7489 view is shown, it uses the Public Suffix List including its PRIVATE section (e.g. github.io, herokuapp.com), so two customers of one hosting service never align with each other; receivers that use only the ICANN section may see relaxed alignment there where we do not.',
  'step.dmr.title': 'DMARC record and policy',
  'step.dmr.found': 'Found the DMARC record at {name}. The policy that applies to this From domain is {policy} (from its {source} tag).',
  'step.dmr.none': 'No DMARC record was found for {from} or its parent domains: no DMARC policy applies.',
  'step.dmr.nofrom': 'No From domain, so no DMARC record was looked up.',
  'step.dmr.offline': 'The DMARC record could not be looked up offline.',
  'step.dmr.rule':
    'The receiver looks for a TXT record at _dmarc.<From domain>; if there is none it walks up the DNS tree (RFC 9989). p applies to the domain itself, sp to existing subdomains, np to subdomains that do not exist.',
  'step.dmr.rfc7489': 'Receivers that still follow RFC 7489 take the organizational domain from the Public Suffix List ({org}) and would look at {name}.',

  // 8. DMARC result
  'step.dm.title': 'DMARC result',
  'step.dm.rule': 'DMARC passes when SPF passes with an aligned MAIL FROM domain, or when a DKIM signature passes with an aligned d= domain. One is enough.',
  'step.dm.both': 'both SPF and DKIM passed and aligned',
  'step.dm.spfOnly': 'SPF passed and aligned (DKIM did not)',
  'step.dm.dkimOnly': 'DKIM passed and aligned (SPF did not: it relies on DKIM alone)',
  'step.dm.neither': 'neither SPF nor DKIM passed with an aligned domain',
  'step.dm.pass': 'DMARC pass: {why}.',
  'step.dm.fail': 'DMARC fail: {why}. The receiver is asked to apply the policy “{policy}”.',
  'step.dm.noneResult': 'DMARC none: no DMARC policy applies to this From domain.',
  'step.dm.error': 'DMARC {result}: it could not be evaluated.',
  'step.dm.pnone': 'With p=none nothing happens to failing mail beyond reports; with quarantine or reject it would land in spam or be refused.',

  // 9. what to fix
  'step.fix.title': 'What to fix',
  'step.fix.some': '{list}',
  'step.fix.none': 'Nothing needs fixing for this message.',
} as const;
