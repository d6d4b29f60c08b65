// Japanese catalogue: must have every key of the English one (a type error otherwise).
import type { en } from '../en/index.ts';
import { common } from './common.ts';
import { advice } from './advice.ts';
import { diag } from './diag.ts';
import { domain } from './domain.ts';
import { recv } from './recv.ts';
import { req } from './req.ts';

export const ja: Readonly<Record<keyof typeof en, string>> = {
  ...common,
  ...advice,
  ...diag,
  ...domain,
  ...recv,
  ...req,
};
