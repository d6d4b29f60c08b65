// Japanese catalogue: must have every key of the English one (a type error otherwise).
import type { en } from '../en/index.ts';
import { common } from './common.ts';
import { share } from './share.ts';
import { mbox } from './mbox.ts';

export const ja: Readonly<Record<keyof typeof en, string>> = {
  ...common,
  ...share,
  ...mbox,
};
