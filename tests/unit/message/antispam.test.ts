import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compauthMeaning, decodeAntispam, type DecodedField } from '../../../src/lib/message/antispam.ts';
import { expectWithin } from '../../support/timing.ts';
import { translator } from '../../../src/lib/i18n/tr.ts';

// A Microsoft 365 inbound message from Gmail, as Exchange Online stamps it (rule ids shortened).
const M365 = [
  { name: 'Authentication-Results', value: 'spf=pass (sender IP is 209.85.220.41) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100' },
  { name: 'X-Forefront-Antispam-Report', value: 'CIP:209.85.220.41;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail-sor-f41.google.com;PTR:mail-sor-f41.google.com;CAT:NONE;SFS:(13230031)(4636009)(451199021);DIR:INB;SFTY:;SFP:1102;PCL:2;BCL:0;' },
  { name: 'X-Microsoft-Antispam', value: 'BCL:0;ARA:13230031|4636009;' },
  { name: 'X-MS-Exchange-Organization-SCL', value: '1' },
  { name: 'X-Microsoft-Antispam-Mailbox-Delivery', value: 'ucf:0;jmr:1;auth:0;dest:J;OFR:SpamFilterAuthJ;ENG:(910001)(944506478);RF:JunkEmail;' },
];

const FF = 'X-Forefront-Antispam-Report';
const XMA = 'X-Microsoft-Antispam';
const MBX = 'X-Microsoft-Antispam-Mailbox-Delivery';

// [header, key, value, phrase the meaning must contain, documented by Microsoft]
const FIELDS: [string, string, string, string, boolean][] = [
  [FF, 'CIP', '209.85.220.41', 'Connecting IP address: 209.85.220.41', true],
  [FF, 'CTRY', 'US', 'Country/region of the connecting IP address: US', true],
  [FF, 'LANG', 'en', 'Language the message is written in: en', true],
  [FF, 'SCL', '1', 'not to be spam', true],
  [FF, 'SRV', '', 'No bulk verdict', true],
  [FF, 'IPV', 'NLI', 'not found on any IP reputation list', true],
  [FF, 'SFV', 'NSPM', 'marked the message as not spam', true],
  [FF, 'H', 'mail-sor-f41.google.com', 'HELO/EHLO name of the connecting server: mail-sor-f41.google.com', true],
  [FF, 'PTR', 'mail-sor-f41.google.com', 'Reverse DNS (PTR) name of the source IP address: mail-sor-f41.google.com', true],
  [FF, 'CAT', 'NONE', 'No threat policy category', true],
  [FF, 'SFS', '(13230031)(4636009)(451199021)', 'rules matched: 13230031, 4636009, 451199021', true],
  [FF, 'DIR', 'INB', 'Inbound message', true],
  [FF, 'SFTY', '', 'No phishing safety verdict', true],
  [FF, 'SFP', '1102', 'Not documented by Microsoft', false],
  [FF, 'PCL', '2', 'not likely to be phishing', true],
  [FF, 'BCL', '0', 'not from a bulk sender', true],
  [XMA, 'BCL', '0', 'not from a bulk sender', true],
  [XMA, 'ARA', '13230031|4636009', 'Not documented by Microsoft', false],
  ['X-MS-Exchange-Organization-SCL', 'SCL', '1', 'not to be spam', true],
  [MBX, 'ucf', '0', 'no rule of the mailbox owner took part (observed behaviour', false],
  [MBX, 'jmr', '1', "the mailbox's junk email rule acted on the message (observed behaviour", false],
  [MBX, 'auth', '0', 'meaning is not published', false],
  [MBX, 'dest', 'J', 'delivered to the Junk Email folder (observed behaviour; not documented by Microsoft)', false],
  [MBX, 'OFR', 'SpamFilterAuthJ', "Exchange's own filtering decided the folder", false],
  [MBX, 'ENG', '(910001)(944506478)', 'engine and rule identifiers: 910001, 944506478', false],
  [MBX, 'RF', 'JunkEmail', 'the folder the message was routed to', false],
];

