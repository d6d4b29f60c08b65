export * from './types.ts';
export { diagnose, NOT_OWNER, type DiagnosisInput } from './diagnose.ts';
export { gateFixes, authorisesForbidden, type GatedFix } from './gate.ts';
export { verdictLine, requiredFixTitles } from './verdict.ts';
