// What the headers say about the path, one table per signal, with the look-alikes that must NOT match.
import { describe, it, expect } from 'vitest';
import { Headers, listSignal, forwardSignal, autoReplySignal, bounceSignal, gatewaySignal, displayAddressSignal } from '../../../src/lib/diagnosis/signals.ts';

const hs = (text: string) => new Headers(text.split('\n').filter(Boolean).map((l) => ({ name: l.slice(0, l.indexOf(':')), value: l.slice(l.indexOf(':') + 1).trim() })));

describe('list', () => {
  it.each([
    ['Mailman 3', 'List-Id: Users <users.lists.example.org>\nList-Post: <mailto:users@lists.example.org>\nX-Mailman-Version: 3.3.9\nSubject: [users] hello', 'Alice', 'shop.example', { list: true, tag: '[users]', rewritten: false }],
    ['Mailman 2 X-BeenThere', 'X-BeenThere: dev@lists.example.org\nList-Id: <dev.lists.example.org>\nSubject: Re: [dev] patch', 'Bob', 'shop.example', { list: true, tag: '[dev]', rewritten: false }],
    ['Google Groups via', "X-Google-Group-Id: 123456\nList-ID: <team.example.com>\nMailing-list: list team@example.com; contact team+owners@example.com\nList-Post: <https://groups.google.com/a/example.com/group/team/post>, <mailto:team@example.com>\nSubject: hi", "'Alice' via Team", 'example.com', { list: true, tag: null, rewritten: true }],
    ['Sympa X-Loop', 'X-Loop: announce@sympa.example.net\nList-Id: <announce.sympa.example.net>\nSubject: news', 'Carol', 'shop.example', { list: true, tag: null, rewritten: false }],
    ['Mailchimp newsletter is not a list', 'List-ID: 1a2b3c4d5e mcsv.net\nList-Unsubscribe: <https://example.us1.list-manage.com/unsubscribe>\nPrecedence: bulk\nX-MC-User: abc', 'Shop', 'shop.example', null],
    ['a plain message', 'Subject: [ticket #42] your request', 'Desk', 'shop.example', null],
  ])('%s', (_n, text, display, fromDomain, want) => {
    const s = listSignal(hs(text), display, fromDomain);
    if (want === null) expect(s).toBeNull();
    else {
      expect(s).not.toBeNull();
      expect(s!.subjectTag).toBe(want.tag);
      expect(s!.fromRewritten).toBe(want.rewritten);
    }
  });
});

describe('forwarding', () => {
  const base = { envelopeLocal: null, envelopeDomain: null, arcSealers: [], hops: [], boundaryIndex: null, fromOrg: 'shop.example', authorOrgs: ['shop.example'], spfPass: false, knownService: false };
  it.each([
    ['SRS0 envelope', '', { ...base, envelopeLocal: 'SRS0=HHH=TT=shop.example=alice', envelopeDomain: 'fwd.example', spfPass: true }, 'fwd.example'],
    // Microsoft 365 forwarding: <forwarder>+SRS=<hash>=<time>=<domain>=<local>@<forwarder's domain>, a known service's hops, SPF passing
    ['Microsoft 365 SRS envelope', '', { ...base, envelopeLocal: 'bob+SRS=ab12c=XY=shop.example=alice', envelopeDomain: 'uni.example', spfPass: true, knownService: true }, 'uni.example'],
    ['Resent-From', 'Resent-From: alice@fwd.example', base, 'fwd.example'],
    ['Gmail X-Forwarded-To', 'X-Forwarded-To: bob@gmail.com\nX-Forwarded-For: alice@uni.example bob@gmail.com', base, null],
    ['two ARC sets, SPF failing', '', { ...base, arcSealers: [{ d: 'uni.example', aar: 'i=1; mx.uni.example; spf=pass' }, { d: 'google.com', aar: 'i=2; mx.google.com; spf=fail' }] }, 'uni.example'],
    ['hops through another organisation', '', { ...base, hops: [{ ip: '192.0.2.10', from: 'mail.shop.example', rdns: 'mail.shop.example', by: 'mx.uni.example' }, { ip: '198.51.100.7', from: 'mx.uni.example', rdns: 'mx.uni.example', by: 'mx.receiver.example' }], boundaryIndex: 1 }, 'uni.example'],
  ])('%s', (_n, text, opts, by) => {
    const s = forwardSignal(hs(text), opts);
    expect(s).not.toBeNull();
    expect(s!.by).toBe(by);
  });
  it.each([
    ['a platform that seals ARC while SPF passes', { ...base, spfPass: true, arcSealers: [{ d: 'microsoft.com', aar: 'i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=shop.example' }, { d: 'google.com', aar: 'i=2' }] }],
    ['internal relays of a known service', { ...base, knownService: true, hops: [{ ip: '10.0.0.1', from: 'mail.shop.example', rdns: null, by: 'x.prod.outlook.com' }, { ip: '40.107.1.1', from: 'mail-x.outbound.protection.outlook.com', rdns: 'mail-x.outbound.protection.outlook.com', by: 'mx.google.com' }], boundaryIndex: 1 }],
    ['a plus address that is not SRS', { ...base, envelopeLocal: 'bob+srs-news', envelopeDomain: 'shop.example', spfPass: true }],
    ['nothing at all', base],
  ])('not forwarding: %s', (_n, opts) => {
    expect(forwardSignal(hs('Subject: hi'), opts)).toBeNull();
  });
});

