// Japanese catalogue: must have every key of the English one (a type error otherwise).
import type { en } from '../en/index.ts';
import { common } from './common.ts';
import { advice } from './advice.ts';
import { diag } from './diag.ts';
import { domain } from './domain.ts';
import { mbox } from './mbox.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';
import { share } from './share.ts';

export const ja: Readonly<Record<keyof typeof en, string>> = {
  ...common,
  ...advice,
  ...diag,
  ...domain,
  ...mbox,
  ...recv,
  ...req,
  ...share,
};
