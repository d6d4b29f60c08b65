// Antispam reports you can read: rule lists with scores (SpamAssassin, Rspamd) and Microsoft's
// DIR:OUT said as the sender's outbound scan.
import { describe, expect, it } from 'vitest';
import { decodeAntispam } from '../../../src/lib/message/antispam.ts';

const SA_REPORT =
  ' * -0.0 RCVD_IN_DNSWL_NONE RBL: Sender listed at https://www.dnswl.org/,\r\n *       no trust\r\n *      [209.85.128.41 listed in list.dnswl.org]\r\n *  0.0 FREEMAIL_FROM Sender email is commonly abused enduser mail\r\n *      provider\r\n *      [alice[at]gmail.com]\r\n * -0.1 DKIM_VALID Message has at least one valid DKIM or DK signature\r\n *  2.5 URIBL_BLACK Contains an URL listed in the URIBL blacklist';
const unfold = (v: string) => v.replace(/\r\n(?=[ \t])/g, '');

describe('rule lists with scores', () => {
  it('SpamAssassin X-Spam-Report', () => {
    const a = decodeAntispam([{ name: 'X-Spam-Report', value: unfold(SA_REPORT) }]);
    const rules = a.spamassassin!.rules!;
    expect(rules.map((r) => [r.name, r.score])).toEqual([['RCVD_IN_DNSWL_NONE', -0], ['FREEMAIL_FROM', 0], ['DKIM_VALID', -0.1], ['URIBL_BLACK', 2.5]]);
    expect(rules[0]!.description).toMatch(/^RBL: Sender listed at https:\/\/www.dnswl.org\/, no trust \[209.85.128.41 listed in list.dnswl.org\]$/);
  });
  it('SpamAssassin X-Spam-Status with amavis scores and X-Spam-hits', () => {
    const a = decodeAntispam([
      { name: 'X-Spam-Status', value: 'No, score=-1.91 tagged_above=-999 required=6.31 tests=[BAYES_00=-1.9, DKIM_SIGNED=0.1, DKIM_VALID=-0.1, SPF_PASS=-0.001] autolearn=ham autolearn_force=no' },
      { name: 'X-Spam-hits', value: 'BAYES_00 -1.9, HTML_MESSAGE 0.001, TXREP 1.114' },
    ]);
    const sa = a.spamassassin!;
    expect(sa.score).toBe(-1.91);
    expect(sa.required).toBe(6.31);
    expect(sa.tests).toEqual(['BAYES_00', 'DKIM_SIGNED', 'DKIM_VALID', 'SPF_PASS']);
    expect(sa.rules!.map((r) => [r.name, r.score])).toEqual([['BAYES_00', -1.9], ['DKIM_SIGNED', 0.1], ['DKIM_VALID', -0.1], ['SPF_PASS', -0.001], ['HTML_MESSAGE', 0.001], ['TXREP', 1.114]]);
  });
  it('Rspamd X-Spamd-Result and X-Rspamd-Report', () => {
    const a = decodeAntispam([
      { name: 'X-Spamd-Result', value: 'default: False [-3.10 / 15.00]; ARC_NA(0.00)[]; DMARC_POLICY_ALLOW(-0.50)[example.com,none]; R_SPF_ALLOW(-0.20)[+ip4:192.0.2.0/24]; BAYES_HAM(-2.40)[99.99%]' },
      { name: 'X-Rspamd-Action', value: 'no action' },
    ]);
    const rs = a.rspamd!;
    expect([rs.spam, rs.score, rs.required, rs.action]).toEqual([false, -3.1, 15, 'no action']);
    expect(rs.rules.map((r) => [r.name, r.score, r.description ?? ''])).toEqual([['ARC_NA', 0, ''], ['DMARC_POLICY_ALLOW', -0.5, 'example.com,none'], ['R_SPF_ALLOW', -0.2, '+ip4:192.0.2.0/24'], ['BAYES_HAM', -2.4, '99.99%']]);
    const b = decodeAntispam([{ name: 'X-Rspamd-Report', value: 'R_SPF_ALLOW(-0.2) BAYES_HAM(-3) MIME_GOOD(-0.1)' }]);
    expect(b.rspamd!.rules.map((r) => r.name)).toEqual(['R_SPF_ALLOW', 'BAYES_HAM', 'MIME_GOOD']);
  });
});

describe('Microsoft DIR:OUT is the sender’s outbound scan', () => {
  it.each([
    ['DIR:OUT alone', ['CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:AM0PR02MB1234.eurprd02.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230031);DIR:OUT;SFP:1101;'], false, true],
    ['DIR:INB alone', ['CIP:148.163.150.14;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mx0a.example;PTR:mx0a.example;CAT:NONE;SFS:(13230031);DIR:INB;'], true, false],
    ['both: the receiver’s and the sender’s', ['CIP:148.163.150.14;SCL:5;SFV:SPM;DIR:INB;', 'CIP:255.255.255.255;SCL:1;DIR:OUT;'], true, true],
  ])('%s', (_what, values, inbound, outbound) => {
    const a = decodeAntispam(values.map((value) => ({ name: 'X-Forefront-Antispam-Report', value })));
    expect(!!a.microsoft).toBe(inbound);
    expect(!!a.microsoftOutbound).toBe(outbound);
    if (outbound) expect(a.microsoftOutbound!.note).toMatch(/sending organisation’s outbound scan.*not the receiver’s verdict/);
    if (inbound && outbound) expect(a.microsoft!.scl).toBe(5);
  });
  it('a compauth below the receiver’s block is not taken as the receiver’s', () => {
    const a = decodeAntispam([{ name: 'Authentication-Results', value: 'spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=x.example; compauth=fail reason=000', trusted: false }]);
    expect(a.compauth).toBeUndefined();
  });
});
