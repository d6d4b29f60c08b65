// Valid (or realistic) inputs the fuzz generators start from, and each grammar's alphabet.
// Written from the shapes real servers and DNS zones use; nothing here is secret or personal.

export const RECEIVED_SEEDS = [
  'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com with SMTPS id a1sor123.2024.01.02.03.04.05\r\n        for <bob@example.com>\r\n        (Google Transport Security);\r\n        Tue, 02 Jan 2024 03:04:05 -0800 (PST)',
  'from mail.example.com (mail.example.com [192.0.2.1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mx.example.org (Postfix) with ESMTPS id 4ABC123\r\n\tfor <bob@example.org>; Mon, 2 Nov 2020 01:57:25 -0800 (PST)',
  'from [192.0.2.7] (helo=client.example)\r\n\tby mx.example.net with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <a@example.com>)\r\n\tid 1abcDE-000123-4X\r\n\tfor bob@example.net; Tue, 02 Jan 2024 10:00:00 +0000',
  'from client.example ([198.51.100.9]:4711)\r\n\tby mx.example.net with esmtp (Exim 4.94.2)\r\n\t(envelope-from <b@example.com>) id 1x; Tue, 02 Jan 2024 10:00:00 +0000',
  'from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::12) by AM0PR01MB5678.eurprd01.prod.exchangelabs.com with HTTPS; Wed, 3 Jan 2024 12:00:00 +0000',
  'from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2041.outbound.protection.outlook.com [40.107.14.41])\r\n by mx.example.com with ESMTPS id abc (version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256/256); Wed, 3 Jan 2024 12:00:00 +0000',
  '(qmail 12345 invoked from network); 2 Jan 2024 10:00:00 -0000',
  'from unknown (HELO client) (198.51.100.2)\r\n  by mail.example.com with SMTP; 2 Jan 2024 10:00:00 -0000',
  'from client.example (client.example [198.51.100.3])\r\n\tby mx.example.com (8.15.2/8.15.2) with ESMTP id 12ABC3456789\r\n\tfor <"first last"@example.com>; Tue, 2 Jan 2024 10:00:00 +0100',
  'by 2002:a05:6a10:1234:b0:123:4567:89ab with SMTP id x12csp123456pxb;\r\n        Tue, 2 Jan 2024 03:04:05 -0800 (PST)',
  'from [IPv6:2001:db8::1] (unknown [IPv6:2001:db8::1]) by mx.example.com (Postfix) with ESMTPSA id ABC; Tue, 2 Jan 2024 03:04:05 +05:30',
  'from localhost by mx.example.com with LMTP via relay.example id 7; 1 Jan 70 00:00 Z',
  'from x by y with UTF8SMTPS; Thu, 29 Feb 2024 23:59:60 EST',
];

export const RECEIVED_TOKENS = [
  'from', 'by', 'with', 'id', 'for', 'via', 'envelope-from', 'helo=', 'HELO', ' (helo=', '[1.2.3.4]', '[IPv6:::1]', 'IPv6:', '[192.0.2.1]:25',
  'unknown', 'ESMTPS', 'ESMTPSA', 'LMTP', 'SMTP', 'HTTPS', 'tls', 'TLS1.3', '(TLS)', 'using TLSv1.2 with cipher ', 'version=TLS1_3',
  'cipher=TLS_AES_128_GCM_SHA256', 'bits=128/128', '(256/256 bits)', '(Exim 4.96)', '(Postfix)', '(qmail 1 invoked from network)',
  '(Google Transport Security)', 'Mon, 2 Nov 2020 01:57:25 -0800', '31 Feb 2021 00:00:00 +0000', '+9999', '-0000', '+05:30', 'GMT',
  'PST', 'UT', 'Z', '23:59:60', '99:99', ' 1 Jan 0050 00:00 +0000', '(PST)', '; ', '<a@b>', '<"a b"@c>', 'x.example', '2001:db8::1',
];

