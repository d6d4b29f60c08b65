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

export const KNOWN_ISSUES: KnownIssue[] = [
  {
    target: 'parseFrom',
    where: 'src/lib/message/address.ts parseMailboxes: fallback /([^\\s<>()",;:]+@[A-Za-z0-9.-]+)[^@]*$/ is quadratic when no "@" follows a long run',
    reproducer: `parseFrom(['.'.repeat(16000)])`,
    observed: '~1.1-1.8 s (16 KB, the MAX_VALUE cut)',
  },
  {
    target: 'parseFrom',
    where: 'src/lib/message/address.ts domainOf: .replace(/[>\\s]+$/, "") is quadratic on a long run of spaces inside the address',
    reproducer: `parseFrom(['<a@b' + ' '.repeat(16000) + 'x>'])`,
    observed: '~0.9-1.1 s',
  },
  {
    target: 'parseReceived',
    where: 'src/lib/message/received.ts ipOf: ipaddr.IPv4.isValidFourPartDecimal throws and catches internally on every non-IP, ~15 µs per from-clause comment',
    reproducer: `parseReceived('from ' + '(a)'.repeat(5461))`,
    observed: '~60-120 ms for 16 KB (linear, but over the 50 ms bound; 100 such Received fields take seconds)',
  },
];

/** Longest generated run (characters) per target in the test run, to stay clear of KNOWN_ISSUES. */
export const TEST_RUN_CAPS: Record<string, number> = { parseFrom: 1000, parseReceived: 1000 };

/** Targets left out of the test run's 100 KB pass: every long input hits a known issue. */
export const LONG_PASS_SKIP = new Set(['parseFrom']);
