// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { common } from './common.ts';
import { share } from './share.ts';
import { mbox } from './mbox.ts';

export const en = {
  ...common,
  ...share,
  ...mbox,
} as const;