export const AUTHRES_SEEDS = [
  'mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s1 header.b=AbCd1234;\r\n       spf=pass (google.com: domain of a@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@example.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
  'spf=pass (sender IP is 40.107.1.1) smtp.mailfrom=example.com; dkim=pass (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100',
  'example.onmicrosoft.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.com;',
  'mx.example.org; dkim=fail reason="signature verification failed; key=rsa" (2048-bit key) header.d=example.com header.i=@example.com header.b="AbC"',
  'mx.example.org 1; none',
  'i=1; mx.google.com; arc=pass (i=1 spf=pass spfdomain=example.com dkim=pass dkdomain=example.com dmarc=pass fromdomain=example.com)',
  'x.example; dkim/1=pass header.d=a.example; iprev=pass policy.iprev=192.0.2.1 (mail.example.com); auth=pass (cram-md5) smtp.auth=sender@example.net',
  'mx.ethereal.email; spf=pass (mx.ethereal.email: domain of mail.projectpending.com designates 1.2.3.4 as permitted sender) smtp.mailfrom=mail.projectpending.com smtp.helo=a',
  'example.com; sender-id=fail header.from=example.com; dkim=pass (good signature) header.d=example.com; bimi=pass header.d=example.com header.selector=default',
];

export const AUTHRES_TOKENS = [
  'spf', 'dkim', 'dmarc', 'arc', 'iprev', 'auth', 'compauth', 'bimi', 'x-ms-exchange', 'dkim/1', '=pass', '=fail', '=none', '=neutral',
  '=softfail', '=temperror', '=permerror', '=policy', ' none', 'reason=', 'reason="a; b"', 'action=none', 'header.d=', 'header.i=@',
  'header.b=', 'header.from=', 'smtp.mailfrom=', 'smtp.helo=', 'policy.x=', 'header.d=a;b', 'i=1;', 'i=999999999999;', ' 1;', '(', ')',
  '(p=REJECT sp=NONE dis=NONE)', '"', '\\"', ';', ' ; ', '=', '==', 'x.example', 'example.com', '__proto__.x=', 'constructor=',
];

export const RECEIVED_SPF_SEEDS = [
  'pass (mx.example.org: domain of a@example.com designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from="a@example.com"; helo=mail.example.com; receiver=mx.example.org; identity=mailfrom;',
  'Softfail (protection.outlook.com: domain of transitioning example.com discourages use of 192.0.2.2 as permitted sender)',
  'None (mailfrom) identity=mailfrom; client-ip=2001:db8::1; helo=x; envelope-from=<>; receiver=<UNKNOWN>',
  'error (temporary DNS failure) problem="dns timeout"; mechanism=include:x.example',
  'unknown',
  'fail (example.org: domain of x@example.com does not designate 192.0.2.3 as permitted sender) receiver=example.org; client-ip=192.0.2.3; envelope-from=x@example.com;',
];

export const RECEIVED_SPF_TOKENS = [
  'pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'error', 'unknown', 'client-ip=', 'envelope-from=', 'helo=',
  'receiver=', 'identity=', 'problem=', 'mechanism=', 'x-key=', '__proto__=', 'constructor=', ';', '(', ')', '"', '=', '192.0.2.1',
];

export const SPF_SEEDS = [
  'v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com ~all',
  'v=spf1 a mx/24//64 a:mail.%{d2} exists:%{ir}.%{l1r+-}._spf.%{d} -all',
  'v=spf1 redirect=_spf.example.com',
  'v=spf1 ptr:%{d} exp=explain._spf.%{d} ?all',
  'v=spf1 include:spf.protection.outlook.com include:mailgun.org -all',
  'v=spf1 -ip4:1.2.3.4 +a:example.com/32 moo.cow=%{s} all',
  'v=spf1 ip4:203.0.113.5 ip6:::1/128 mx:mx.example.com//48 ~all',
  'V=SPF1 A:%{h}.%{o}. EXISTS:%{S}.%{V}.%{P}.x.example ?ALL',
  'v=spf1',
];

export const SPF_TOKENS = [
  ' ', '  ', 'v=spf1', 'ip4:', 'ip6:', 'a', 'mx', 'ptr', 'exists:', 'include:', 'all', 'redirect=', 'exp=', 'x-mod=', '+', '-', '~', '?',
  '/', '//', '/24', '//64', '/33', '//129', '/024', '/-1', ':', '%{', '}', '%%', '%_', '%-', '%{d}', '%{ir}', '%{l1r+-}', '%{d0}',
  '%{d99999}', '%{c}', '%{t}', '%{x}', '.', '.com', '..', '_spf', 'example.com', '192.0.2.1', '256.1.1.1', '::ffff:1.2.3.4', '1::1::1',
  'fe80::1%eth0', '0x7f.1', '1.2.3', '01.2.3.4',
];

