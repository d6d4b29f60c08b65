// The report (src/lib/report): problems and steps the report builder adds.
export const report = {
  // an Outlook .msg file (report/analyze.ts)
  'report.outlook.unreadable': 'This Outlook .msg file could not be read: {error}',
  'report.outlook.no-headers':
    'This Outlook .msg file carries no transport headers, so there is nothing to authenticate. Open the message in Outlook and copy File > Properties > Internet headers instead.',
  // the header block and the client IP (report/analyze.ts)
  'report.header-junk': 'Line {line} in the header block is not a header field and was ignored: "{text}".',
  'report.no-client-ip':
    'No client IP address could be found (no Received line from the receiving server, no Received-SPF, no IP in the Authentication-Results comment), so SPF was not evaluated here; the receiver’s SPF result is shown instead.',
  // why our verdict differs from the receiver's Authentication-Results (report/compare.ts)
  'report.cmp.spfTemp': 'our DNS lookups failed temporarily; the receiver’s were answered at delivery time',
  'report.cmp.spfOtherDomain': 'the receiver checked {theirs}, we checked {ours}',
  'report.cmp.spfBestGuess': 'the receiver applied its own best-guess policy, not a published SPF record',
  'report.cmp.spfDiffer': 'the SPF records may have changed since delivery, or the receiver saw a client IP other than {ip}',
  'report.cmp.dkimBody': 'the body changed after delivery (copying can alter line endings; a list or forwarder may add a footer)',
  'report.cmp.dkimKey': 'the key record may have been rotated or removed since delivery',
  'report.cmp.dkimDiffer': 'the message may have been altered after delivery, or the key changed',
  'report.cmp.dmarcBestGuess': 'the receiver found no DMARC record and applied its own best guess',
  'report.cmp.dmarcDiffer':
    'follows from the SPF/DKIM differences above, or the DMARC record changed since delivery; some receivers still find the organizational domain with the Public Suffix List (RFC 7489) rather than the RFC 9989 tree walk',
} as const;
