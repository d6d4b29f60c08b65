// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { common } from './common.ts';
import { recv } from './recv.ts';

export const en = {
  ...common,
  ...recv,
} as const;