describe('bounce and auto-reply', () => {
  it.each([
    ['DSN', 'Content-Type: multipart/report; report-type=delivery-status; boundary=x', 'postmaster', true],
    ['MAILER-DAEMON', 'Subject: Undelivered Mail Returned to Sender', 'MAILER-DAEMON', true],
    ['an ordinary reply', 'Subject: Re: order', 'alice', false],
  ])('bounce: %s', (_n, text, local, want) => expect(!!bounceSignal(hs(text), local)).toBe(want));
  it.each([
    ['Auto-Submitted', 'Auto-Submitted: auto-replied', true],
    ['Outlook', 'Subject: Automatic reply: your question\nX-Auto-Response-Suppress: All', true],
    ['X-Autoreply', 'X-Autoreply: yes', true],
    ['Auto-Submitted: no', 'Auto-Submitted: no\nX-Auto-Response-Suppress: All', false],
  ])('auto-reply: %s', (_n, text, want) => expect(!!autoReplySignal(hs(text))).toBe(want));
});

describe('the receiver’s gateway', () => {
  const hop = (from: string, ip: string, by: string) => ({ ip, from, rdns: from, by });
  it.each([
    ['Mimecast before Google', 'X-Mimecast-Spam-Score: 0', [hop('mail.shop.example', '192.0.2.10', 'eu-smtp-inbound-1.mimecast.com'), hop('eu-smtp-inbound-1.mimecast.com', '207.211.30.40', 'mx.google.com')], 1, ['mx.google.com'], 'Mimecast', true],
    ['Proofpoint before Microsoft 365', 'X-MS-Exchange-Organization-SCL: 1\nX-Proofpoint-Virus-Version: vendor=baseguard', [hop('mail.shop.example', '192.0.2.10', 'mx0a-001.pphosted.com'), hop('mx0a-001.pphosted.com', '148.163.0.10', 'AM0PR01.outlook.office365.com')], 1, ['spf.protection.outlook.com'], 'Proofpoint', true],
    ['Barracuda header only', 'X-Barracuda-Spam-Score: 0.1\nX-MS-Exchange-Organization-AuthAs: Anonymous', [], null, [], 'Barracuda', false],
  ])('%s', (_n, text, hops, bi, ids, name, atBoundary) => {
    const g = gatewaySignal(hs(text), hops, bi, ids);
    expect(g?.name).toBe(name);
    expect(g?.atBoundary).toBe(atBoundary);
  });
  it('no platform behind it: not the receiver’s gateway', () => {
    expect(gatewaySignal(hs('X-Proofpoint-Virus-Version: x'), [], null, ['mx.receiver.example'])).toBeNull();
  });
});

describe('an address posing in the display name', () => {
  const enc = (s: string) => `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`;
  it.each([
    ['encoded-word address', `${enc('ceo@shop.example')} <x1@freemail.example>`, 'x1@freemail.example', 'freemail.example', 'ceo@shop.example'],
    ['bare address as display name', '"ceo@shop.example" <x1@freemail.example>', 'x1@freemail.example', 'freemail.example', 'ceo@shop.example'],
    ['encoded display with a name and address', `${enc('CEO ceo@shop.example')} <x1@freemail.example>`, 'x1@freemail.example', 'freemail.example', 'ceo@shop.example'],
  ])('spoofing: %s', (_n, value, real, dom, shown) => {
    expect(displayAddressSignal({ name: 'From', value }, real, dom)?.shown).toBe(shown);
  });
  it.each([
    ['same domain', '"alice@shop.example" <alice@shop.example>', 'alice@shop.example', 'shop.example'],
    ['a service on someone’s behalf', '"Jane Doe <jane@partner.example> via LinkedIn" <messages@linkedin.example>', 'messages@linkedin.example', 'linkedin.example'],
    ['a name with an address in it', '"Support (support@vendor.example)" <help@desk.example>', 'help@desk.example', 'desk.example'],
    ['plain name', 'Alice <alice@shop.example>', 'alice@shop.example', 'shop.example'],
  ])('not spoofing: %s', (_n, value, real, dom) => {
    expect(displayAddressSignal({ name: 'From', value }, real, dom)).toBeNull();
  });
});
