export {
  parseDmarcRecord,
  isDmarcRecordText,
  type DmarcRecord,
  type DmarcUri,
  type DmarcPolicy,
  type AlignMode,
} from './record.ts';
export { discoverDmarc, type DmarcDiscovery, type Rfc7489Discovery } from './discover.ts';
export {
  evaluateDmarc,
  type DmarcInput,
  type DmarcResult,
  type DmarcEvaluation,
  type IdentifierAlignment,
  type DkimAlignment,
  type Rfc7489Evaluation,
} from './evaluate.ts';
export { dmarcPrefetchNames, prefetchDmarc, signingDomains, type DmarcPrefetchInput } from './prefetch.ts';
export { checkExternalReportAuth, type ExternalReportAuth } from './report-auth.ts';
export {
  treeWalk,
  walkNames,
  treeWalkQueryNames,
  selectOrgDomain,
  orgDomainTreeWalk,
  describeOrgDomain,
  MAX_WALK_QUERIES,
  type TreeWalkQuery,
  type TreeWalkRecord,
  type TreeWalkResult,
  type OrgDomainResult,
  type OrgDomainSelection,
  type OrgDomainReason,
} from './tree-walk.ts';
