// ARC (src/lib/arc): chain parsing and validation.
export const arc = {} as const;
