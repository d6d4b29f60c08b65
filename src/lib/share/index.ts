// Share links: fragment encode/decode, redaction before sharing, the sender's verdicts and the comparison.
export * from './codec.ts';
export * from './redact.ts';
export * from './verdicts.ts';
export * from './compare.ts';
