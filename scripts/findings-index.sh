#!/bin/bash
# Regenerates src/lib/findings/{en,ja}/index.ts from the area files present (run after adding an area).
set -e
cd "$(dirname "$0")/../src/lib/findings"
areas=$(ls en/*.ts | xargs -n1 basename | sed 's/\.ts$//' | grep -v '^index$' | grep -v '^page$' | grep -v '^common$' | sort)
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

# The page's subset (src/lib/findings/page.ts): the areas whose codes the page renders itself.
page="diag domainform mbox req share zonefile"
{
echo "// The page's English catalogue: the areas the page renders itself (see ../page.ts)."
echo "import { common } from './common.ts';"
for a in $page; do echo "import { $a } from './$a.ts';"; done
echo
echo "export const pageEn = {"
echo "  ...common,"
for a in $page; do echo "  ...$a,"; done
echo "} as const;"
} > en/page.ts
{
echo "// The page's Japanese catalogue: every key of the English one (a type error otherwise)."
echo "import type { pageEn } from '../en/page.ts';"
echo "import { common } from './common.ts';"
for a in $page; do echo "import { $a } from './$a.ts';"; done
echo
echo "export const pageJa: Readonly<Record<keyof typeof pageEn, string>> = {"
echo "  ...common,"
for a in $page; do echo "  ...$a,"; done
echo "};"
} > ja/page.ts
