// Import cycles among src/**/*.ts (type-only imports included: they tie modules together too).
// Prints each cycle once; exits 1 when there is one. Run: npx tsx scripts/cycles.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const files: string[] = [];
const walk = (d: string) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|svelte)$/.test(n)) files.push(p);
  }
};
walk(join(root, 'src'));

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g;
const graph = new Map<string, string[]>();
for (const f of files) {
  const deps: string[] = [];
  for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) deps.push(resolve(dirname(f), m[1]!));
  graph.set(f, deps.filter((d) => graph.has(d) || files.includes(d)));
}

const cycles = new Set<string>();
const state = new Map<string, 'open' | 'done'>();
const stack: string[] = [];
const visit = (f: string) => {
  state.set(f, 'open');
  stack.push(f);
  for (const d of graph.get(f) ?? []) {
    if (d === f) continue; // a Svelte component that renders itself (recursion), not a cycle
    if (state.get(d) === 'open') {
      const cyc = stack.slice(stack.indexOf(d)).map((x) => relative(root, x));
      const k = cyc.indexOf([...cyc].sort()[0]!);
      cycles.add([...cyc.slice(k), ...cyc.slice(0, k)].join(' → '));
    } else if (!state.has(d)) visit(d);
  }
  stack.pop();
  state.set(f, 'done');
};
for (const f of files) if (!state.has(f)) visit(f);
for (const c of cycles) console.log(c);
console.log(`${cycles.size} import cycle(s)`);
process.exit(cycles.size ? 1 : 0);
