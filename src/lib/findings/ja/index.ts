// Japanese catalogue: must have every key of the English one (a type error otherwise).
import type { en } from '../en/index.ts';
import { advice } from './advice.ts';
import { common } from './common.ts';

export const ja: Readonly<Record<keyof typeof en, string>> = {
  ...common,
  ...advice,
};
