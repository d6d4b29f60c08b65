// The domain check's form, heading and link (src/app/DomainCheck.svelte; dc.ui.service is also the
// service step's title when no service was chosen). A page area; the check's findings are in domain.ts.
export const domainform = {
  'dc.ui.tabDomain': 'Check a domain',
  'dc.ui.intro':
    'No message yet? Check what a domain publishes (SPF, DMARC, DKIM, MX, MTA-STS, TLS-RPT, BIMI) and, for the service you will send with, which records it needs.',
  'dc.ui.domain': 'Domain',
  'dc.ui.service': 'Sending service',
  'dc.ui.serviceNone': 'None (check the domain only)',
  'dc.ui.region': 'Region',
  'dc.ui.regionHelp': 'e.g. ap-northeast-1 (Amazon SES, Resend), or eu for SparkPost’s EU region',
  'dc.ui.selectors': 'DKIM selectors',
  'dc.ui.selectorsHelp': 'optional, separated by spaces or commas',
  'dc.ui.check': 'Check the domain',
  'dc.ui.checking': 'Checking…',
  'dc.ui.invalid':
    '"{domain}" is not a domain name: a domain name is labels of letters, digits and hyphens (up to 63 characters each, 253 in all) separated by dots, such as example.jp.',
  'dc.ui.empty': 'Enter a domain name to check, such as example.jp.',
  'dc.ui.badRegion': '"{region}" is not a region name: use the form of ap-northeast-1 (as the service’s console shows it).',
  'dc.ui.badSelector': '"{selector}" is not a DKIM selector: a selector is one or more labels of letters, digits, hyphens and underscores, separated by dots.',
  'dc.ui.heading': 'Domain check: {domain}',
  'dc.ui.link': 'Link to this check',
  'dc.ui.dns': 'DNS queries ({n})',
} as const;
