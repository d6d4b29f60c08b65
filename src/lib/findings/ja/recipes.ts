// Provider recipes (src/lib/advice/recipes.ts): what each sending service's fix says.
import type { recipes as en } from '../en/recipes.ts';

export const recipes: Readonly<Record<keyof typeof en, string>> = {};
