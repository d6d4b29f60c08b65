// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja,
// then scripts/findings-index.sh.
import { common } from './common.ts';
import { advice } from './advice.ts';
import { arc } from './arc.ts';
import { authres } from './authres.ts';
import { diag } from './diag.ts';
import { dkim } from './dkim.ts';
import { dmarc } from './dmarc.ts';
import { domain } from './domain.ts';
import { domainform } from './domainform.ts';
import { esp } from './esp.ts';
import { hdr } from './hdr.ts';
import { mbox } from './mbox.ts';
import { msg } from './msg.ts';
import { plan } from './plan.ts';
import { recipes } from './recipes.ts';
import { recv } from './recv.ts';
import { report } from './report.ts';
import { req } from './req.ts';
import { share } from './share.ts';
import { spf } from './spf.ts';
import { step } from './step.ts';
import { zonefile } from './zonefile.ts';

export const en = {
  ...common,
  ...advice,
  ...arc,
  ...authres,
  ...diag,
  ...dkim,
  ...dmarc,
  ...domain,
  ...domainform,
  ...esp,
  ...hdr,
  ...mbox,
  ...msg,
  ...plan,
  ...recipes,
  ...recv,
  ...report,
  ...req,
  ...share,
  ...spf,
  ...step,
  ...zonefile,
} as const;