describe('decodeAntispam: Microsoft 365', () => {
  const r = decodeAntispam(M365);
  const ms = r.microsoft!;

  it('keeps every field, in order, once', () => {
    expect(ms.fields.map((f) => `${f.header}/${f.key}`)).toEqual(FIELDS.map(([h, k]) => `${h}/${k}`));
  });

  it.each(FIELDS)('%s %s:%s', (header, key, value, phrase, documented) => {
    const f = ms.fields.find((x) => x.header === header && x.key === key) as DecodedField;
    expect(f).toBeDefined();
    expect(f.value).toBe(value);
    expect(f.meaning).toContain(phrase);
    expect(f.documented).toBe(documented);
  });

  it('lifts the verdicts out', () => {
    expect(ms).toMatchObject({
      cip: '209.85.220.41', ctry: 'US', scl: 1, bcl: 0, pcl: 2, sfv: 'NSPM', cat: 'NONE', dir: 'INB', ipv: 'NLI',
      helo: 'mail-sor-f41.google.com', ptr: 'mail-sor-f41.google.com', dest: 'J', ofr: 'SpamFilterAuthJ', rules: ['13230031', '4636009', '451199021'],
    });
    expect(ms.sfty).toBeUndefined(); // SFTY: was empty
    expect(ms.srv).toBeUndefined();
  });

  it('reads compauth from an Authentication-Results without an authserv-id', () => {
    expect(r.compauth).toMatchObject({ result: 'pass', reason: '100', documented: true });
    expect(r.compauth!.meaning).toContain('Passed authentication');
  });

  it.each([
    ['SCL', '-1', 'spam filtering was skipped', true],
    ['SCL', '5', 'marked the message as spam', true],
    ['SCL', '9', 'high confidence spam', true],
    ['SCL', '3', 'never stamps this value', true],
    ['SCL', '12', 'Not documented', false],
    ['SFV', 'SPM', 'marked the message as spam', true],
    ['SFV', 'SKS', 'marked as spam before spam filtering', true],
    ['SFV', 'BLK', 'Blocked Senders list', true],
    ['SFV', 'SFE', 'Safe Senders list', true],
    ['SFV', 'SKA', 'allowed senders or domains', true],
    ['SFV', 'XYZ', 'Not documented', false],
    ['IPV', 'CAL', 'IP Allow List', true],
    ['SRV', 'BULK', 'bulk email', true],
    ['CAT', 'PHSH', 'Phishing', true],
    ['CAT', 'HPHSH', 'High confidence phishing', true],
    ['CAT', 'SPOOF', 'Spoofing', true],
    ['SFTY', '9.25', 'First contact safety tip', true],
    ['SFTY', '9.19', 'Domain impersonation', true],
    ['DIR', 'OUT', 'Outbound', true],
    ['BCL', '5', 'mixed number of complaints', true],
    ['BCL', '9', 'high number of complaints', true],
    ['PCL', '8', 'likely to be phishing', true],
    ['PCL', 'x', 'Not documented', false],
  ] as [string, string, string, boolean][])('Forefront %s:%s', (key, value, phrase, documented) => {
    // DIR:OUT goes to microsoftOutbound (the sender's outbound scan, issue 12)
    const a = decodeAntispam([{ name: FF, value: `${key}:${value};` }]);
    const f = (a.microsoft ?? a.microsoftOutbound)!.fields[0]!;
    expect(f.meaning).toContain(phrase);
    expect(f.documented).toBe(documented);
  });

  it.each([
    ['dest:I', 'delivered to the Inbox'],
    ['dest:C', 'a custom folder'],
    ['dest:Q', 'Q: Not documented'],
    ['OFR:CustomRules', 'a rule the mailbox owner made (an Outlook inbox rule) decided the folder'],
    ['OFR:TrustedSenderList', 'the reason given for the folder choice'],
    ['ucf:1', 'a rule the mailbox owner made (user custom filter) took part'],
    ['jmr:0', 'did not act'],
    ['jmr:7', '7: Not documented'],
    ['abwl:1', 'Not documented'],
  ])('Mailbox-Delivery %s', (pair, phrase) => {
    const f = decodeAntispam([{ name: MBX, value: pair }]).microsoft!.fields[0]!;
    expect(f.meaning).toContain(phrase);
    expect(f.documented).toBe(false);
  });

  it('X-MS-Exchange-Organization-PCL and the SCL header do not override the report', () => {
    const ms2 = decodeAntispam([
      { name: FF, value: 'SCL:6;' },
      { name: 'X-MS-Exchange-Organization-SCL', value: ' 1 ' },
      { name: 'X-MS-Exchange-Organization-PCL', value: '8' },
    ]).microsoft!;
    expect(ms2.scl).toBe(6);
    expect(ms2.pcl).toBe(8);
    expect(ms2.fields[2]).toMatchObject({ key: 'PCL', value: '8', documented: true });
    expect(ms2.fields[2]!.meaning).toContain('likely to be phishing');
  });
});

