// The receiver's view: trust boundary, SPF inputs, From spoofing tells, disagreement with the receiver.
export const recv = {
  'recv.received-gap':
    'The Received field on line {line} is dated {hours} hours after the one below it (line {below}): two deliveries glued together? The fields below may belong to an earlier delivery of this message.',
  'recv.from-encoded-word-address':
    'The From header’s address is written as an RFC 2047 encoded-word ("{raw}" decodes to "{decoded}"). RFC 2047 section 5 forbids encoded-words in an address, so this From has no valid address; mail programs may still show the decoded text as if it were the sender. This is a known phishing trick.',
  'recv.from-multiple-addresses':
    'The From header names {count} addresses ({addresses}). RFC 5322 then requires a Sender header, and many receivers reject such a message or apply DMARC to every author domain (RFC 7489 section 6.6.1).',
  'recv.from-display-name-address':
    'The From display name "{name}" carries an address ({shown}) that is not the one the message uses ({address}). Mail programs that show only the name make the message look as if it came from {shown}: a common spoofing trick.',
  'recv.assumed.label': 'assumed: no receiver results in the message',
  'recv.assumed.reason':
    'The message carries no Authentication-Results or Received-SPF from the receiving server, so the receiver’s boundary is assumed: the topmost Received field with a public client address (line {line}, client {ip}{helo}). If you know which server received the message, pick its hop instead.',
  'recv.ipsrc.received-spf': 'the receiver’s Received-SPF header (line {line})',
  'recv.ipsrc.authentication-results': 'the receiver’s Authentication-Results (line {line})',
  'recv.ipsrc.forefront': 'Microsoft 365’s X-Forefront-Antispam-Report CIP (line {line})',
  'recv.ipsrc.received': 'the boundary Received field (line {line})',
  'recv.ipsrc.assumed': 'the topmost Received field with a public client address (line {line}); assumed: no receiver results in the message',
  'recv.ipsrc.chosen': 'the hop you chose (line {line})',
  'recv.intermediary': 'Recorded by {by} before the receiving server’s block (line {line}{when}): what an intermediary saw, not this delivery’s verdict.',
  'recv.mailfrom-other-leg':
    'Return-Path names {returnPath}, but the receiver recorded MAIL FROM {mailFrom} for the delivery whose client IP is used; SPF is evaluated with {mailFrom} from the same delivery.',
  'recv.disagree.title': 'The receiving server and our DNS lookups disagree',
  'recv.disagree.receiver': '{by} recorded DMARC {dmarc} (SPF {spf}, DKIM {dkim}) when it received the message{when}.',
  'recv.disagree.ours': 'Our lookups now give DMARC {dmarc} (SPF {spf}, DKIM {dkim}).',
  'recv.disagree.reason.dkim-rule':
    'The receiver passed a DKIM signature that is invalid by rule: {signatures}. The rule decides here, not DNS: the signature does not count (RFC 6376).',
  'recv.disagree.reason.several-from':
    'The message has several From domains ({domains}). DMARC evaluates each of them, and the message fails if one fails (RFC 9989 11.5); the receiver’s verdict seems to cover only one.',
  'recv.disagree.reason.org-domain':
    'The receiver found the organizational domain with the Public Suffix List (RFC 7489: {psl}); this page uses the DNS tree walk of RFC 9989 ({tree}). The two give different alignment here; receivers that still use the list decide as this one did.',
  'recv.disagree.trust.rule': 'The difference comes from a rule, not from DNS at delivery time: read the reason above before trusting either verdict.',
  'recv.disagree.reason.dns-unreachable': 'Some of our DNS queries failed (timeout or server error), so our result may be incomplete.',
  'recv.disagree.reason.nxdomain':
    'Our lookup says {domain} does not exist (NXDOMAIN), yet the receiver authenticated mail for it: the DNS server we asked is probably wrong or filtered.',
  'recv.disagree.reason.dns-changed': 'The message is dated {date}; DNS records may have changed since it was delivered.',
  'recv.disagree.reason.different-ip': 'The receiver checked SPF for a different client or MAIL FROM than we could reconstruct.',
  'recv.disagree.reason.body-modified': 'The message was modified after it was signed (for example by a forwarder or by the copy-and-paste).',
  'recv.disagree.reason.unknown': 'No specific reason was found.',
  'recv.disagree.trust.receiver': 'Trust the receiver’s verdict: it saw the DNS as it was at delivery time. No fix is proposed from our view alone.',
  'recv.disagree.trust.ours': 'Our evaluation reflects the DNS published now; the receiver’s verdict reflects the DNS at delivery time.',
  'recv.antispam.dir-out':
    'DIR:OUT: this X-Forefront-Antispam-Report is the sending organisation’s outbound scan (Microsoft 365 of the sender), not the receiver’s verdict.',
  // the receiver's boundary, as the report states it (hopDetail.boundary.reason)
  'recv.boundary.reason':
    "The receiver's block is the run of trace fields at the top of the header, above the first Received field written by another organisation{foreign}. Its lowest Received field (line {line}) names the outside client ({client}); the Received fields below it were written by the sending side and can be forged.",
  'recv.boundary.foreign-line': ' (line {line})',
  'recv.boundary.unnamed': 'an unnamed address',
  // the receiver's own headers name another client IP than the one SPF is evaluated for
  'recv.ip-mismatch':
    "The receiver's {field} names client IP {ip}, but SPF here is evaluated for {ours} ({via}). Pick the hop with {ip} in the delivery path if that is the one the receiver checked.",
  'recv.ip-mismatch.field.received-spf': 'Received-SPF header',
  'recv.ip-mismatch.field.received': 'boundary Received field',
  'recv.ip-mismatch.field.authentication-results': 'Authentication-Results',
  'recv.ip-mismatch.via.hop': 'the hop you chose',
  'recv.ip-mismatch.via.received-spf': "from the receiver's Received-SPF",
  'recv.ip-mismatch.via.authentication-results': "from the receiver's Authentication-Results",
  'recv.ip-mismatch.via.received': 'from the boundary Received line',
} as const;
