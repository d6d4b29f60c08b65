// The fix advisor: which service sent the message, which records make it align, and whether
// DNS has them now.
export { detectProvider } from './detect.ts';
export { planFixes } from './plan.ts';
export { checkFix, summarizeChecks } from './check.ts';
export { markPublished } from './published.ts';
export { spfFactsOf, proposeSpfWithinLimit } from './spf-limit.ts';
export type { SpfFacts, SpfLimitProposal } from './spf-limit.ts';
export { repairSpf } from './spf-repair.ts';
export { mergeSpfRecords } from './spf-merge.ts';
export { mergeDmarcRecords } from './dmarc-merge.ts';
export { toBindZone, toTable, txtStrings } from './export.ts';
export type { ExportOptions } from './export.ts';
export { translator as adviceTranslator } from './lang.ts';
export { PROVIDERS, LOOK_ALIKES, providerName } from './providers.ts';
export { RECIPES, GENERIC, spfCanAlign } from './recipes.ts';
export { PROVIDER_IDS } from './types.ts';
export type * from './types.ts';
export type { Recipe, Draft, Ctx } from './recipes.ts';
export type { FingerprintRule, ProviderEntry, LookAlike } from './providers.ts';
