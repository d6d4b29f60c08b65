// SPF (src/lib/spf): check_host steps, record syntax, macros, lint.
import type { spf as en } from '../en/spf.ts';

export const spf: Readonly<Record<keyof typeof en, string>> = {};