describe('decodeAntispam: SpamAssassin', () => {
  const folded = 'Yes, score=7.2 required=5.0 tests=BAYES_99,BAYES_999,\r\n\tDKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,\r\n\tRDNS_NONE,URIBL_BLOCKED autolearn=no\r\n\tautolearn_force=no version=3.4.6';

  it('decodes a folded X-Spam-Status field by field', () => {
    const sa = decodeAntispam([{ name: 'X-Spam-Status', value: folded }]).spamassassin!;
    expect(sa).toMatchObject({ spam: true, score: 7.2, required: 5, autolearn: 'no', version: '3.4.6' });
    expect(sa.tests).toEqual(['BAYES_99', 'BAYES_999', 'DKIM_SIGNED', 'DKIM_VALID', 'HTML_MESSAGE', 'RDNS_NONE', 'URIBL_BLOCKED']);
    const m = Object.fromEntries(sa.fields.map((f) => [f.key, f.meaning]));
    expect(m.verdict).toContain('classed the message as spam');
    expect(m.score).toContain('Total score');
    expect(m.required).toContain('at or above which');
    expect(m.tests).toContain('rules that matched');
    expect(m.autolearn).toContain('did not learn');
    expect(m.autolearn_force).toContain('No rule forced');
    expect(m.version).toContain('version');
  });

  it.each([
    ['not spam, learned as ham', 'No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID autolearn=ham version=3.4.6', false, -0.1, ['DKIM_SIGNED', 'DKIM_VALID'], 'as ham'],
    ['no tests', 'No, score=0.0 required=5.0 tests=none autolearn=unavailable version=4.0.0', false, 0, [], 'not available'],
    ['old hits=', 'Yes, hits=15.3 required=5.0 tests=BAYES_99 autolearn=spam version=3.2.5', true, 15.3, ['BAYES_99'], 'as spam'],
    ['folded right after tests=', 'Yes, score=9.9 required=5.0 tests=\r\n\tBAYES_99,URIBL_DBL_SPAM autolearn=disabled version=3.4.6', true, 9.9, ['BAYES_99', 'URIBL_DBL_SPAM'], 'turned off'],
  ])('%s', (_label, value, spam, score, tests, autolearn) => {
    const sa = decodeAntispam([{ name: 'X-Spam-Status', value }]).spamassassin!;
    expect(sa.spam).toBe(spam);
    expect(sa.score).toBe(score);
    expect(sa.tests).toEqual(tests);
    expect(sa.fields.find((f) => f.key === 'autolearn')!.meaning).toContain(autolearn);
  });

  it('X-Spam-Level, X-Spam-Score, X-Spam-Flag', () => {
    const sa = decodeAntispam([
      { name: 'X-Spam-Flag', value: 'YES' },
      { name: 'X-Spam-Score', value: '7.2' },
      { name: 'X-Spam-Level', value: '*******' },
    ]).spamassassin!;
    expect(sa).toMatchObject({ spam: true, score: 7.2 });
    expect(sa.fields.map((f) => f.meaning)).toEqual(['The filter flagged the message as spam.', 'Spam score.', '7 star(s): one per whole point of score.']);
  });
});

