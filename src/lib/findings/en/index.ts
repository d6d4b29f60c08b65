// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { advice } from './advice.ts';
import { common } from './common.ts';

export const en = {
  ...common,
  ...advice,
} as const;
