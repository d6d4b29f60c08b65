// ARC (src/lib/arc): chain parsing and validation.
import type { arc as en } from '../en/arc.ts';

export const arc: Readonly<Record<keyof typeof en, string>> = {};
