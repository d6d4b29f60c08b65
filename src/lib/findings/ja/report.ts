// The report (src/lib/report): problems and steps the report builder adds.
import type { report as en } from '../en/report.ts';

export const report: Readonly<Record<keyof typeof en, string>> = {};
