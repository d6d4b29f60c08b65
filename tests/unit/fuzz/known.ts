// Slow paths this fuzzing found in src/lib/message, which another engineer owns: reported with a
// reproducer, not fixed here. The bench (bench/fuzz.ts) still runs them at full size and counts
// them as failures; the test run keeps those targets' generated runs short so it stays green,
// and lists each issue as a todo. Remove an entry (and its cap) once the issue is fixed.

export interface KnownIssue {
  target: string;
  where: string;
  reproducer: string;
  observed: string;
}

// Fixed: address.ts (the fallback addr-spec scan and domainOf's trailing trim are loops now) and
// received.ts ipOf (a shape check before the library); their reproducers are pinned in
// regressions.test.ts ("parseFrom fallback", "domainOf trailing blanks", parseReceived).

export const KNOWN_ISSUES: KnownIssue[] = [];

/** Longest generated run (characters) per target in the test run, to stay clear of KNOWN_ISSUES. */
export const TEST_RUN_CAPS: Record<string, number> = {};

/** Targets left out of the test run's 100 KB pass: every long input hits a known issue. */
export const LONG_PASS_SKIP = new Set<string>();
