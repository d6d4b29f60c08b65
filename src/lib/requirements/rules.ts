// The mailbox providers' sender rules, as data: which provider states each rule, for whom (all
// senders or bulk senders), and where. Words live in the catalogues (findings/en/req.ts).
//
// Sources (read 2026-12; see the note in docs or the report of issue 15 for what was verified):
//  - Google, Email sender guidelines: https://support.google.com/a/answer/81126
//    all senders: SPF or DKIM; valid forward and reverse DNS (PTR); TLS; spam rate below 0.3%
//    (aim below 0.1%) in Postmaster Tools; RFC 5322 format; do not impersonate Gmail From:;
//    forwarders (lists, gateways) add ARC. 5,000 or more a day to personal Gmail accounts:
//    SPF and DKIM; DMARC (p=none allowed); From aligned with the SPF or DKIM domain (direct mail);
//    one-click unsubscribe for marketing and subscribed messages.
//  - Yahoo, Sender best practices: https://senders.yahooinc.com/best-practices/
//    all senders: SPF or DKIM, forward and reverse DNS, RFC 5321/5322, spam rate below 0.3%;
//    bulk senders: SPF and DKIM, DMARC p=none or stricter that passes, one-click unsubscribe.
//  - Microsoft, Outlook's requirements for high-volume senders (from 5 May 2025, more than 5,000
//    messages a day to Outlook.com, Hotmail and Live addresses): SPF pass, DKIM pass, DMARC p=none
//    or stricter aligned with SPF or DKIM.
//  - RFC 8301 3.2 (DKIM keys of at least 1024 bits), RFC 8058 (one-click unsubscribe).

export type ProviderId = 'gmail' | 'yahoo' | 'microsoft';
export type Scope = 'all' | 'bulk';

export const PROVIDER_SOURCES: Record<ProviderId, string> = {
  gmail: 'https://support.google.com/a/answer/81126',
  yahoo: 'https://senders.yahooinc.com/best-practices/',
  microsoft:
    'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730',
};

export const RFC8301 = 'https://www.rfc-editor.org/rfc/rfc8301#section-3.2';

/** Where to read the spam (complaint) rate: one message cannot show it. */
export const SPAM_RATE_TOOLS = {
  gmail: 'https://postmaster.google.com/',
  yahoo: 'https://senders.yahooinc.com/',
  microsoft: 'https://sendersupport.olc.protection.outlook.com/snds/',
} as const;

export const REQUIREMENT_IDS = [
  'spf-or-dkim',
  'spf-and-dkim',
  'dmarc-record',
  'dmarc-alignment',
  'one-click-unsubscribe',
  'ptr-fcrdns',
  'tls',
  'rfc5322',
  'dkim-key-size',
  'no-gmail-from-spoofing',
  'arc-for-forwarders',
  'spam-rate',
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

export interface ProviderStatement {
  id: ProviderId;
  /** for whom this provider states the rule */
  scope: Scope;
  url: string;
}

export interface RuleDef {
  /** the widest scope any provider gives it */
  scope: Scope;
  /** the report's `source`: the primary document */
  source: string;
  providers: ProviderStatement[];
  /** the rule differs between providers (a catalogue note `req.<id>.differs` exists) */
  differs: boolean;
  /** who can act on it when it is not met */
  actor: 'owner' | 'service' | 'forwarder' | 'owner-or-service';
}

const p = (id: ProviderId, scope: Scope): ProviderStatement => ({ id, scope, url: PROVIDER_SOURCES[id] });

export const RULES: Record<RequirementId, RuleDef> = {
  'spf-or-dkim': { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all'), p('yahoo', 'all')], differs: true, actor: 'owner-or-service' },
  'spf-and-dkim': { scope: 'bulk', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'bulk'), p('yahoo', 'bulk'), p('microsoft', 'bulk')], differs: true, actor: 'owner-or-service' },
  'dmarc-record': { scope: 'bulk', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'bulk'), p('yahoo', 'bulk'), p('microsoft', 'bulk')], differs: false, actor: 'owner' },
  'dmarc-alignment': { scope: 'bulk', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'bulk'), p('yahoo', 'bulk'), p('microsoft', 'bulk')], differs: true, actor: 'owner-or-service' },
  'one-click-unsubscribe': { scope: 'bulk', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'bulk'), p('yahoo', 'bulk')], differs: true, actor: 'service' },
  'ptr-fcrdns': { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all'), p('yahoo', 'all')], differs: false, actor: 'service' },
  tls: { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all')], differs: false, actor: 'service' },
  rfc5322: { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all'), p('yahoo', 'all')], differs: false, actor: 'service' },
  'dkim-key-size': { scope: 'all', source: RFC8301, providers: [], differs: false, actor: 'owner-or-service' },
  'no-gmail-from-spoofing': { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all')], differs: false, actor: 'owner' },
  'arc-for-forwarders': { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all')], differs: false, actor: 'forwarder' },
  'spam-rate': { scope: 'all', source: PROVIDER_SOURCES.gmail, providers: [p('gmail', 'all'), p('yahoo', 'all')], differs: true, actor: 'owner' },
};
