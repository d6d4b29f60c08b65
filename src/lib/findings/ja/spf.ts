// SPF (src/lib/spf): check_host steps, record syntax, macros, lint.
import type { spf as en } from '../en/spf.ts';

export const spf: Readonly<Record<keyof typeof en, string>> = {
  // a domain that check_host cannot ask about (RFC 7208 4.3)
  'spf.domain.invalid': '"{name}" は有効なドメイン名ではありません',
  'spf.domain.empty': 'ドメインが空です',
  'spf.domain.too-long': 'ドメインの長さが {length} 文字あります (最大 253 文字)',
  'spf.domain.address-literal': '"{name}" はアドレスリテラルで、ドメイン名ではありません',
  'spf.domain.single-label': '"{name}" は完全修飾 (複数ラベル) のドメイン名ではありません',
  'spf.domain.empty-label': '"{name}" に空のラベルがあります',
  'spf.domain.long-label': '"{name}" に 63 文字を超えるラベルがあります',
  'spf.domain.bad-characters': '"{name}" にホスト名に使えない文字が含まれています',
  'spf.domain.bad-top-label': '"{name}" は有効なトップレベルラベルで終わっていません',
  // macro-string syntax (RFC 7208 7)
  'spf.macro.character': '文字 {char} はここでは使えません',
  'spf.macro.space': 'スペース',
  'spf.macro.end-of-text': 'テキストの終わり',
  'spf.macro.percent': "'%' の後には '{'、'%'、'_'、'-' のいずれかが必要です ({found} がありました)",
  'spf.macro.unterminated': "マクロ '%{' が閉じられていません",
  'spf.macro.unknown-letter': "不明なマクロ文字 '{letter}' です",
  'spf.macro.explanation-letter': "マクロ文字 '{letter}' は説明文の中でしか使えません (RFC 7208 7.2)",
  'spf.macro.zero-digits': "マクロの変換子 '{digits}' は 0 以外の数にしてください",
  'spf.macro.not-closed': "マクロ '{macro}' が '}' で閉じられていません",
  'spf.macro.domain-end': "'{spec}' がドットとトップレベルラベルで終わっていません (RFC 7208 7.1)",
  'spf.macro.top-label': "'{spec}' の '{top}' は有効なトップレベルラベルではありません (RFC 7208 7.1)",
  // record syntax (RFC 7208 4.5, 4.6, 5, 6, 12)
  'spf.parse.not-spf': 'テキストが "v=spf1" で始まっていません。',
  'spf.parse.duplicate-modifier': '"{modifier}" 修飾子が複数回あります。',
  'spf.parse.too-many-terms': 'レコードの項目が {max} 個を超えています。',
  'spf.parse.non-ascii': '非 ASCII 文字',
  'spf.parse.control-character': '制御文字 {code}',
  'spf.parse.bad-character': '項目 "{term}" に{what}が含まれています。項目の区切りはスペースだけです。',
  'spf.parse.term': '項目 "{term}": {message}',
  'spf.parse.sentence': '{text}。',
  'spf.parse.modifier-name': '"{name}" は有効な修飾子名ではありません (英字で始める必要があります)。',
  'spf.parse.modifier-as-mechanism': '"{name}" は修飾子で、"=" を使って書きます (例: {name}=example.com)。',
  'spf.parse.unknown-mechanism': '"{name}" は既知のメカニズムではありません。',
  'spf.parse.all-argument': '"all" は引数を取りません。',
  'spf.parse.needs-domain': '"{mechanism}" にはドメインが必要です ("{mechanism}:example.com")。',
  'spf.parse.unexpected': '"{mechanism}" の後に予期しない "{text}" があります。',
  'spf.parse.ip4-needs-address': '"ip4" にはアドレスが必要です ("ip4:192.0.2.0/24")。',
  'spf.parse.ip4-not-address': '"{address}" はドット区切り 4 つの数字の IPv4 アドレスではありません。',
  'spf.parse.ip4-dual-prefix': 'ip4 に書けるプレフィックス長は 1 つだけです ("/24")。2 つは書けません。',
  'spf.parse.ip4-prefix': '"{prefix}" は有効な IPv4 プレフィックス長 (0-32) ではありません。',
  'spf.parse.ip6-needs-address': '"ip6" にはアドレスが必要です ("ip6:2001:db8::/32")。',
  'spf.parse.ip6-not-address': '"{address}" は IPv6 アドレスではありません。',
  'spf.parse.ip6-dual-prefix': 'ip6 に書けるプレフィックス長は 1 つだけです ("/64")。2 つは書けません。',
  'spf.parse.ip6-prefix': '"{prefix}" は有効な IPv6 プレフィックス長 (0-128) ではありません。',
  // lint of a domain's SPF setup (whatever the client address)
  'spf.lint.invalid-domain': 'SPF を検査できません: {why}。',
  'spf.lint.internal': 'SPF の検査が止まりました: 内部エラー ({why})。',
  'spf.lint.no-record': '{domain} は SPF レコードを公開していません。このドメインからのメールの SPF は "none" になり、DMARC は DKIM でしか pass になりません。',
  'spf.lint.or-more': '以上',
  'spf.lint.lookup-limit':
    '{domain} の SPF レコードの評価には、最悪の場合 DNS 問い合わせを伴う項目 (include、a、mx、ptr、exists、redirect) が {lookups} 個{more}必要です。上限は {limit} 個です。上限までのどの項目にも一致しない送信元は permerror になり、DMARC はこれを SPF の失敗として扱います。include を展開するか削除してください。',
  'spf.lint.void-limit':
    '{domain} の SPF レコードの評価では、空の問い合わせ (レコードのない名前) が {voids} 回起こり得ます。{limit} 回を超えると permerror です。存在しない名前を指す項目を削除してください。',
  'spf.lint.truncated':
    '{domain} の include/redirect のツリーが大きすぎるため、すべては検査していません ({records} レコード、{depth} 段、または {queries} 回の問い合わせで停止)。示した数は下限です。',
  // one record of the tree ({where}: how it was reached, from spf.lint.via)
  'spf.lint.via': ' ({path} 経由)',
  'spf.lint.dns-error': '{domain}{where} の TXT 問い合わせに失敗しました ({status})。同じ状況の受信側では temperror になります。',
  'spf.lint.multiple-records':
    '{domain}{where} は SPF レコードを {count} 件公開しています。1 件だけにする必要があるため、このドメインの確認はすべて permerror になります。1 件のレコードにまとめてください。',
  'spf.lint.syntax': '{domain}{where}: {problem}構文エラーが 1 つでもあると、レコード全体が permerror になります。',
  'spf.lint.long-string': '{domain}: 255 文字を超える TXT 文字列があります。1 つの TXT レコードの中で複数の文字列に分割してください。',
  'spf.lint.redirect-ignored': '{domain}: レコードに "all" メカニズムがあるため、"{term}" は無視されます (RFC 7208 6.1)。',
  'spf.lint.pass-all':
    '{domain}{where} に "{term}" があります。インターネット上のすべてのホストに、このドメインとしての送信を許可しています。{scope}"-all" か "~all" を使ってください。',
  'spf.lint.pass-all.included': '{domain} は include されているため、その include もすべてのアドレスに一致します。',
  'spf.lint.neutral-all':
    '{domain}{where} は "{term}" で終わっています。記載のないホストは "neutral" になり、何も保護されません。すべての送信元を記載したら "~all" か "-all" を使ってください。',
  'spf.lint.ptr':
    '{domain}{where} は "{term}" を使っています。ptr は遅く信頼性が低いため「使うべきではない」とされており (RFC 7208 5.5)、無視する受信側もあります。代わりに ip4:/ip6: または a: でアドレスを記載してください。',
  'spf.lint.void-a': '{domain}{where}: "{term}" が指す {target} には A レコードも AAAA レコードもありません (評価のたびに空の問い合わせになります)。',
  'spf.lint.void-mx':
    '{domain}{where}: "{term}" が指す {target} には MX レコードがありません (空の問い合わせになり、A レコードへのフォールバックはありません)。',
  'spf.lint.mx-limit':
    '{domain}{where}: "{term}": {target} には MX ホストが {hosts} 個あります。問い合わせできるのは {limit} 個までのため、最初の {limit} 個に含まれない送信元は permerror になります。',
  // include and redirect targets ({role}: include or redirect)
  'spf.lint.macro-target': '{domain}: "{term}" は送信者や送信元によって変わる (マクロ) ため、何を含むかはここでは確認できません。',
  'spf.lint.bad-target': '{domain}{where}: "{term}": {why}。そのため、この {role} に達すると permerror になります。',
  'spf.lint.loop': 'SPF の {role} がループしています: {path}。"{term}" に達するすべての送信元で、評価が問い合わせ {limit} 回の上限を超えます (permerror)。',
  'spf.lint.target-none':
    '{domain}{where}: "{term}" が指す {target} は SPF レコードを公開していません。この {role} に達するたびに permerror になります。修正するか削除してください。',
  // DNS answer size (RFC 7208 3.4) and the deprecated SPF record type (3.1)
  'spf.lint.udp-size':
    '{domain} の TXT 応答は約 {bytes} バイトで、UDP による通常の DNS の上限 {limit} バイトを超えています。EDNS に対応していないリゾルバーは TCP で再試行する必要があり、一部の SPF チェックは temperror で失敗します。SPF レコード ({length} 文字) を短くするか、使っていない TXT レコードを削除してください。',
  'spf.lint.udp-near':
    '{domain} の TXT 応答は約 {bytes} バイトで、UDP による通常の DNS の上限 {limit} バイトに近づいています (RFC 7208 3.4 は SPF の応答をこの上限未満に保つよう求めています)。これ以上追加すると TCP へのフォールバックや temperror の恐れがあります。',
  'spf.lint.spf-rrtype':
    '{domain} はまだ SPF タイプ (99) の DNS レコードを公開しています。RFC 7208 はこのタイプを廃止しており、受信側は TXT しか読みません{differs}。削除してください。',
  'spf.lint.spf-rrtype.differs': '。さらにこのレコードは TXT レコードと内容が異なり、混乱のもとになります',
  // check_host: the verdict and why evaluation stopped
  'spf.check.invalid-ip': '"{ip}" は IP アドレスではないため、確認するものがありません。',
  'spf.check.invalid-domain': 'SPF は確認しません: {why}。RFC 7208 4.3 により結果は "none" です。',
  'spf.check.internal': 'permerror: 内部エラー ({why})',
  'spf.check.matched': '{term} に一致 → {result}',
  'spf.check.fell-off': '最後まで一致なし → neutral (どのメカニズムにも一致せず、redirect もありません)',
  'spf.check.summary.helo': 'HELO 名 {domain}',
  'spf.check.summary.pass': '{who} は {ip} にメールの送信を許可しています ({why})。',
  'spf.check.summary.fail': '{who} によると、{ip} はメールの送信を許可されていません ({why})。',
  'spf.check.summary.softfail': '{who} によると、{ip} はおそらくメールの送信を許可されていません ({why})。',
  'spf.check.summary.neutral': '{who} は {ip} について何も表明していません ({why})。',
  'spf.check.summary.none': '{who} の SPF 判定はありません: {why}。',
  'spf.check.summary.error': '{who} の SPF を評価できませんでした ({why})。',
  // the record lookup and selection (RFC 7208 4.4, 4.5)
  'spf.check.record-lookup-failed': '{domain} の TXT 問い合わせに失敗しました ({status})',
  'spf.check.nxdomain': '{domain} は存在しません (NXDOMAIN)',
  'spf.check.no-record': '{domain} には "v=spf1" で始まる TXT レコードがありません',
  'spf.check.multiple-records': '{domain} は SPF レコードを {count} 件公開しています。1 件だけにする必要があります',
  // notes on terms that are not evaluated
  'spf.check.unknown-modifier': '不明な修飾子 "{name}" は無視されます (RFC 7208 6)',
  'spf.check.exp-when-fail': '結果が fail のときだけ使われます',
  'spf.check.redirect-unused': '使われません: redirect はどのメカニズムにも一致しなかったときだけ適用されます (RFC 7208 6.1)',
  // the limits (RFC 7208 4.6.4) and DNS failures
  'spf.check.query-cap': '問い合わせ数の上限に達しました',
  'spf.check.lookup-limit': '"{term}" は DNS 問い合わせを伴う {n} 個目の項目になります。上限は {limit} 個です',
  'spf.check.void-limit': '"{term}": {name} {type} は {n} 回目の空の問い合わせ ({status}) です。上限は {limit} 回です',
  'spf.check.no-answer': '応答なし',
  'spf.check.no-data': 'データなし',
  'spf.check.lookup-failed': '"{term}": {name} の {type} 問い合わせに失敗しました ({status})',
  'spf.check.depth-limit': '"{term}": include の入れ子が {limit} 段を超えています',
  'spf.check.invalid-target': '"{name}" は有効なドメイン名ではありません (空または長すぎるラベル)。存在しないものとして扱います',
  // mechanisms (RFC 7208 5): all, ip4/ip6
  'spf.check.all': '"all" は常に一致します',
  'spf.check.ip.mapped-network-inside': '{network} は IPv4 射影 IPv6 ネットワーク、つまり IPv4 ネットワーク {ip4} です。{ip} はその範囲内です',
  'spf.check.ip.mapped-network-outside': '{network} は IPv4 射影 IPv6 ネットワーク、つまり IPv4 ネットワーク {ip4} です。{ip} はその範囲外です',
  'spf.check.ip.mapped-client': ' (IPv4 射影 IPv6 アドレスは IPv4 として扱われます、RFC 7208 5)',
  'spf.check.ip.family': '{ip} は IPv{family} アドレスです{mapped}。{mechanism} は IPv{wanted} にしか一致しません',
  'spf.check.ip.inside': '{ip} は {network} の範囲内です',
  'spf.check.ip.outside': '{ip} は {network} の範囲外です',
  // a and mx ({cidr}: the prefix length, or spf.check.with-cidr)
  'spf.check.with-cidr': ' ({cidr} 付き)',
  'spf.check.a.void': '{name} には {type} レコードがありません ({status})。空の問い合わせ {n} 回目 (上限 {limit} 回)',
  'spf.check.a.match': '{ip} は {address}{cidr} ({name} の {type}) の範囲内です',
  'spf.check.a.no-match': '{ip} は {name} の {type} アドレス{cidr}に含まれません',
  'spf.check.mx.void': '{name} には MX レコードがありません。空の問い合わせ {n} 回目 (上限 {limit} 回) (5.4: A レコードへのフォールバックはありません)',
  'spf.check.mx.limit':
    '"{term}": {name} には MX ホストが {hosts} 個あり、最初の {limit} 個には一致がありません。これ以上調べるとアドレス問い合わせの上限 {limit} 回を超えます',
  'spf.check.mx.match': '{ip} は MX ホスト {host} のアドレス {address}{cidr} の範囲内です',
  'spf.check.mx.no-match': '{ip} は {name} の {hosts} 個の MX ホストのどのアドレス{cidr}にも含まれません',
  // ptr and exists
  'spf.check.ptr.failed': '{ip} の PTR 問い合わせに失敗しました。ptr は一致しません (RFC 7208 5.5)',
  'spf.check.ptr.void': '{ip} には PTR レコードがありません。空の問い合わせ {n} 回目 (上限 {limit} 回)',
  'spf.check.ptr.ignored': '。最初の {limit} 個より後の PTR 名 {n} 個は無視しました',
  'spf.check.ptr.match': '{ip} の PTR は {ptr} で、その名前は {ip} に正引きでき、{name} の範囲内です{ignored}',
  'spf.check.ptr.no-match': '{ip} の検証済み PTR 名に {name} またはその配下の名前はありません{ignored}',
  'spf.check.exists.void': '{name} には A レコードがありません。空の問い合わせ {n} 回目 (上限 {limit} 回)',
  'spf.check.exists.match': '{name} は存在します (A {address})',
  // include and redirect
  'spf.check.include.none': '"{term}": {name} には SPF レコードがない ({why}) ため、include は permerror になります',
  'spf.check.include.error': '"{term}": include 先のレコードの結果は {result} です ({why})',
  'spf.check.include.match': '{name} の結果が pass なので、include は一致します',
  'spf.check.include.no-match': '{name} の結果が {result} なので、include は一致しません (一致するのは pass のときだけです)',
  'spf.check.redirect.none': '"{term}": {name} には SPF レコードがないため、redirect は permerror になります',
  'spf.check.redirect.result': 'どのメカニズムにも一致しなかったため、結果は {name} のものです: {result}',
  // the explanation (exp=, RFC 7208 6.2)
  'spf.check.exp.ignored': '無視しました: {why}。受信側の既定の説明を使います (RFC 7208 6.2)',
  'spf.check.exp.lookup-failed': '{name} の TXT 問い合わせに失敗しました',
  'spf.check.exp.count': '{name} には TXT レコードが {count} 件あります (ちょうど 1 件必要です)',
  'spf.check.exp.not-ascii': '説明文が印字可能な 7 ビット ASCII ではありません',
  'spf.check.exp.macro-error': '説明文にマクロのエラーがあります ({error})',
  'spf.check.exp.from': '{name} からの説明: "{text}"',
  // the SPF engine's DNS log
  'spf.dns.cap': '送信していません: 1 回の評価での DNS 問い合わせが {cap} 回を超えました',
  'spf.dns.no-result': 'リゾルバーが結果を返しませんでした',
  'spf.dns.more-answers': '… ほか {n} 件',
};
