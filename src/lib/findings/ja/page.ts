// The page's Japanese catalogue: every key of the English one (a type error otherwise).
import type { pageEn } from '../en/page.ts';
import { common } from './common.ts';
import { diag } from './diag.ts';
import { domainform } from './domainform.ts';
import { mbox } from './mbox.ts';
import { req } from './req.ts';
import { share } from './share.ts';
import { zonefile } from './zonefile.ts';

export const pageJa: Readonly<Record<keyof typeof pageEn, string>> = {
  ...common,
  ...diag,
  ...domainform,
  ...mbox,
  ...req,
  ...share,
  ...zonefile,
};
