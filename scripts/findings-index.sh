#!/bin/bash
# Regenerates src/lib/findings/{en,ja}/index.ts from the area files present (run after adding an area).
set -e
cd "$(dirname "$0")/../src/lib/findings"
areas=$(ls en/*.ts | xargs -n1 basename | sed 's/\.ts$//' | grep -v '^index$' | grep -v '^common$' | sort)
{
echo "// English catalogue: the union of one file per area. Add an area: a file here, its twin in ../ja,"
echo "// then scripts/findings-index.sh."
echo "import { common } from './common.ts';"
for a in $areas; do echo "import { $a } from './$a.ts';"; done
echo
echo "export const en = {"
echo "  ...common,"
for a in $areas; do echo "  ...$a,"; done
echo "} as const;"
} > en/index.ts
{
echo "// Japanese catalogue: must have every key of the English one (a type error otherwise)."
echo "import type { en } from '../en/index.ts';"
echo "import { common } from './common.ts';"
for a in $areas; do echo "import { $a } from './$a.ts';"; done
echo
echo "export const ja: Readonly<Record<keyof typeof en, string>> = {"
echo "  ...common,"
for a in $areas; do echo "  ...$a,"; done
echo "};"
} > ja/index.ts
