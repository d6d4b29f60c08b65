// The Resolver contract every check receives. Checks never call fetch themselves.

export type RRType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'PTR' | 'CNAME' | 'NS' | 'SPF' | 'SOA';

/** NOERROR with an empty answer list is NODATA. TIMEOUT and ERROR are transport failures. */
export type DnsStatus = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'TIMEOUT' | 'ERROR';

export interface DnsRecord {
  /** owner name, lowercase, no trailing dot */
  name: string;
  type: RRType;
  ttl: number;
  /**
   * Presentation data, normalised:
   *  TXT/SPF: the character-strings joined with no separator (see `strings` for the parts);
   *  MX: "<priority> <exchange>" (see `priority`/`exchange`);
   *  A/AAAA: the address; CNAME/PTR/NS: the target name, lowercase, no trailing dot.
   */
  data: string;
  strings?: string[];
  priority?: number;
  exchange?: string;
}

export interface DnsResult {
  name: string;
  type: RRType;
  status: DnsStatus;
  /** records of the asked type only (CNAMEs followed are in `chain`) */
  answers: DnsRecord[];
  /** CNAME targets followed, in order, lowercase, no trailing dot */
  chain: string[];
  /** DNSSEC authenticated data flag as reported by the resolver */
  ad: boolean;
  /** a human-readable reason for TIMEOUT / ERROR / SERVFAIL */
  error?: string;
  /** the endpoint that answered, when a DoH resolver did */
  server?: string;
  /** milliseconds the query took (0 for cache hits) */
  elapsedMs?: number;
  /** the query was abandoned because the analysis was cancelled (status ERROR); never cached */
  cancelled?: boolean;
}

export interface Resolver {
  query(name: string, type: RRType): Promise<DnsResult>;
}

/** A log entry of one query made during an analysis (shown in the UI, put in the report). */
export interface QueryLogEntry {
  name: string;
  type: RRType;
  status: DnsStatus;
  answers: string[];
  error?: string;
  elapsedMs?: number;
  cached?: boolean;
  startedAtMs?: number;
}

export function normName(name: string): string {
  let n = name.trim().toLowerCase();
  while (n.endsWith('.')) n = n.slice(0, -1);
  return n;
}

export function isNoData(r: DnsResult): boolean {
  return r.status === 'NOERROR' && r.answers.length === 0;
}

/** RFC 7208 4.6.4 void lookup: NXDOMAIN, or NOERROR with no answer of the asked type. */
export function isVoid(r: DnsResult): boolean {
  return r.status === 'NXDOMAIN' || isNoData(r);
}

export function isTransientFailure(r: DnsResult): boolean {
  return r.status === 'SERVFAIL' || r.status === 'TIMEOUT' || r.status === 'ERROR' || r.status === 'REFUSED';
}
