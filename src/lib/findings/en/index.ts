// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { common } from './common.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';

export const en = {
  ...common,
  ...recv,
  ...req,
} as const;
