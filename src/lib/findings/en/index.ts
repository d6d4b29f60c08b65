// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja.
import { common } from './common.ts';
import { advice } from './advice.ts';
import { diag } from './diag.ts';
import { domain } from './domain.ts';
import { mbox } from './mbox.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';
import { share } from './share.ts';

export const en = {
  ...common,
  ...advice,
  ...diag,
  ...domain,
  ...mbox,
  ...recv,
  ...req,
  ...share,
} as const;
