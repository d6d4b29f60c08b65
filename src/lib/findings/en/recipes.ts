// Provider recipes (src/lib/advice/recipes.ts): what each sending service's fix says.
export const recipes = {} as const;
