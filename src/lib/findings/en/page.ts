// The page's English catalogue: the areas the page renders itself (see ../page.ts).
import { common } from './common.ts';
import { diag } from './diag.ts';
import { domainform } from './domainform.ts';
import { mbox } from './mbox.ts';
import { req } from './req.ts';
import { share } from './share.ts';
import { zonefile } from './zonefile.ts';

export const pageEn = {
  ...common,
  ...diag,
  ...domainform,
  ...mbox,
  ...req,
  ...share,
  ...zonefile,
} as const;