export const MACRO_SEEDS = [
  '%{ir}.%{v}._spf.%{d2}', '%{l1r+-}', '%{S}', '%%%_%-', 'exp text %{c} at %{t} from %{r}', '%{d99999999999}', '%{i0}', '%{x}', '%{', '%',
  '%{o}.%{h}.%{p}', '%{s.-+,/_=}', '%{d1r}.example.com.', 'plain.example.org',
];

export const MACRO_TOKENS = [
  '%', '%{', '}', '%%', '%_', '%-', '{', 's', 'l', 'o', 'd', 'i', 'p', 'h', 'v', 'c', 'r', 't', 'S', 'L', 'R', 'x', '0', '1', '9', '12345',
  '99999999999999999999', 'r', 'R', '.', '-', '+', ',', '/', '_', '=', ' ', 'a.b', '\u00e9',
];

/** A short run of base64 characters, such as a truncated signature. */
const B64 = 'dzdVyOfAKCdLXdJOc9G2q8LoXSlEniSbav+yuU4zGeeruD00lszZVoG4ZHRNiYzR';
const BH = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export const DKIM_SEEDS = [
  `v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=selector1;\r\n\th=from:to:subject:date:message-id; bh=${BH};\r\n\tb=${B64}\r\n\t ${B64}==`,
  `v=1; a=ed25519-sha256; c=relaxed; d=example.org; i=@mail.example.org; q=dns/txt; s=ed;\r\n t=1700000000; x=1800000000; l=123; h=From : To : From; bh=${BH}; b=${B64}`,
  `v=1; a=rsa-sha1; d=example.net; s=old; h=from; bh=2jmj7l5rSw0yVb/vlWAYkK/YBwk=; b=${B64}; z=From:foo=40bar.example|To:a=3Dx=7Cy|Subject:demo=20run`,
  `v=1; a=rsa-sha256; d=example.com; s=s; h=from:from:; bh=; b=;`,
];

export const AMS_SEEDS = [
  `i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;\r\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\r\n        bh=${BH};\r\n        b=${B64}`,
  `i=2; a=rsa-sha256; d=example.org; s=arc; h=from:arc-seal; bh=${BH}; b=${B64}`,
];

export const AS_SEEDS = [
  `i=1; a=rsa-sha256; t=1700000000; cv=none;\r\n        d=google.com; s=arc-20160816;\r\n        b=${B64}`,
  `i=2; a=rsa-sha256; t=1700000001; cv=pass; d=example.org; s=arc; h=from; b=${B64}`,
];

export const KEY_SEEDS = [
  'v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB',
  'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
  'v=DKIM1; p=',
  'k=rsa; t=y:s; h=sha256:sha1; s=email:*; n=notes here; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ',
  'v=DKIM2; k=dsa; s=web; p=!!!',
];

export const DKIM_TOKENS = [
  'v=', 'a=', 'b=', 'bh=', 'c=', 'd=', 'h=', 'i=', 'l=', 'q=', 's=', 't=', 'x=', 'z=', 'cv=', 'k=', 'p=', 'n=', '1', 'DKIM1', 'rsa-sha256',
  'ed25519-sha256', 'rsa-sha1', 'relaxed/relaxed', 'simple/', 'relaxed/bogus', 'dns/txt', 'none', 'pass', 'fail', 'from', 'From:To',
  ':', '::', '|', '=40', '=3', '=ZZ', ';', ';;', '=', '==', 'example.com', '@example.com', '-bad-.com', 'a'.repeat(64), 'y:s',
  'sha256', 'email', '*', B64.slice(0, 12), '\r\n\t', 'constructor=1', 'toString=x', 'valueOf=', '__proto__=1', 'hasOwnProperty=y',
];

