export { toALabel, isValidDnsName } from './names.ts';
export { orgDomainPSL, PSL_POLICY_NOTE, type PslOptions } from './psl.ts';
export { aligned, alignmentDirection, type OrgDomainFn } from './align.ts';
export { RecordingResolver } from './recording-resolver.ts';
