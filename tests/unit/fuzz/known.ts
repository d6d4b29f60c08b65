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
// received.ts ipOf (a shape check before the library). Kept here as regression reproducers.
export const FIXED_ISSUES: KnownIssue[] = [
  { target: 'parseFrom', where: 'src/lib/message/address.ts parseMailboxes fallback', reproducer: `parseFrom(['.'.repeat(16000)])`, observed: '~1.1-1.8 s before the fix' },
  { target: 'parseFrom', where: 'src/lib/message/address.ts domainOf trailing trim', reproducer: `parseFrom(['<a@b' + ' '.repeat(16000) + 'x>'])`, observed: '~0.9-1.1 s before the fix' },
  { target: 'parseReceived', where: 'src/lib/message/received.ts ipOf', reproducer: `parseReceived('from ' + '(a)'.repeat(5461))`, observed: '~60-120 ms before the fix' },
];

export const KNOWN_ISSUES: KnownIssue[] = [];

/** Longest generated run (characters) per target in the test run, to stay clear of KNOWN_ISSUES. */
export const TEST_RUN_CAPS: Record<string, number> = {};

/** Targets left out of the test run's 100 KB pass: every long input hits a known issue. */
export const LONG_PASS_SKIP = new Set<string>();