export const DMARC_SEEDS = [
  'v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; aspf=r; pct=100; fo=1:d:s; rua=mailto:dmarc@example.com!10m,mailto:a@b.example; ruf=mailto:f@example.com; ri=86400; rf=afrf; t=y; psd=n',
  'v=DMARC1; p=none',
  'v=DMARC1;p=quarantine;rua=mailto:%64marc@example.com',
  'v=DMARC1; p=none; rua=https://example.com/report, mailto:x@b\u00fccher.example',
  'v = DMARC1 ; p = reject ; rua = mailto:a@example.com?subject=x',
  'v=DMARC1; rua=mailto:a@example.com',
];

export const DMARC_TOKENS = [
  'v=DMARC1', 'v=dmarc1', 'p=', 'sp=', 'np=', 'adkim=', 'aspf=', 'fo=', 'psd=', 't=', 'rua=', 'ruf=', 'pct=', 'rf=', 'ri=', 'none',
  'quarantine', 'reject', 'REJECT', 's', 'r', 'y', 'n', 'u', '0:1', '1:d:s', 'mailto:', 'mailto:a@b.example', 'mailto:%zz@x',
  'mailto:@x', 'mailto:a@', 'https:', '!10m', '!1k', '!', ',', ';', '=', '101', '-1', 'constructor=x', 'tostring=y', 'proto=z',
  'xn--bcher-kva.example', 'b\u00fccher.example', '?subject=', '%40',
];

export const FROM_SEEDS = [
  'Alice <alice@example.com>',
  '"Bob, Jr." <bob@example.org>',
  '=?UTF-8?B?5pel5pys6Kqe?= <jp@example.jp>',
  '=?iso-8859-1?Q?Andr=E9?= <andre@example.fr>',
  'carol@example.net (Carol)',
  'undisclosed-recipients:;',
  'Team: a@example.com, "B" <b@example.com>;',
  '<postmaster@[192.0.2.1]>',
  'dave@EXAMPLE.COM.',
  '"weird\\"quote" <w@example.com>',
  'x@xn--bcher-kva.example, y@b\u00fccher.example',
  'Mail From:<joe@joe.com>',
  '"a@b.example" <real@c.example>',
];

export const FROM_TOKENS = [
  '<', '>', '@', '"', '\\', '(', ')', ',', ';', ':', '.', '[', ']', ' ', '\r\n ', '=?', '?=', '?B?', '?Q?', 'UTF-8', '=E9', '_',
  'a@b.example', '<x@y.example>', 'Group:', 'example.com', '..', '@@', 'xn--', '[IPv6:2001:db8::1]', '\u00e9',
];

export const MESSAGE_HEADERS = [
  `Received: ${RECEIVED_SEEDS[1]}`,
  `Received: ${RECEIVED_SEEDS[2]}`,
  `Authentication-Results: ${AUTHRES_SEEDS[0]}`,
  `ARC-Seal: ${AS_SEEDS[0]}`,
  `ARC-Message-Signature: ${AMS_SEEDS[0]}`,
  `ARC-Authentication-Results: ${AUTHRES_SEEDS[5]}`,
  `DKIM-Signature: ${DKIM_SEEDS[0]}`,
  `Received-SPF: ${RECEIVED_SPF_SEEDS[0]}`,
  'From: Alice <alice@example.com>',
  'To: bob@example.org',
  'Subject: =?UTF-8?Q?Caf=C3=A9?= meeting',
  'Date: Tue, 02 Jan 2024 03:04:05 -0800',
  'Message-ID: <abc.123@mail.example.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable (really)',
];

export const MESSAGE_BODY = 'Hello Bob,\r\n\r\nSee you at 10:00.\r\n-- \r\nAlice\r\n';

export const MESSAGE_TOKENS = [
  'Received:', 'From:', 'To:', 'Subject:', 'DKIM-Signature:', 'X-Header:', ' ', '\t', ':', 'From ', '>From ', '\r\n', '\n', '\r',
  '\r\n\r\n', '\n\n', '\r\n ', '\r\n\t', '\uFEFF', 'Download Original', 'Copy to clipboard', 'Show original', 'Message ID',
  '10:00 From: x', '12:34', 'x'.repeat(1000), '\u0000', '\u0001\u0002\u0003',
];
