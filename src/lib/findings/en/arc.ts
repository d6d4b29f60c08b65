// ARC (src/lib/arc): chain parsing and validation.
export const arc = {
  // two sentences one after the other (English puts a space between them)
  'arc.text.two-sentences': '{first} {second}',
  // structure of the ARC sets (parse.ts, RFC 8617 4.2.1)
  'arc.structure.no-instance': 'The {name} at line {line} has no valid instance tag (i=1 to i={max}), so it belongs to no ARC set.',
  'arc.structure.no-instance.aar':
    'The {name} at line {line} has no valid instance tag (i=1 to i={max}, written first and followed by ";"), so it belongs to no ARC set.',
  'arc.structure.missing': 'ARC set {set} has no {name}; every set must have exactly one of each field (RFC 8617 4.2.1).',
  'arc.structure.duplicate': 'ARC set {set} has {n} {name} fields (lines {lines}); exactly one is allowed (RFC 8617 4.2.1).',
  // one signature of a set, before it is checked
  'arc.check.not-checked': 'Not checked.',
  // ARC-Seal of one set (validate.ts)
  'arc.seal.malformed': 'The ARC-Seal is malformed: {problem}',
  'arc.seal.cv-recorded-fail': 'this intermediary itself recorded that the chain was already broken',
  'arc.seal.cv-required': 'instance {set} must carry cv={cv}',
  'arc.seal.cv-wrong': 'The ARC-Seal of set {set} has cv={cv}: {why}.',
  'arc.seal.cv-step': 'cv={cv}, expected cv={expected}.',
  'arc.seal.rsa-sha1': 'The ARC-Seal uses rsa-sha1, which is historic and refused (RFC 8301 3.1).',
  'arc.seal.rsa-sha1-step': 'rsa-sha1 is refused.',
  'arc.seal.key-found': 'Found the {type} key at {name}.',
  'arc.seal.failed': 'The ARC-Seal of set {set} does not verify: an ARC header of sets 1 to {set} was changed, or the key is not the one used.',
  'arc.seal.failed-step': 'The seal signature (b=) does not verify.',
  'arc.seal.passed-step': 'The seal signature (b=) verifies over the ARC headers of this and earlier sets.',
  'arc.seal.passed': 'The ARC-Seal of set {set} verifies (d={d}, cv={cv}).',
  // the chain as a whole (validate.ts, RFC 8617 5.2)
  'arc.chain.none': 'The message has no ARC headers: no intermediary sealed it.',
  'arc.chain.error': 'ARC validation stopped on an unexpected error: {error}',
  'arc.chain.malformed': 'The ARC chain is malformed: {problem}',
  'arc.chain.complete.one': '{n} complete ARC set (instances 1 to {n}).',
  'arc.chain.complete.many': '{n} complete ARC sets (instances 1 to {n}).',
  'arc.chain.newest-cv-fail': 'The newest ARC-Seal (set {set}) has cv=fail: the intermediary that added it found the chain already broken.',
  'arc.chain.newest-ams-fail': 'The newest ARC-Message-Signature (set {set}, d={d}) does not verify: {reason}',
  'arc.chain.set-list': '{list}, {set}',
  'arc.chain.later-seals.one': 'The later seal of set {sets} covers set {set} and fails too.',
  'arc.chain.later-seals.many': 'The later seals of sets {sets} cover set {set} and fail too.',
  'arc.chain.seal-fail': 'The ARC-Seal of set {set} (d={d}) does not validate: {reason}',
  'arc.chain.pass': 'All {n} ARC seals verify and the newest ARC-Message-Signature (d={d}) verifies: the chain is intact.',
  'arc.chain.pass-headers-only': 'The body was not given, so the newest AMS body hash was not checked.',
} as const;
