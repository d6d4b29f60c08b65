// Received fields as vendors write them: the HELO/EHLO name in every common form, dates in Go's
// format and with fractional seconds (kept to the millisecond), and gaps of more than a day.
import { describe, expect, it } from 'vitest';
import { buildHops, parseReceived } from '../../../src/lib/message/received.ts';

const HELO: [string, string, { claimed: string | null; ip: string | null; rdns?: string | null }][] = [
  ['Yahoo bullet: EHLO and the IP in a second comment', 'from 127.0.0.1  (EHLO nm39-vm5.bullet.mail.ne1.yahoo.com) (98.138.229.165)\r\n  by mta1047.mail.ne1.yahoo.com with SMTPS; Sun, 22 Apr 2018 02:54:20 +0000', { claimed: 'nm39-vm5.bullet.mail.ne1.yahoo.com', ip: '98.138.229.165' }],
  ['Yahoo inbound: IP first, EHLO in the comment', 'from 209.85.221.48 (EHLO mail-wr1-f48.google.com)\r\n by 10.197.33.10 with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n Tue, 9 Jan 2024 17:31:12 +0000', { claimed: 'mail-wr1-f48.google.com', ip: '209.85.221.48' }],
  ['qmail HELO', 'from unknown (HELO mail.sender.example) (198.51.100.77)\r\n  by mx.receiver.example with ESMTPS; 22 Apr 2018 02:54:20 -0000', { claimed: 'mail.sender.example', ip: '198.51.100.77', rdns: null }],
  ['qmail HELO with remote info', 'from mail.sender.example (HELO helo.sender.example) (user@198.51.100.78) by mx.receiver.example with SMTP; 22 Apr 2018 02:54:20 -0000', { claimed: 'helo.sender.example', ip: '198.51.100.78', rdns: 'mail.sender.example' }],
  ['Exim helo=', 'from [192.0.2.1] (port=51234 helo=client.example) by mx.example.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id 1; Thu, 20 Aug 2020 10:08:28 +0000', { claimed: 'client.example', ip: '192.0.2.1' }],
  ['Postfix host (rdns [ip])', 'from helo.example (rdns.example [198.51.100.7]) by mx.example.net (Postfix) with ESMTP id 4Vx; Mon, 2 Nov 2020 01:57:25 -0800', { claimed: 'helo.example', ip: '198.51.100.7', rdns: 'rdns.example' }],
  ['Exchange on-premises', 'from EXCH01.corp.example.com (10.0.0.5) by EXCH02.corp.example.com (10.0.0.6) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.27; Mon, 8 Jan 2024 10:11:12 +0100', { claimed: 'EXCH01.corp.example.com', ip: '10.0.0.5' }],
  ['IBM (sendmail)', 'from d06av21.portsmouth.uk.ibm.com (d06av21.portsmouth.uk.ibm.com [9.149.105.232])\r\n\tby b06cxnps3075.portsmouth.uk.ibm.com (8.14.9/8.14.9/NCO v10.0) with ESMTP id w3M2sK8N12345678;\r\n\tSun, 22 Apr 2018 02:54:20 GMT', { claimed: 'd06av21.portsmouth.uk.ibm.com', ip: '9.149.105.232', rdns: 'd06av21.portsmouth.uk.ibm.com' }],
  ['Microsoft 365 frontend', 'from mx0a-00123401.pphosted.com (148.163.150.14) by BN8NAM11FT055.mail.protection.outlook.com (10.13.177.62) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7633.15 via Frontend Transport; Tue, 4 Jun 2024 09:12:45 +0000', { claimed: 'mx0a-00123401.pphosted.com', ip: '148.163.150.14' }],
];

describe('HELO/EHLO in every common form', () => {
  it.each(HELO)('%s', (_what, line, want) => {
    const f = parseReceived(line).from!;
    expect(f.claimed).toBe(want.claimed);
    expect(f.ip).toBe(want.ip);
    if (want.rdns !== undefined) expect(f.rdns).toBe(want.rdns);
  });
});

const DATES: [string, string, string][] = [
  ['SendGrid, Go time.Time with nanoseconds, no ";"', 'by filter0225p1mdw1.sendgrid.net with SMTP id filter0225p1mdw1-13399-5ADBF8D9-1A\r\n        2018-04-22 02:54:17.028704749 +0000 UTC', '2018-04-22T02:54:17.028Z'],
  ['SendGrid, Go time with the monotonic clock reading', 'by filter0419p1iad2.sendgrid.net with SMTP id filter0419p1iad2-17662-5D0ECF02-32\r\n        2019-06-23 00:59:46.828888551 +0000 UTC m=+266323.963383415', '2019-06-23T00:59:46.828Z'],
  ['SendGrid HTTP hop, RFC date with milliseconds, no ";"', 'from MTIzNDU2Nzg (ec2-54-167-48-196.compute-1.amazonaws.com [54.167.48.196])\r\n\tby ismtpd0010p1iad1.sendgrid.net (SG) with HTTP id XmCXm3pGSCyGgzyE2MPYPw\r\n\tThu, 17 Jun 2021 14:45:16.434 +0000 (UTC)', '2021-06-17T14:45:16.434Z'],
  ['fractional seconds after ";"', 'from a.example by b.example with ESMTP id 1; Mon, 8 Jan 2024 10:11:12.5 +0100', '2024-01-08T09:11:12.500Z'],
  ['Go style after ";" with a negative offset', 'by mx.example with SMTP id 2; 2024-01-08 10:11:12.123 -0500 EST', '2024-01-08T15:11:12.123Z'],
];

describe('dates kept to the millisecond', () => {
  it.each(DATES)('%s', (_what, line, iso) => {
    const p = parseReceived(line);
    expect(p.date?.iso).toBe(iso);
    expect(p.problems.map((x) => x.code)).not.toContain('received-no-date');
  });
  it('the id of a semicolon-less SendGrid field is not swallowed by the date', () => {
    expect(parseReceived(DATES[0]![1]).id).toBe('filter0225p1mdw1-13399-5ADBF8D9-1A');
  });
});

describe('gaps of more than a day between hops', () => {
  const at = (d: string, by: string) => ({ value: `from x.example ([192.0.2.1]) by ${by}; ${d}`, line: 0 });
  it.each([
    ['18 days: flagged', 'Thu, 4 Apr 2024 10:00:04 +0000', 'Mon, 22 Apr 2024 16:00:02 +0000', true],
    ['25 hours: flagged', 'Thu, 4 Apr 2024 10:00:00 +0000', 'Fri, 5 Apr 2024 11:00:00 +0000', true],
    ['23 hours (a slow queue): not flagged', 'Thu, 4 Apr 2024 10:00:00 +0000', 'Fri, 5 Apr 2024 09:00:00 +0000', false],
  ])('%s', (_what, older, newer, flagged) => {
    const r = buildHops([{ ...at(newer, 'b.example'), line: 1 }, { ...at(older, 'a.example'), line: 2 }]);
    const gap = r.problems.find((p) => p.code === 'received-gap');
    expect(!!gap).toBe(flagged);
    if (gap) expect(gap.message).toMatch(/two deliveries glued together\?/);
  });
});
