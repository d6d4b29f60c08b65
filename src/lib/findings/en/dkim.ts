// DKIM (src/lib/dkim): signature tags, key records, body hash, verification steps.
export const dkim = {
  // two sentences one after the other (English puts a space between them)
  'dkim.text.two-sentences': '{first} {second}',
  // tag lists (tags.ts): DKIM-Signature, key records, ARC-Seal and ARC-Message-Signature
  'dkim.tags.too-many-problems': 'More than {max} syntax problems: the rest of the tag list was not read.',
  'dkim.tags.empty': 'Empty tag (two semicolons in a row, or nothing at all): the tag list is malformed.',
  'dkim.tags.too-many-tags': 'More than {max} tags: the rest were not read.',
  'dkim.tags.not-tag-value': '"{text}" is not of the form tag=value.',
  'dkim.tags.invalid-name': '"{name}" is not a valid tag name (a letter followed by letters, digits or "_").',
  'dkim.tags.invalid-value': 'The {tag}= value contains characters that are not allowed in a tag value.',
  'dkim.tags.duplicate': 'The {tag}= tag appears more than once; a tag may appear only once (RFC 6376 3.2).',
  // signature tags (signature.ts), also for ARC-Message-Signature and ARC-Seal
  'dkim.sig.tag-missing': 'The {label} has no {tag}= tag, which is required.',
  'dkim.sig.v-invalid': 'v={v}: only version 1 is defined (RFC 6376 3.5).',
  'dkim.sig.what.signature': 'signature',
  'dkim.sig.what.body-hash': 'body hash',
  'dkim.sig.base64-invalid': '{tag}= (the {what}) is not valid base64.',
  'dkim.sig.base64-empty': '{tag}= (the {what}) is empty.',
  'dkim.sig.bh-length': 'bh= decodes to {n} bytes; a {algorithm} body hash has {want}.',
  'dkim.sig.d-invalid': 'd={d} is not a valid domain name.',
  'dkim.sig.s-invalid': 's={s} is not a valid selector (DNS labels separated by dots).',
  'dkim.sig.as-h-present': 'The ARC-Seal has an h= tag; an ARC-Seal must not have one (RFC 8617 4.1.3).',
  'dkim.sig.q-unsupported': 'q={q}: the only key query method is dns/txt.',
  'dkim.sig.l-invalid': 'l={l} is not a valid body length (decimal digits).',
  'dkim.sig.x-before-t': 'x={x} (expiry) is earlier than t={t} (signing time); the signature is invalid (RFC 6376 3.5).',
  'dkim.sig.z-invalid': 'z= (copied header fields) is malformed: {problem} (RFC 6376 3.5).',
  'dkim.sig.instance-invalid': '{label} i={i}: the instance must be a number from 1 to {max} (RFC 8617 4.2.1).',
  'dkim.sig.a-unknown': 'a={a} is not a known signing algorithm (rsa-sha256, ed25519-sha256).',
  'dkim.sig.c-invalid': 'c={c} is not a canonicalization (simple or relaxed, optionally /simple or /relaxed).',
  'dkim.sig.h-empty': 'h= is empty: the signature covers no header fields.',
  'dkim.sig.h-empty-name': 'h= has an empty entry ("::"); it was ignored.',
  'dkim.sig.h-invalid': 'h= contains "{name}", which is not a header field name.',
  'dkim.sig.h-no-from': 'h= does not include From; a DKIM signature must cover the From header (RFC 6376 5.4).',
  'dkim.sig.ams-h-arc-seal': 'h= includes ARC-Seal; an ARC-Message-Signature must not sign ARC-Seal fields (RFC 8617 4.1.2).',
  'dkim.sig.i-invalid': 'i={i} is not of the form [local-part]@domain.',
  'dkim.sig.i-not-in-d': 'i={i}: its domain {domain} is neither d={d} nor a subdomain of it (RFC 6376 3.5).',
  'dkim.sig.t-invalid': 't={value} is not a valid signing time (seconds since 1970, digits only).',
  'dkim.sig.x-invalid': 'x={value} is not a valid expiry time (seconds since 1970, digits only).',
  'dkim.sig.cv-invalid': 'cv={cv} is not a chain validation status (none, pass or fail).',
  // z= copied header fields: what is wrong with them (inside dkim.sig.z-invalid)
  'dkim.sig.z.not-name-value': '"{entry}" is not of the form Name:value',
  'dkim.sig.z.not-field-name': '"{name}" is not a header field name',
  'dkim.sig.z.bad-octet': '"{octet}" in the {name} value is not a quoted-printable "=XX" octet',
  // key records (key.ts)
  'dkim.key.no-answer': 'no answer',
  'dkim.key.v-invalid': 'The key record has v={v}; only v=DKIM1 is valid, so the record is discarded (RFC 6376 3.6.1).',
  'dkim.key.v-not-first': 'v=DKIM1 should be the first tag of the key record (RFC 6376 3.6.1).',
  'dkim.key.k-unknown': 'The key record has k={k}, an unknown key type (known: rsa, ed25519).',
  'dkim.key.s-not-email':
    'The key record has s={s}: the key is not for email (it needs s=email or s=*), so it cannot verify a mail signature (RFC 6376 3.6.1).',
  'dkim.key.p-missing': 'The key record has no p= tag (the public key).',
  'dkim.key.p-empty': 'The key record has an empty p=: the key has been revoked (RFC 6376 3.6.1).',
  'dkim.key.p-base64': 'The key record p= is not valid base64.',
  'dkim.key.multiple-records': '{n} TXT records exist at the key name; the results are undefined (RFC 6376 3.6.2.2). The first usable one was taken.',
  // key lookup and import (key.ts)
  'dkim.key.dns-failed': 'The DNS query for {name} failed ({why}); try again later.',
  'dkim.key.dns-temperror': 'The DNS query for the key {name} failed temporarily ({why}).',
  'dkim.key.not-found.nxdomain': 'No DKIM key: {name} does not exist (NXDOMAIN). The selector may be wrong, or the key was removed.',
  'dkim.key.not-found.no-txt': 'No DKIM key: {name} has no TXT record. The selector may be wrong, or the key was removed.',
  'dkim.key.testing': 'The key record has t=y: the domain is testing DKIM; receivers should treat the result like an unsigned message.',
  'dkim.key.revoked': 'The key {name} has been revoked (empty p=), so no signature made with it can pass.',
  'dkim.key.type-mismatch': 'The signature uses {algorithm} but the key record is k={k}.',
  'dkim.key.h-mismatch': 'The key record allows only h={h}, not the {hash} this signature uses.',
  'dkim.key.t-s-mismatch': 'The key record has t=s (strict): the i= domain {identity} must be exactly {d}.',
  'dkim.key.ed25519-length': 'The ed25519 key is {n} bytes; RFC 8463 keys are 32 bytes.',
  'dkim.key.ed25519-unloadable': 'The ed25519 public key could not be loaded.',
  'dkim.key.rsa-invalid': 'The key record p= is not a valid RSA public key (it is corrupted or truncated).',
  'dkim.key.pkcs1': 'p= holds a bare PKCS#1 RSAPublicKey rather than the SubjectPublicKeyInfo RFC 6376 asks for; it was accepted.',
  'dkim.key.rsa-too-small': 'The RSA key is only {bits} bits; keys under 1024 bits are refused (RFC 8301 3.2).',
  'dkim.key.rsa-weak': 'The RSA key is {bits} bits; it is accepted, but 2048 bits is recommended (RFC 8301 3.2).',
  'dkim.key.rsa-unloadable': 'The RSA public key could not be loaded.',
  // body hash (body.ts): l= coverage
  'dkim.body.shorter-than-l':
    'l={l} but the canonicalized body is only {canonical} bytes: the body was shortened after signing, so the signature cannot verify.',
  'dkim.body.l-unsigned':
    'l={l}: only the first {l} of {canonical} canonical body bytes are signed; the last {unsigned} bytes are not covered and anyone could have added them (RFC 6376 8.2).',
  // body hash diagnosis: the sizes compared
  'dkim.body.size.same': 'the same size',
  'dkim.body.size.more': '{n} bytes more',
  'dkim.body.size.fewer': '{n} bytes fewer',
  'dkim.body.sizes': 'Signed body: {signed} canonical bytes; received body: {received} canonical bytes ({diff}).',
  // body hash diagnosis: counts inside the causes
  'dkim.body.count.crcrlf.one': '{n} doubled CR CR LF line ending',
  'dkim.body.count.crcrlf.many': '{n} doubled CR CR LF line endings',
  'dkim.body.count.crlf.one': '{n} CRLF line ending',
  'dkim.body.count.crlf.many': '{n} CRLF line endings',
  'dkim.body.count.bare-lf.one': '{n} bare LF line ending',
  'dkim.body.count.bare-lf.many': '{n} bare LF line endings',
  'dkim.body.count.line.one': '{n} line',
  'dkim.body.count.line.many': '{n} lines',
  // body hash diagnosis: the likely cause
  'dkim.body.line-endings-crcrlf':
    'The line endings were altered, not the text: the body matches once its {endings} are reduced to CRLF (mangled when copied).',
  'dkim.body.line-endings-lf':
    'The line endings differ, not the text: the body matches when its {endings} are bare LF, so the signer hashed LF-only text (or a tool converted the line endings).',
  'dkim.body.bare-lf': 'The line endings were altered, not the text: the body matches once its {endings} are turned into CRLF.',
  'dkim.body.reencoded-qp':
    'The body was re-encoded in transit: it matches after decoding its quoted-printable transfer encoding, so it was signed as 8-bit text and a relay converted it (typically one without 8BITMIME). The content is unchanged, but the signature cannot survive the conversion.',
  'dkim.body.reencoded-base64':
    'The body was re-encoded in transit: it matches after decoding its base64 transfer encoding, so it was signed unencoded and a relay or gateway converted it to base64. The content is unchanged, but the signature cannot survive the conversion.',
  'dkim.body.too-large':
    'The body hash does not match: the body ({canonical} canonical bytes) differs from what was signed. It is too large (over {mb} MB) to try the usual alterations (line endings, footer, re-encoding).',
  'dkim.body.whitespace-changed':
    'Only whitespace was changed: the body matches once spaces and tabs are normalised (relaxed canonicalization), e.g. trailing spaces stripped or tabs expanded, but c=.../simple does not tolerate that.',
  'dkim.body.appended':
    'A footer was added: the first {appended} bytes of the canonical body match the signature and {added} bytes were appended after signing (typically a mailing-list footer or a gateway disclaimer).',
  'dkim.body.footer-in-part':
    'A footer was added inside the MIME structure: the body matches without the {bytes} bytes ({lines}) just before the closing MIME boundary, which were inserted after signing (typically a mailing-list footer or disclaimer part).',
  'dkim.body.missing':
    'The body is empty ({canonical} canonical bytes) but the signature was made over a non-empty body: the body was removed, or only the headers were pasted followed by a blank line.',
  'dkim.body.changed':
    'The body hash does not match: the received body ({received} canonical bytes{limit}) differs from what was signed, and neither a line-ending change, a whitespace change, a footer nor a transfer re-encoding of the whole body explains it. Likely causes: a MIME part re-encoded by a relay (8bit to quoted-printable or base64), a footer or disclaimer inserted inside a part, or the message edited by a gateway or antivirus.',
  'dkim.body.changed.limit': ', the first l={l}',
  // verification steps and reasons (verify.ts)
  'dkim.verify.malformed': 'The {label} is malformed: {problem}',
  'dkim.verify.tags-ok': 'The {label} tags are well-formed: {tags}.',
  'dkim.verify.rsa-sha1': 'The signature uses rsa-sha1, which is historic: SHA-1 is broken and verifiers must not accept it (RFC 8301 3.1).',
  'dkim.verify.body-blank':
    'The paste ends right after the headers (a blank line, no body), and the signature was made over a non-empty body: the body hash (bh=) was not checked. The header signature still covers the bh= value.',
  'dkim.verify.headers-only': 'Only the headers were given: the body hash (bh=) was not checked. The header signature still covers the bh= value.',
  'dkim.verify.via-cname': ' (via CNAME {chain})',
  'dkim.verify.key-failed': 'Key {name}{via}: {reason}',
  'dkim.verify.key-found': 'Found the {type} key at {name}{via}.',
  'dkim.verify.key-found.bits': 'Found the {type} key ({bits} bits) at {name}{via}.',
  'dkim.verify.signature-failed':
    'The header signature (b=) does not verify: one of the signed header fields ({signed}) or the {label} itself was changed after signing, or the key in DNS is not the one used to sign.',
  'dkim.verify.body-also-failed': 'The body hash does not match either. {why}',
  'dkim.verify.body-failed': 'The header signature verifies, but the body hash does not: the body was changed after signing. {why}',
  'dkim.verify.pass': 'The header signature and the body hash both verify.',
  'dkim.verify.pass-headers-only':
    'The header signature verifies. The body was not given, so the body hash was not checked: this result covers the headers only.',
  // verification steps: body hash and header signature
  'dkim.verify.body-length.partial': '{signed} of {canonical}',
  'dkim.verify.body-evidence': 'computed bh={computed}\nsigned   bh={expected}',
  'dkim.verify.body-evidence.not-computed': '(not computed)',
  'dkim.verify.body-pass': 'The body hash matches ({length} canonical bytes hashed).',
  'dkim.verify.body-fail': 'The body hash does not match ({length} canonical bytes). {why}',
  'dkim.verify.covered.line': '{name} (line {line})',
  'dkim.verify.covered.absent': '{name} (absent: signed as empty)',
  'dkim.verify.header-signature-pass': 'The header signature (b=) verifies over the {label} and the signed fields.',
  'dkim.verify.header-signature-fail': 'The header signature (b=) does not verify over the {label} and the signed fields.',
  // z= copies compared with the fields present, when the header signature fails
  'dkim.z.removed': '{name} was removed (signed as "{was}")',
  'dkim.z.changed': '{name} was "{was}" when signed and is now "{now}"',
  'dkim.z.list': '{list}; {change}',
  'dkim.z.summary': 'According to the copies in z=, {changes}.',
  'dkim.z.unchanged':
    'The header copies in z= still match the fields present (apart from whitespace), so the change is elsewhere: in a field not copied in z=, in the signature field itself, or the key.',
  // checks beyond the cryptography
  'dkim.verify.multiple-from':
    'The message has {n} From fields (lines {lines}); RFC 5322 allows exactly one. A From added above or below the signed one is what a mail client may show, so this signature cannot vouch for the author (RFC 6376 8.15).',
  'dkim.verify.untrusted': 'The signature verifies, but it is not trusted: {message}',
  'dkim.verify.expired': 'The signature expired at {at} (x={x}).',
  'dkim.verify.expired-neutral': '{message} The signature verifies, but a verifier may ignore an expired signature.',
  'dkim.verify.t-future': "The signing time t={t} is in the future; the signer's clock may be wrong (RFC 6376 3.5 lets verifiers ignore such signatures).",
  'dkim.verify.too-many': 'Not evaluated: only the first {max} DKIM signatures are checked.',
  'dkim.verify.error': 'Verification stopped on an unexpected error: {error}',
} as const;
