// Share links: fragment encode/decode and redaction before sharing.
export * from './codec.ts';
export * from './redact.ts';
