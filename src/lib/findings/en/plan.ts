// The fix planner (src/lib/advice/plan.ts): the fixes for one message's SPF, DKIM and DMARC; and
// the live check of a fix's records (src/lib/advice/check.ts, plan.check.*).
export const plan = {
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
  'plan.check.spf.lacks': 'the SPF record of {name} lacks {terms}',
  'plan.check.spf.late': '{terms} comes after "{end}", so it is never evaluated (RFC 7208 §4.6.2)',
  'plan.check.spf.clause-sep': '; ',
  'plan.check.spf.reason': '{why}.',
  // orthography, not shown: "yes" when a sentence that starts with a lower-case word gets a capital
  'plan.check.spf.capitalise': 'yes',
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
