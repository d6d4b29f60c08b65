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
} as const;
