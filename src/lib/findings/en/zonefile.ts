// The zone-file export's comments (src/lib/advice/export.ts): its heading, a record repeated, a
// placeholder to fill in. A page area: the page renders them for a shared link's fixes.
export const zonefile = {
  'advice.export.header': '; DNS records proposed by the fix advisor (BIND zone-file syntax)',
  'advice.export.same-record': '; (same record as above) {line}',
  'advice.export.replace': '; replace {token}: {meaning}',
  'advice.export.replace-where': '; replace {token}: {meaning} ({where})',
} as const;
