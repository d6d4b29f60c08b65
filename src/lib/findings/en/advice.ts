// The fix advisor's record-level texts: SPF repair, merge and the 10-lookup limit, duplicate
// DMARC records, SPF for the HELO name of bounces, records already published.
export const advice = {
  // SPF repair: one text per kind of change (what was written → what it becomes, and why)
  'advice.spf.fix.typographic': 'Typographic characters (curly quotes, non-breaking spaces, long dashes) replaced by their plain ASCII forms.',
  'advice.spf.fix.spacing': 'Quotes, tabs and repeated spaces removed: terms are separated by single spaces (RFC 7208 4.6.1).',
  'advice.spf.fix.version': '"{was}" → "v=spf1": the record must start with exactly v=spf1 (RFC 7208 4.5).',
  'advice.spf.fix.joined': '"{was}" → "{now}": the space after ":" split one term in two.',
  'advice.spf.fix.punctuation': '"{was}" → "{now}": terms are separated by spaces, not by commas or semicolons.',
  'advice.spf.fix.split-list': '"{was}" → "{now}": one address or range per term.',
  'advice.spf.fix.mechanism-name': '"{was}" → "{now}": the mechanisms are written ip4, ip6, include, a, mx, ptr, exists and all (RFC 7208 5).',
  'advice.spf.fix.mechanism-separator': '"{was}" → "{now}": a mechanism takes its argument after ":"; "=" is for the modifiers redirect and exp.',
  'advice.spf.fix.modifier-separator': '"{was}" → "{now}": redirect and exp are modifiers, written with "=" (RFC 7208 6).',
  'advice.spf.fix.modifier-duplicate': '"{was}" removed: the same modifier twice is a permerror (RFC 7208 6).',
  'advice.spf.fix.all-duplicate': '"{was}" removed: it came after "{kept}", so it was never evaluated.',
  'advice.spf.fix.all-conflict': '"{was}" removed: it came after "{kept}", which is the one in force today. If you meant "{was}", change "{kept}" yourself.',
  'advice.spf.fix.all-last':
    '"{all}" moved to the end: the terms after it ({after}) were never evaluated (RFC 7208 4.6.2). They take effect now: remove any you do not mean.',
  // SPF syntax error, in the "repair the SPF record" fix
  'advice.spf.syntax.why': 'its SPF record "{record}" has a syntax error, and a syntax error anywhere makes every check of it a permerror (RFC 7208 4.6)',
  'advice.spf.syntax.replace': 'Replace the current record "{record}" at {name} with this corrected one (keep a single v=spf1 record). What changed:',
  'advice.spf.syntax.nofix':
    'No safe correction can be derived, so no record is proposed: {problems} Correct the term by hand (or remove it if the service is no longer used).',
  // several SPF records merged into one
  'advice.spf.merge.all': 'The records end differently ({alls}); the merged record keeps the strictest, "{all}".',
  'advice.spf.merge.redirect':
    '"{was}" became "include:{domain}": the merged record has an all term, and redirect is ignored when there is one (RFC 7208 6.1).',
  'advice.spf.merge.exp': 'The records have different exp= modifiers; the merged record keeps "{kept}".',
  'advice.spf.merge.lookups': 'The merged record needs up to {lookups} DNS lookups in the worst case (counted with our own SPF engine).',
  // more than 10 DNS lookups
  'advice.spf.limit.title': 'Bring the SPF record of {name} within 10 DNS lookups',
  'advice.spf.limit.latent':
    'The SPF record of {name} needs up to {lookups} DNS lookups in the worst case; the limit is 10 (RFC 7208 4.6.4). This message matched before the limit, but a sender that matches only after the 10th lookup gets permerror, which DMARC treats as a failure.',
  'advice.spf.limit.proposal':
    'The proposed record needs at most {lookups} DNS lookups (was {before}), checked with our own SPF engine, and authorises the senders the current one authorises today. How it was built:',
  'advice.spf.limit.step.duplicate': '"{term}" appeared twice: kept once.',
  'advice.spf.limit.step.nested': '"{term}" dropped: {via} already includes it.',
  'advice.spf.limit.step.own-hosts': '"{term}" replaced by the addresses it resolves to now ({now}); update them when those hosts change.',
  'advice.spf.limit.step.flattened': '"{term}" flattened into the {count} ip4/ip6 ranges it publishes now.',
  'advice.spf.limit.stale':
    'Trade-off: flattened addresses go stale. When the provider behind {domains} changes its addresses, mail from the new ones fails SPF until you update this record. Check it regularly, and go back to the include as soon as the count allows (for example after removing a service you no longer use).',
  'advice.spf.limit.none':
    'No record within 10 lookups can be built safely from what these includes publish now (macros, exists, ptr or exceptions cannot be flattened): remove includes of services you no longer use, or ask the providers for a smaller include.',
  // duplicate DMARC records
  'advice.dmarc.dup.title': 'Keep one DMARC record at {name}',
  'advice.dmarc.dup.explain':
    '{name} has {count} DMARC records: {records}. With more than one, receivers discard them all (RFC 9989 4.10; RFC 7489 6.6.3), so none of these policies applies to mail from {from}.',
  'advice.dmarc.dup.keep-one': 'Keep "{record}": it already has the strictest policy and every report address. Delete the other record at {name}.',
  'advice.dmarc.dup.keep': 'Keep "{record}": it already has the strictest policy and every report address. Delete the other {others} records at {name}.',
  'advice.dmarc.dup.replace':
    'Publish this merged record and delete the {count} current ones at {name}: it keeps the strictest policy of them ({policy}) and the report addresses of all of them.',
  'advice.dmarc.dup.enforce-now':
    'While there are {count} records, no DMARC policy applies, so mail that fails DMARC is delivered today. Once one record is left, p={policy} applies at once: first check in the aggregate (rua) reports that every service sending as {from} passes with alignment; if you are not sure, publish it with p=none for a few weeks, then raise it.',
  'advice.dmarc.dup.conflict': 'The records disagree on {tag} ({values}); the merged record uses {tag}={value}. Change it if you meant the other.',
  'advice.dmarc.dup.inherited': 'Until then, mail from {from} gets the policy of {record} ({policy}) instead.',
  // bounces: SPF for the HELO name
  'advice.helo.title': 'Publish SPF for the HELO name {helo}',
  'advice.helo.explain':
    'This is a bounce or an auto-reply: its MAIL FROM is empty (Return-Path: <>), and it must stay empty, so SPF is checked for the HELO name {helo} (postmaster@{helo}, RFC 7208 2.3). {helo} is under {org}: an SPF record there that authorises the sending server makes SPF pass for a domain that aligns with {from}.',
  'advice.helo.a':
    'The record authorises the addresses {helo} itself resolves to ("a"): the HELO name must resolve to the sending server. If it does not, list the server\'s addresses with ip4:/ip6: instead.',
  'advice.helo.strict':
    'Your DMARC record sets aspf=s: SPF for {helo} aligns only if it is exactly {from}. For bounces, an aligned DKIM signature (d={from}) is the way.',
  'advice.helo.replace': 'Replace the current record "{record}" at {helo} with this one (keep a single v=spf1 record).',
  'advice.helo.has-a':
    '{helo} already authorises its own addresses ("a" is in "{record}"), so the HELO name does not resolve to the server that sent this message. Point the name at that server, or add the server\'s addresses with ip4:/ip6:.',
  'advice.helo.no-custom': "Do not give bounces a custom MAIL FROM: a bounce's MAIL FROM must stay empty (RFC 5321 4.5.5), or bounces could loop.",
  'advice.helo.other-title': 'Bounces from {helo}: not your DNS',
  'advice.helo.other-explain':
    'This is a bounce or an auto-reply: its MAIL FROM is empty (Return-Path: <>), and it must stay empty, so SPF is checked for the HELO name {helo}, which is not under {org}. Only its operator can publish SPF for it. What you can do: have the system that sends these messages sign them with DKIM d={from}.',
  'advice.helo.unknown': "the server's HELO name",
  // records already in DNS
  'advice.published.record': 'Already published: {type} {name} {found}. Nothing to add.',
  'advice.published.all':
    'Every record of this fix is already in DNS, so this message did not use them: it was sent before they were published, or the service is not yet set to use them (see the steps).',
  'advice.published.different': 'Now at {name}: {found}. {diff}',
} as const;
