// ARC (RFC 8617) chain validation: public API.
export { validateArc } from './validate.ts';
export type { ArcOptions } from './validate.ts';
export { collectArcFields, groupArcSets } from './parse.ts';
export type { ArcField, ArcFieldKind, ArcSetFields, ArcStructure } from './parse.ts';
export type { ArcResult, ArcSetResult, ArcSignatureCheck } from './types.ts';
