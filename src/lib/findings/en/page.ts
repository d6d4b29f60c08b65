// The page's English catalogue: the areas the page renders itself (see ../page.ts).
import { common } from './common.ts';
import { advice } from './advice.ts';
import { diag } from './diag.ts';
import { domain } from './domain.ts';
import { mbox } from './mbox.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';
import { share } from './share.ts';

export const pageEn = {
  ...common,
  ...advice,
  ...diag,
  ...domain,
  ...mbox,
  ...recv,
  ...req,
  ...share,
} as const;
