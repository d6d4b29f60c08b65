// Locates ../shared/ (conformance data, samples) beside the repository.
// A clone without it skips those suites with a message; under CI (CI=true) a missing
// folder is a failure, so a wrong path can never pass quietly.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedRoot = resolve(repoRoot, '../shared');

/** Absolute path of a file under ../shared/, e.g. sharedPath('samples/x.eml'). */
export function sharedPath(rel: string): string {
  return resolve(sharedRoot, rel);
}

/** True when ../shared/<rel> exists. Throws under CI=true when it does not. */
export function haveShared(rel = ''): boolean {
  const p = sharedPath(rel);
  if (existsSync(p)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`CI: shared test data missing at ${p} — the conformance suites must run under CI`);
  }
  // eslint-disable-next-line no-console
  console.warn(`[skip] ${p} not found: suites that read ../shared/ are skipped in this clone`);
  return false;
}

export function readShared(rel: string): string {
  return readFileSync(sharedPath(rel), 'utf8');
}

export function readSharedBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedPath(rel)));
}
