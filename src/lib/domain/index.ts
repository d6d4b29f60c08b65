export { toALabel, isValidDnsName } from './names.ts';
export { orgDomainPSL, PSL_POLICY_NOTE, type PslOptions } from './psl.ts';
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
export { aligned, alignmentDirection, type OrgDomainFn } from './align.ts';
export { RecordingResolver } from './recording-resolver.ts';
