// Problems found while parsing an Authentication-Results field (src/lib/authres/parse.ts). An area
// of its own: the page parses these fields too (the shared-link comparison), and takes only this.
export const authres = {
  'hdr.authres.too-many-problems': 'more than {max} problems; the rest are not listed',
  'hdr.authres.too-long': 'the value is {length} characters long; only the first {max} were read',
  'hdr.authres.unterminated-comment': 'a comment "(" is never closed; the rest of the value was read as the comment',
  'hdr.authres.unterminated-quote': 'a quoted string is never closed; the rest of the value was read as the string',
  'hdr.authres.unbalanced-paren': 'a ")" has no matching "(" and was ignored',
  'hdr.authres.instance-tag': '"i={instance}" starts this value, as in ARC-Authentication-Results',
  'hdr.authres.aar-missing-instance': 'an ARC-Authentication-Results value must start with the instance tag "i=N;" (RFC 8617 section 4.1.1)',
  'hdr.authres.none-with-results': '"none" (no authentication done) appears next to results; RFC 8601 section 2.2 allows "none" only on its own',
  'hdr.authres.no-results': 'the header names a server but reports no results',
  'hdr.authres.no-authserv-id':
    'the value does not start with the name of the server that wrote it (authserv-id, RFC 8601 section 2.2); Microsoft 365 writes its headers this way',
  'hdr.authres.missing-semicolon': 'the authserv-id is not followed by ";" before the first result',
  'hdr.authres.orphan-property': '"{key}={value}" is not attached to any result and was ignored',
  'hdr.authres.orphan-property-joined': '"{key}" follows a ";" and was read as part of the preceding {method} result',
  'hdr.authres.too-many-results': 'more than {max} results; the rest were ignored',
  'hdr.authres.stray-token': '"{token}" stands alone between semicolons; it is not a result (Microsoft 365 writes the recipient\'s domain there)',
  'hdr.authres.empty-result': '"{key}=" has no result word',
  'hdr.authres.unexpected-token': '"{token}" after {method}={result} is neither a property nor a comment; ignored',
  'hdr.authres.duplicate-property': '{method}: "{key}" appears twice; the first value was kept',
} as const;
