// The report (src/lib/report): problems and steps the report builder adds.
export const report = {} as const;
