// Sender requirements (Gmail, Yahoo, Outlook.com) from one analysed message: see ./rules.ts for
// the rules and their sources, ./check.ts for the checks, ./fcrdns.ts for the reverse DNS.
export { checkRequirements, evaluateRequirements, listUnsubscribeUris, type RequirementsInput } from './check.ts';
export { checkFcrdns, startFcrdns, reverseName, type FcrdnsResult, type FcrdnsOutcome } from './fcrdns.ts';
export { REQUIREMENT_IDS, RULES, PROVIDER_SOURCES, SPAM_RATE_TOOLS, type RequirementId, type ProviderId, type Scope, type ProviderStatement } from './rules.ts';
export type { Requirement, RequirementStatus, TextRef } from './types.ts';
