// The message (src/lib/message, src/lib/authres, src/lib/share): input repairs, headers, Received, explanations.
export const msg = {
  // a list of names ("a, b, c"), built one item at a time
  'msg.list.then': '{list}, {item}',
  // the input as pasted or dropped (message/normalise.ts)
  'msg.input.empty': 'Nothing to analyse: paste the message source (or at least its headers), or drop an .eml file.',
  'msg.input.too-large':
    'The input is {size} MB; the limit is {max} MB. Paste only the headers (everything above the first blank line): SPF, DMARC and the DKIM header signatures can be checked from them.',
  'msg.input.binary-text': 'This looks like binary data, not an email message.',
  'msg.input.binary-file':
    'This file is not a text email message (it contains binary data). Save the message as .eml ("Download original" / "Save as") and try again.',
  'msg.input.no-headers':
    'No header fields were found. Paste the full source ("Show original" in Gmail, "View message source" in Outlook), starting with lines like "Received:" or "From:".',
  'msg.input.long-header-line':
    'Header {name} (line {line}) has a line of {length} characters; RFC 5322 allows at most {max}. It was kept, but its value is truncated for display.',
  'msg.input.large': 'A large message ({size} MB): its body is hashed for DKIM off the main thread.',
  // the repairs made to a paste before analysis (message/normalise.ts)
  'msg.repair.line-endings': 'Line endings were converted from {from} to CRLF, as they are on the wire.',
  'msg.repair.line-endings.mixed': 'Mixed line endings were converted to CRLF, as they are on the wire.',
  'msg.repair.leading-blank': 'Removed {n} blank line(s) before the first header.',
  'msg.repair.gmail-preamble': 'Removed the {n} lines of Gmail\'s "Show original" summary above the message.',
  'msg.repair.mbox-from': 'Removed the mbox "From " separator line at the top.',
  'msg.repair.indented-block': 'Removed the indentation common to {n} header lines.',
  'msg.repair.lost-indentation':
    '{n} line(s) in the header block did not start a header and were not indented; they were joined to the header above (continuation lines often lose their indentation when copied). If a DKIM signature covers those headers, it may now fail.',
  // the From header (message/address.ts)
  'msg.from.missing':
    'The message has no From header. DMARC evaluates the From domain, so it cannot be evaluated (RFC 9989 5.3.1; RFC 5322 requires exactly one From).',
  'msg.from.multiple':
    'The message has {n} From headers. RFC 5322 allows exactly one; receivers typically reject such a message or evaluate DMARC for every From domain and apply the strictest result. A second From added to a signed message is a known spoofing trick.',
  'msg.from.unparseable': 'The From header has no address that can be read: "{value}".',
  'msg.from.several-domains':
    'The From header names {n} different domains ({domains}). RFC 9989 5.3.1 says DMARC evaluation is then not straightforward; this analysis evaluates each and applies the strictest result (RFC 9989 11.5).',
} as const;
