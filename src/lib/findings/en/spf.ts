// SPF (src/lib/spf): check_host steps, record syntax, macros, lint.
export const spf = {} as const;
