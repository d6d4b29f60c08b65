// SPF (src/lib/spf): check_host steps, record syntax, macros, lint.
export const spf = {
  // a domain that check_host cannot ask about (RFC 7208 4.3)
  'spf.domain.empty': 'the domain is empty',
  'spf.domain.too-long': 'the domain is {length} characters long (at most 253)',
  'spf.domain.address-literal': '"{name}" is an address literal, not a domain name',
  'spf.domain.single-label': '"{name}" is not a fully qualified (multi-label) domain name',
  'spf.domain.empty-label': '"{name}" has an empty label',
  'spf.domain.long-label': '"{name}" has a label longer than 63 characters',
  'spf.domain.bad-characters': '"{name}" contains characters not allowed in a host name',
  'spf.domain.bad-top-label': '"{name}" does not end in a valid top-level label',
  // macro-string syntax (RFC 7208 7)
  'spf.macro.character': 'character {char} is not allowed here',
  'spf.macro.space': 'space',
  'spf.macro.end-of-text': 'end of text',
  'spf.macro.percent': "'%' must be followed by '{', '%', '_' or '-' (found {found})",
  'spf.macro.unterminated': "unterminated macro '%{'",
  'spf.macro.unknown-letter': "unknown macro letter '{letter}'",
  'spf.macro.explanation-letter': "macro letter '{letter}' is allowed only in explanation text (RFC 7208 7.2)",
  'spf.macro.zero-digits': "macro transformer '{digits}' must be a non-zero number",
  'spf.macro.not-closed': "macro '{macro}' is not closed by '}'",
  'spf.macro.domain-end': "'{spec}' does not end in a dot and a top-level label (RFC 7208 7.1)",
  'spf.macro.top-label': "'{top}' is not a valid top-level label in '{spec}' (RFC 7208 7.1)",
  // record syntax (RFC 7208 4.5, 4.6, 5, 6, 12)
  'spf.parse.not-spf': 'The text does not start with "v=spf1".',
  'spf.parse.duplicate-modifier': 'The "{modifier}" modifier appears more than once.',
  'spf.parse.too-many-terms': 'The record has more than {max} terms.',
  'spf.parse.non-ascii': 'a non-ASCII character',
  'spf.parse.control-character': 'the control character {code}',
  'spf.parse.bad-character': 'Term "{term}" contains {what}; terms are separated by spaces only.',
  'spf.parse.term': 'Term "{term}": {message}',
  'spf.parse.sentence': '{text}.',
  'spf.parse.modifier-name': '"{name}" is not a valid modifier name (it must start with a letter).',
  'spf.parse.modifier-as-mechanism': '"{name}" is a modifier and is written with "=" (e.g. {name}=example.com).',
  'spf.parse.unknown-mechanism': '"{name}" is not a known mechanism.',
  'spf.parse.all-argument': '"all" takes no argument.',
  'spf.parse.needs-domain': '"{mechanism}" needs a domain ("{mechanism}:example.com").',
  'spf.parse.unexpected': 'unexpected "{text}" after "{mechanism}".',
  'spf.parse.ip4-needs-address': '"ip4" needs an address ("ip4:192.0.2.0/24").',
  'spf.parse.ip4-not-address': '"{address}" is not an IPv4 address in dotted-quad form.',
  'spf.parse.ip4-dual-prefix': 'ip4 takes a single prefix length ("/24"), not a dual one.',
  'spf.parse.ip4-prefix': '"{prefix}" is not a valid IPv4 prefix length (0-32).',
  'spf.parse.ip6-needs-address': '"ip6" needs an address ("ip6:2001:db8::/32").',
  'spf.parse.ip6-not-address': '"{address}" is not an IPv6 address.',
  'spf.parse.ip6-dual-prefix': 'ip6 takes a single prefix length ("/64"), not a dual one.',
  'spf.parse.ip6-prefix': '"{prefix}" is not a valid IPv6 prefix length (0-128).',
  // lint of a domain's SPF setup (whatever the client address)
  'spf.lint.invalid-name': '"{name}" is not a valid domain name',
  'spf.lint.invalid-domain': 'Cannot lint SPF: {why}.',
  'spf.lint.internal': 'SPF lint stopped: internal error ({why}).',
  'spf.lint.no-record': '{domain} publishes no SPF record: mail from it gets SPF "none", and DMARC can only pass with DKIM.',
  'spf.lint.or-more': ' or more',
  'spf.lint.lookup-limit':
    "In the worst case evaluating {domain}'s SPF record takes {lookups}{more} DNS-querying terms (include, a, mx, ptr, exists, redirect); the limit is {limit}. A client that no term before the limit matches gets permerror, which DMARC treats as an SPF failure. Flatten or remove includes.",
  'spf.lint.void-limit':
    "Evaluating {domain}'s SPF record can make {voids} void lookups (names with no records); more than {limit} is permerror. Remove terms that point at names that do not exist.",
  'spf.lint.truncated':
    'The include/redirect tree of {domain} is too large to lint fully (stopped after {records} records, {depth} levels or {queries} queries); the numbers shown are lower bounds.',
  // one record of the tree ({where}: how it was reached, from spf.lint.via)
  'spf.lint.via': ' (reached via {path})',
  'spf.lint.dns-error': 'The TXT lookup for {domain}{where} failed ({status}); receivers that see the same get temperror.',
  'spf.lint.multiple-records':
    '{domain}{where} publishes {count} SPF records; there must be exactly one, so every check of it is permerror. Merge them into one record.',
  'spf.lint.syntax': '{domain}{where}: {problem} Any syntax error makes the whole record permerror.',
  'spf.lint.long-string': '{domain}: a TXT string is longer than 255 characters; split the record into several strings of one TXT record.',
  'spf.lint.redirect-ignored': '{domain}: "{term}" is ignored because the record has an "all" mechanism (RFC 7208 6.1).',
  'spf.lint.pass-all': '{domain}{where} has "{term}": it authorizes every host on the Internet to send as this domain.{scope} Use "-all" or "~all".',
  'spf.lint.pass-all.included': ' Because {domain} is included, the include matches every address too.',
  'spf.lint.neutral-all':
    '{domain}{where} ends with "{term}": unlisted hosts get "neutral", which protects nothing. Use "~all" or "-all" once all senders are listed.',
  'spf.lint.ptr':
    '{domain}{where} uses "{term}": ptr is slow, unreliable and "SHOULD NOT be used" (RFC 7208 5.5); some receivers ignore it. List the addresses with ip4:/ip6: or a: instead.',
  'spf.lint.void-a': '{domain}{where}: "{term}" points at {target}, which has no A or AAAA record (a void lookup every time it is evaluated).',
  'spf.lint.void-mx': '{domain}{where}: "{term}" points at {target}, which has no MX records (a void lookup; there is no fallback to its A record).',
  'spf.lint.mx-limit':
    '{domain}{where}: "{term}": {target} has {hosts} MX hosts; only {limit} may be looked up, so a client that is not among the first {limit} gets permerror.',
  // include and redirect targets ({role}: include or redirect)
  'spf.lint.macro-target': '{domain}: "{term}" depends on the sender or client (macros), so what it includes cannot be checked here.',
  'spf.lint.bad-target': '{domain}{where}: "{term}": {why}, so the {role} is a permerror when reached.',
  'spf.lint.loop': 'SPF {role} loop: {path}. Evaluation exceeds the {limit}-lookup limit (permerror) for every client that reaches "{term}".',
  'spf.lint.target-none':
    '{domain}{where}: "{term}" points at {target}, which publishes no SPF record; that is a permerror whenever the {role} is reached. Fix or remove it.',
  // DNS answer size (RFC 7208 3.4) and the deprecated SPF record type (3.1)
  'spf.lint.udp-size':
    'The TXT answer for {domain} is about {bytes} bytes, over the {limit}-byte limit of plain DNS over UDP: resolvers without EDNS must retry over TCP, and some SPF checks will fail with temperror. Shorten the SPF record ({length} characters) or remove unused TXT records.',
  'spf.lint.udp-near':
    'The TXT answer for {domain} is about {bytes} bytes, close to the {limit}-byte limit of plain DNS over UDP (RFC 7208 3.4 asks to keep SPF answers under it). Adding more will risk TCP fallbacks and temperrors.',
  'spf.lint.spf-rrtype':
    '{domain} still publishes a DNS record of type SPF (99). RFC 7208 deprecated that type and receivers only read TXT{differs}. Remove it.',
  'spf.lint.spf-rrtype.differs': '; this one also differs from the TXT record, which is confusing',
} as const;