describe('compauthMeaning', () => {
  it.each([
    ['000', 'Failed explicit authentication', true],
    ['001', 'Failed implicit authentication', true],
    ['010', 'accepted domains', true],
    ['130', 'ARC result was used', true],
    ['100', 'Passed authentication', true],
    ['202', 'Soft-passed', true],
    ['451', 'Bypassed', true],
    ['601', 'accepted domains', true],
    ['500', 'Not documented', false],
    ['abc', 'Not documented', false],
    [undefined, 'No reason code', false],
  ] as [string | undefined, string, boolean][])('reason=%s', (reason, phrase, documented) => {
    const m = compauthMeaning(reason);
    expect(m.meaning).toContain(phrase);
    expect(m.documented).toBe(documented);
  });

  it('compauth=fail reason=000 from a full header', () => {
    const c = decodeAntispam([{ name: 'Authentication-Results', value: 'spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000' }]).compauth!;
    expect(c).toMatchObject({ result: 'fail', reason: '000', documented: true });
    expect(c.meaning).toContain('Failed explicit authentication');
  });
});

describe('decodeAntispam: hostile input', () => {
  it('never throws, bounds the fields', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.constantFrom(FF, XMA, MBX, 'X-Spam-Status', 'X-MS-Exchange-Organization-SCL', 'Authentication-Results', 'X-Spam-Level'), value: fc.string({ maxLength: 300 }) }), { maxLength: 6 }), (hs) => {
        const r = decodeAntispam(hs);
        return (r.microsoft?.fields.length ?? 0) <= 1000 && (r.spamassassin?.fields.length ?? 0) <= 400;
      }),
      { numRuns: 1000 },
    );
    expect(decodeAntispam([null, { name: 1, value: 2 }, { name: FF }] as never)).toEqual({});
  });

  it('is fast on huge values', () => {
    const t0 = Date.now();
    const r = decodeAntispam([
      { name: FF, value: 'SFS:' + '('.repeat(200000) + ';' + 'A:B;'.repeat(100000) },
      { name: 'X-Spam-Status', value: 'Yes, ' + 'a='.repeat(100000) + ' tests=' + 'X,'.repeat(100000) },
    ]);
    expectWithin(Date.now() - t0, 1000);
    expect(r.microsoft!.fields.length).toBeLessThanOrEqual(200);
    expect(r.spamassassin!.fields.length).toBeLessThanOrEqual(200);
  });
});

describe('decodeAntispam: in Japanese', () => {
  const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
  const headers = [
    ...M365,
    { name: FF, value: 'DIR:OUT;SCL:5;CAT:SPM;SFV:SPM;SFTY:9.25;' },
    { name: 'X-Spam-Status', value: 'Yes, score=5.3 required=5.0 tests=A,B autolearn=no autolearn_force=no version=3.4.6' },
    { name: 'X-Spam-Level', value: '*****' },
    { name: 'X-Spam-Flag', value: 'YES' },
    { name: 'X-Spamd-Result', value: 'default: True [16.00 / 15.00]; X(1)' },
    { name: 'X-Rspamd-Action', value: 'reject' },
  ];

  it('every meaning is translated and the data is unchanged', () => {
    const en = decodeAntispam(headers);
    const ja = decodeAntispam(headers, translator('ja'));
    const meanings = (r: typeof en) => [...(r.microsoft?.fields ?? []), ...(r.microsoftOutbound?.fields ?? []), ...(r.spamassassin?.fields ?? []), ...(r.rspamd?.fields ?? [])].map((f) => f.meaning);
    expect(meanings(ja).length).toBe(meanings(en).length);
    meanings(ja).forEach((m, i) => {
      expect(m).toMatch(JA);
      expect(m).not.toBe(meanings(en)[i]);
    });
    expect(ja.compauth!.meaning).toMatch(JA);
    expect(ja.microsoftOutbound!.note).toMatch(JA);
    const strip = (r: typeof en) => JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'meaning' || k === 'note' ? undefined : v))) as unknown;
    expect(strip(ja)).toEqual(strip(en));
  });

  it('keeps values and tag names in the Japanese text', () => {
    const ja = decodeAntispam(headers, translator('ja'));
    expect(ja.microsoft!.fields.find((f) => f.key === 'CIP')!.meaning).toBe('接続元の IP アドレス: 209.85.220.41。');
    expect(ja.rspamd!.fields[0]!.meaning).toContain('スコア 16.00、しきい値 15.00');
    expect(compauthMeaning('000', translator('ja')).meaning).toContain('p=quarantine');
  });
});
