// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { common } from './common.ts';
import { domain } from './domain.ts';

export const en = {
  ...common,
  ...domain,
} as const;
