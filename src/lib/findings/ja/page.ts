// The page's Japanese catalogue: every key of the English one (a type error otherwise).
import type { pageEn } from '../en/page.ts';
import { common } from './common.ts';
import { advice } from './advice.ts';
import { diag } from './diag.ts';
import { domain } from './domain.ts';
import { mbox } from './mbox.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';
import { share } from './share.ts';

export const pageJa: Readonly<Record<keyof typeof pageEn, string>> = {
  ...common,
  ...advice,
  ...diag,
  ...domain,
  ...mbox,
  ...recv,
  ...req,
  ...share,
};
