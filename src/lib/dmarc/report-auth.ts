// Verifying external report destinations (RFC 7489 7.1, kept by the DMARC aggregate reporting
// RFC 9990): a rua/ruf address in another organization must publish
// <policy-domain>._report._dmarc.<destination-domain> TXT "v=DMARC1", or receivers drop the reports.
import { rfc, type Problem } from '../types.ts';
import { isTransientFailure, type DnsStatus, type Resolver } from '../dns/types.ts';
import { isValidDnsName, toALabel } from '../domain/names.ts';
import { orgDomainPSL } from '../domain/psl.ts';
import { RecordingResolver } from '../domain/recording-resolver.ts';
import { isDmarcRecordText, parseDmarcRecord } from './record.ts';
import { step } from './steps.ts';
import type { EngineStep } from '../findings/types.ts';

export interface ExternalReportAuth {
  uri: string;
  destination: string | null;
  /** the destination is in another organizational domain, so authorization is needed */
  external: boolean;
  /** true/false when decided; null on a DNS error or when the URI has no usable address */
  authorized: boolean | null;
  queryName: string | null;
  status: DnsStatus | null;
  records: string[];
  steps: EngineStep[];
  problems: Problem[];
}

export async function checkExternalReportAuth(policyDomain: string, ruaUri: string, resolver: Resolver): Promise<ExternalReportAuth> {
  const uri = typeof ruaUri === 'string' ? ruaUri.trim() : '';
  const policy = toALabel(policyDomain);
  const parsed = parseDmarcRecord(`v=DMARC1; rua=${uri.replace(/;/g, '%3B')}`).rua[0];
  const destination = parsed?.domain ?? null;
  const out: ExternalReportAuth = { uri, destination, external: false, authorized: null, queryName: null, status: null, records: [], steps: [], problems: [] };
  const rule = rfc(7489, '7.1');
  if (!policy || !destination) {
    const msg = `Cannot check "${uri.slice(0, 100)}": ${!policy ? 'the policy domain is not a valid name' : 'it is not a mailto: URI with a valid address'}.`;
    out.problems.push({ code: 'dmarc-report-uri-unusable', severity: 'warning', message: msg });
    out.steps.push(step('report-auth', 'External report address', 'warn', msg, rule));
    return out;
  }
  const po = orgDomainPSL(policy) ?? policy;
  const dOrg = orgDomainPSL(destination) ?? destination;
  out.external = po !== dOrg;
  if (!out.external) {
    out.authorized = true;
    out.steps.push(step('report-auth', 'External report address', 'pass', `${destination} belongs to the same organization as ${policy}; no authorization record is needed.`, rule));
    return out;
  }
  const qname = `${policy}._report._dmarc.${destination}`;
  out.queryName = qname;
  if (!isValidDnsName(qname)) {
    out.authorized = false;
    const msg = `${qname} is longer than a DNS name may be, so the authorization record cannot exist.`;
    out.problems.push({ code: 'dmarc-report-auth-missing', severity: 'error', message: msg });
    out.steps.push(step('report-auth', 'External report address', 'fail', msg, rule));
    return out;
  }
  const r = await RecordingResolver.wrap(resolver).query(qname, 'TXT');
  out.status = r.status;
  out.records = r.answers.map((a) => a.data);
  const evidence = out.records.length ? out.records.map((t) => `${qname} TXT "${t}"`) : [`${qname} TXT → ${r.status === 'NOERROR' ? 'NODATA' : r.status}`];
  if (isTransientFailure(r)) {
    const msg = `The lookup of ${qname} failed (${r.error ?? r.status}); authorization of ${destination} is unknown.`;
    out.problems.push({ code: 'dmarc-dns-temperror', severity: 'warning', message: msg });
    out.steps.push(step('report-auth', 'External report address', 'error', msg, rule, evidence));
    return out;
  }
  const dmarc = out.records.filter(isDmarcRecordText);
  out.authorized = dmarc.length === 1;
  if (out.authorized) {
    out.steps.push(step('report-auth', 'External report address', 'pass', `${destination} authorizes reports for ${policy}: ${qname} holds "v=DMARC1".`, rule, evidence));
  } else {
    const why = dmarc.length > 1 ? 'holds several v=DMARC1 records, so no positive determination can be made' : 'has no record starting with "v=DMARC1"';
    const msg = `${destination} is outside ${policy}'s organization and ${qname} ${why}. Receivers will not send reports to ${uri}. The owner of ${destination} must publish TXT "v=DMARC1" at ${qname}.`;
    out.problems.push({ code: 'dmarc-report-auth-missing', severity: 'error', subject: qname, message: msg });
    out.steps.push(step('report-auth', 'External report address', 'fail', msg, rule, evidence));
  }
  return out;
}
