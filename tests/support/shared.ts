// Locates the test data that lives in the repository: the external conformance suites
// (tests/conformance/, each with its source, version and licence in tests/conformance/README.txt)
// and the sample messages with their zones (tests/fixtures/samples/). Paths are written as they
// were under the project's shared folder ('conformance/…', 'samples/…'), so the suites read
// the files exactly as shipped. A bare clone runs every suite: nothing here depends on ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const ROOTS: Record<string, string> = {
  conformance: resolve(repoRoot, 'tests/conformance'),
  samples: resolve(repoRoot, 'tests/fixtures/samples'),
};

/** Absolute path of a test-data file, e.g. sharedPath('samples/x.eml') or sharedPath('conformance/spf/…'). */
export function sharedPath(rel: string): string {
  const [top, ...rest] = rel.split('/');
  const root = ROOTS[top ?? ''];
  if (!root) throw new Error(`test data path must start with conformance/ or samples/: ${rel}`);
  return resolve(root, ...rest);
}

/** The data is in the repository; a missing file is a broken checkout, so this throws instead of skipping. */
export function haveShared(rel = 'samples'): boolean {
  const p = sharedPath(rel);
  if (!existsSync(p)) throw new Error(`test data missing at ${p}: the repository should carry it`);
  return true;
}

export function readShared(rel: string): string {
  return readFileSync(sharedPath(rel), 'utf8');
}

export function readSharedBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedPath(rel)));
}
