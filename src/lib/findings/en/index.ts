// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { common } from './common.ts';
import { advice } from './advice.ts';
import { diag } from './diag.ts';
import { domain } from './domain.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';

export const en = {
  ...common,
  ...advice,
  ...diag,
  ...domain,
  ...recv,
  ...req,
} as const;
