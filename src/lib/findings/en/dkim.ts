// DKIM (src/lib/dkim): signature tags, key records, body hash, verification steps.
export const dkim = {} as const;
