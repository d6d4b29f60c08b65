// Opening a share link: the sender's verdicts beside this re-run, and why they differ.
export const share = {
  'share.cmp.title': 'The sender’s results and this view',
  'share.cmp.intro':
    'This link carries what the sender’s page concluded on {at}. This page re-ran every check here; where a result differs, the reason is given.',
  'share.cmp.introV1': 'This link was made by an older version: it carries the message only, not the sender’s results, so nothing can be compared.',
  'share.cmp.same': 'Every check gives the sender’s result.',
  'share.cmp.check': 'Check',
  'share.cmp.sender': 'Sender',
  'share.cmp.here': 'This view',
  'share.cmp.receiver': 'Receiver',
  'share.cmp.why': 'Why',
  'share.cmp.status.same': 'same',
  'share.cmp.status.differs': 'differs',
  'share.cmp.status.not-verifiable': 'not verifiable in this view',
  'share.reason.masked-signature':
    'The signature covers a header field the sender masked before sharing, so it cannot verify here. That is not a failure: the sender’s and the receiver’s results stand.',
  'share.reason.masked-ip':
    'The sender masked the client IP: SPF here is checked for a documentation address that no SPF record lists. The sender’s and the receiver’s results stand.',
  'share.reason.masked-local': 'The sender masked address local parts, which this check depends on. The sender’s and the receiver’s results stand.',
  'share.reason.dns-changed': 'DNS changed since the link was made: {names} answer differently now.',
  'share.reason.dns-unreachable': 'DNS could not be reached from this page, so the check could not be repeated.',
  'share.reason.follows': 'Follows from the SPF/DKIM differences above.',
  'share.reason.unexplained': 'The link gives no reason: perhaps another DNS resolver, or the link was edited.',
  'share.dmarc.senders':
    'This is the sender’s DMARC verdict, as the link carries it: this view cannot re-check it, because the signatures or the client IP it rests on were masked before sharing.',
  'share.dkim.notVerifiable': 'Not verifiable in this view (masked before sharing) — sender: {sender}, receiver: {receiver}.',
  'share.spf.notVerifiable': 'Not verifiable in this view (the client IP was masked before sharing) — sender: {sender}, receiver: {receiver}.',
  'share.dmarcStep.senders':
    'The sender’s verdict: DMARC {result}{policy}. This view cannot re-check it, because the signatures or the client IP it rests on were masked before sharing.',
  'share.fix.hidden': 'Not shown: {problems} — they would only follow from values masked before sharing.',
  'share.fix.senderOnly': 'The sender was also shown these fixes, which this re-run does not give (DNS may have changed since):',
  'share.fix.localOnly': 'This re-run proposes fixes the sender was not shown: {problems}.',
  'share.unknown': 'not given',
  // Share panel: what redaction will change in the shared view (share/redact.ts warnings, by code)
  'share.warning.redaction-breaks-dkim':
    "The DKIM signature of {d} (selector {s}) covers {headers}, which redaction changed, so it will not verify in the shared view. That is expected: the receiver's Authentication-Results show whether it verified on delivery.",
  'share.warning.redaction-breaks-arc':
    "The ARC message signature of {d} (selector {s}) covers {headers}, which redaction changed, so it will not verify in the shared view. That is expected: the receiver's Authentication-Results show whether it verified on delivery.",
  'share.warning.field-itself': 'the {field} field itself',
  'share.warning.redaction-masks-ip':
    "IP addresses were replaced by documentation addresses (192.0.2.x, 2001:db8::), so the shared view checks SPF for a masked client IP that the sender's SPF record does not list. The receiver's Received-SPF and Authentication-Results keep the result on delivery.",
  'share.warning.redaction-body-removed':
    'The body is not shared, so DKIM body hashes cannot be checked in the shared view (the header signatures still can, unless redaction changed a signed header).',
} as const;
