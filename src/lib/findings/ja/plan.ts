// The fix planner (src/lib/advice/plan.ts): the fixes for one message's SPF, DKIM and DMARC; and
// the live check of a fix's records (src/lib/advice/check.ts, plan.check.*).
import type { plan as en } from '../en/plan.ts';

export const plan: Readonly<Record<keyof typeof en, string>> = {
  // why a fix matters: the other mechanism (the planner's sentences "for this message")
  'plan.other.spf-second':
    'このメッセージは DKIM だけで DMARC に pass しています。この修正は、アライメントした 2 つ目の pass として SPF を加えます（途中で署名が無効になるなど、DKIM が壊れたときに役立ちます）。',
  'plan.other.spf-needed':
    'DMARC には、SPF か DKIM がアライメントして pass することが必要です。このメッセージではどちらも満たしていないため、この修正（または DKIM の修正）を終えるまで DMARC は fail します。',
  'plan.other.dkim-second': 'このメッセージは SPF だけで DMARC に pass しています。アライメントした DKIM 署名は転送後も有効ですが、SPF はそうではありません。',
  'plan.other.dkim-needed':
    'DMARC には、SPF か DKIM がアライメントして pass することが必要です。このメッセージではどちらも満たしていないため、この修正（または SPF の修正）を終えるまで DMARC は fail します。',
  // strict alignment (aspf=s, adkim=s) defeats a fix on a subdomain
  'plan.strict.aspf-way': 'aspf=s の場合は DKIM で対応してください。d={from} の署名なら strict モードでもアライメントします。',
  'plan.strict.adkim-way':
    'adkim=s でアライメントするのは、d= がちょうど {from} の署名だけです。From ドメインそのもので署名するようサービスに依頼するか、{from} についての SPF の pass に頼ってください。',
  'plan.strict.identity':
    'DMARC レコードで {tag}（strict アライメント）が指定されています。{what} は {from} と完全に一致する必要がありますが、この修正で使う {identity} は relaxed モードでしかアライメントしません。{tag} を {relaxed}（relaxed、既定値）に変えるまで、DMARC には効果がありません。{way}',
  'plan.strict.subdomain':
    'DMARC レコードで {tag}（strict アライメント）が指定されています。{what} は {from} と完全に一致する必要がありますが、この修正で使うサブドメインは relaxed モードでしかアライメントしません。{tag} を {relaxed}（relaxed、既定値）に変えるまで、DMARC には効果がありません。{way}',
  // SPF aligned but not passing: authorise the sender
  'plan.spf.sender-docs': '送信サービスの SPF に関する文書',
  'plan.spf.sending-service': '送信サービス',
  'plan.spf.auth.title': '{name} の SPF レコードで {service} を許可する',
  'plan.spf.auth.explain':
    'MAIL FROM のドメイン {name} は {from} とアライメントしていますが、SPF は pass しませんでした（{result}）。その SPF レコードが、このメッセージを送ったサーバーを許可していません。',
  'plan.spf.auth.explain-add':
    'MAIL FROM のドメイン {name} は {from} とアライメントしていますが、SPF は pass しませんでした（{result}）。その SPF レコードが、このメッセージを送ったサーバーを許可していません。{term} を加えると、{service} が {name} として送信できるようになります。',
  'plan.spf.auth.unverified': '未確認: {term} は {source} に基づく値です。{service} に表示される値を使ってください。',
  // SPF aligned but permerror: repair the record
  'plan.spf.permerror.why-broken':
    'その SPF レコードが壊れています（構文エラー、10 回を超える DNS 参照、2 回を超える結果なしの参照（void lookup）、複数の v=spf1 レコードのいずれか）',
  'plan.spf.permerror.why-several': '{name} に v=spf1 レコードが {n} 件あります。内容が同じでも、2 件以上あれば permerror です（RFC 7208 §4.5）',
  'plan.spf.permerror.merge': '{name} にある現在の v=spf1 レコード {n} 件（{list}）を削除し、まとめたこの 1 件を公開してください。',
  'plan.spf.permerror.why-lookups': 'その SPF レコードは最悪の場合 {lookups} 回の DNS 参照が必要です。10 回を超えると permerror です（RFC 7208 §4.6.4）',
  'plan.spf.permerror.trim-includes':
    'もう使っていないサービスの include を削除するか、入れ子になった include を、サービスが公開している ip4:/ip6: の範囲に置き換えてください（その場合は範囲を最新に保ってください）。',
  'plan.spf.permerror.merged-lookups': 'まとめたレコードでも、最大 {lookups} 回の参照が必要です。10 回を超えると、これも permerror です（RFC 7208 §4.6.4）。',
  'plan.spf.permerror.title': '{name} の SPF レコードを修復する',
  'plan.spf.permerror.explain':
    'MAIL FROM のドメイン {name} は {from} とアライメントしていますが、SPF は permerror になりました。{why}。この場合、受信側は SPF を失敗として扱います。',
  // a proposed v=spf1 record where one may already be: how caveats name an SPF record (not shown), and the warnings
  'plan.spf.mention': 'SPF レコード',
  'plan.spf.warn.has-one':
    '{name} にはすでに SPF レコード（"{record}"）があります。これも公開すると v=spf1 レコードが {total} 件になり、permerror になります（RFC 7208 §4.5）。記述を 1 つのレコードにまとめてください。',
  'plan.spf.warn.has-several':
    '{name} にはすでに SPF レコードが {n} 件あります。これも公開すると v=spf1 レコードが {total} 件になり、permerror になります（RFC 7208 §4.5）。記述を 1 つのレコードにまとめてください。',
  'plan.spf.warn.maybe':
    '{name} にすでに v=spf1 レコードがある場合は、2 つ目を追加せずにそのレコードにまとめてください。1 つの名前に v=spf1 レコードが 2 つあると permerror になります（RFC 7208 §4.5）。',
  // DKIM: an aligned signature that fails
  'plan.dkim.key.meaning': 's={selector} で署名する秘密鍵と対になる公開鍵',
  'plan.dkim.key.where': '送信サービスの DKIM / ドメイン認証の設定',
  'plan.dkim.why.unchecked': '署名を検証できませんでした',
  'plan.dkim.why.fail': 'そこに公開されている鍵では署名を検証できませんでした',
  'plan.dkim.why.permerror': '{name} の鍵レコードがないか、使えない状態です',
  'plan.dkim.why.policy': '鍵が拒否されました（たとえば 1024 ビット未満の RSA 鍵）',
  'plan.dkim.why.other': 'pass しませんでした',
  'plan.dkim.failure.title': '{domain} のセレクター {selector} の DKIM 鍵を修復する',
  'plan.dkim.failure.explain':
    'd={domain}（{from} とアライメントします）、s={selector} の署名はありますが、結果は {result} です。{why}。{name} の鍵は、サービスが署名に使う鍵の公開鍵でなければなりません。',
  'plan.dkim.failure.revoked':
    '{name} のキーは失効しています（p= が空）。キーは通常、意図して失効させられます（ローテーションや漏えい）。サービスがまだセレクター {selector} で署名していて、現在の公開鍵を示している場合に限り、ここにキーを公開してください。そうでなければ、現在のセレクターで署名させ、{name} は失効したままにします。',
  'plan.dkim.failure.changed':
    '鍵が正しい場合、メッセージは署名の後に変更されています（メーリングリスト、フッターを付ける転送、リンクを書き換えるセキュリティゲートウェイなど）。これは DNS では直せません。最後の変更の後に署名するか、転送する側で ARC を使ってください。',
  'plan.dkim.failure.long-key':
    '255 文字を超える鍵は、1 つの TXT レコードの中で複数の文字列に分割する必要があります（ゾーンファイル形式の出力では分割済みです）。',
  // DMARC: no usable record
  'plan.dmarc.none.title-broken': '{org} の使えない DMARC レコードを置き換える',
  'plan.dmarc.none.title': '{org} の DMARC レコードを公開する',
  'plan.dmarc.none.explain-broken':
    '見つかった DMARC レコード（"{record}"）には使えるポリシーがないため、受信側は DMARC の処理を行いません。まずは p=none で始めてください。何もブロックされず、集約レポート（rua）で {org} として送信しているすべてのサービスがわかります。すべてがアライメントして pass するようになったら quarantine に、その後 reject に進めます。',
  'plan.dmarc.none.explain':
    '{from} に適用される DMARC レコードがないため、受信側は DMARC ポリシーを適用せず、レポートも送りません。まずは p=none で始めてください。何もブロックされず、集約レポート（rua）で {org} として送信しているすべてのサービスがわかります。すべてがアライメントして pass するようになったら quarantine に、その後 reject に進めます。',
  'plan.dmarc.none.rua':
    '{rua} は、実際に読むメールボックス（大手の受信側からそれぞれ毎日レポートが届きます）か、DMARC レポートサービスのアドレスにしてください。{org} 以外のアドレスにする場合は、そのサービス側に許可のレコード（<policy domain>._report._dmarc.<its domain>）が必要です。',
  'plan.dmarc.none.covers-from':
    '{org} に公開したレコードは、{from} とほかのすべてのサブドメインにも適用されます（sp の既定値は p です）。サブドメインに別のポリシーを使うには sp= を加えるか、この名前だけに適用する _dmarc.{from} を公開してください。',
  'plan.dmarc.none.covers-subdomains':
    'このレコードは {org} のすべてのサブドメインにも適用されます（sp の既定値は p です）。サブドメインに別のポリシーを使うには sp= を、存在しない名前には np= を加えてください（RFC 9989）。',
  'plan.dmarc.none.bulk-senders':
    '大手のメールボックスプロバイダー（Google、Yahoo）は、2024 年 2 月から大量送信者に DMARC レコード（少なくとも p=none）を求めています。',
  'plan.dmarc.none.replace': '現在のレコードを置き換えてください。{name} に v=DMARC1 レコードが 2 つあると、どちらも使えなくなります。',
  // DMARC: the next step of the policy
  'plan.dmarc.policy.one-sample':
    'このメッセージは 1 つのサンプルにすぎません。ポリシーを強める前に、数週間分の集約レポート（rua）を読み、あなたのドメインとして送信しているすべてのサービスがアライメントして pass することを確かめてください。そうしないと、それらのメールが隔離されたり拒否されたりします。',
  'plan.dmarc.policy.testing':
    'このレコードには t=y（テスト）があるため、受信側はポリシーより 1 段階弱い処理をします。t=y を削除すると、ポリシーが書かれたとおりに適用されます。',
  'plan.dmarc.policy.then-reject': 'quarantine で問題なく運用できたら、次は p=reject です。',
  'plan.dmarc.policy.sp-lower':
    'sp={sp} により、{domain} のサブドメインは {sp} のままです。サブドメインもアライメントして pass するようになったら、こちらも強めてください。',
  'plan.dmarc.policy.no-sp':
    'sp= がないため、新しいポリシーは {domain} のすべてのサブドメインにも適用されます。準備のできていない送信元があるサブドメインがあれば、sp=none を加えてください。',
  'plan.dmarc.policy.np':
    'np=reject を指定すると、存在しないサブドメインからのメールを拒否するよう受信側に伝えられます（RFC 9989 の np タグ）。そうしたサブドメインを使うのはなりすましだけです。',
  'plan.dmarc.policy.from-sp':
    '{from} のポリシーは {record} の sp= で決まります。これを変えると、{domain} のすべてのサブドメインのポリシーが強まります。この名前だけに設定するには、_dmarc.{from} を公開してください。',
  'plan.dmarc.policy.title': '{domain} の DMARC ポリシーを {tag}={next} に進める',
  'plan.dmarc.policy.explain':
    'このメッセージは SPF と DKIM の両方がアライメントして DMARC に pass しています。現在のポリシーは {policy} で、失敗したメールに対して何もしないよう受信側に求めています。そのため、{from} になりすましたメールも配信されてしまいます。{tag}={next} にすると、そうしたメールを{action}よう受信側に求めます。',
  'plan.dmarc.policy.explain-quarantine':
    'このメッセージは SPF と DKIM の両方がアライメントして DMARC に pass しています。現在のポリシーは quarantine で、失敗したメールは迷惑メールに振り分けられます。そのため、{from} になりすましたメールも、迷惑メールフォルダーとはいえ受信者に届きます。{tag}={next} にすると、そうしたメールを{action}よう受信側に求めます。',
  'plan.dmarc.policy.explain-testing':
    'このメッセージは SPF と DKIM の両方がアライメントして DMARC に pass しています。現在のポリシーは {policy}（t=y、テスト中）で、受信側は代わりに {applied} を適用します (RFC 9989 の t タグ)。{meaning}t=y を外して {tag}={next} にすると、そうしたメールを{action}よう受信側に求めます。',
  'plan.dmarc.policy.meaning-none': '失敗したメールに対して何もしないため、{from} になりすましたメールも配信されてしまいます。',
  'plan.dmarc.policy.meaning-quarantine':
    '失敗したメールは迷惑メールに振り分けられますが、{from} になりすましたメールも、迷惑メールフォルダーとはいえ受信者に届きます。',
  'plan.dmarc.policy.action-reject': '拒否する',
  'plan.dmarc.policy.action-quarantine': '迷惑メールに振り分ける',
  // DMARC: report addresses outside the organisation (RFC 7489 7.1)
  'plan.rua.entry': '{uri}（{domain}）',
  'plan.rua.sep': '、',
  'plan.rua.title-one': '{domain} の外部レポート送信先を許可する',
  'plan.rua.title-many': '{domain} の外部レポート送信先を許可する',
  'plan.rua.explain':
    'DMARC レコードは、集約レポートを {own} の外にある {list}に送るよう指定しています。受信側がほかの組織にレポートを送るのは、その組織が {domain} のレポートを受け付けると表明している場合だけです。その表明が <policy domain>._report._dmarc.<report domain> の TXT レコード "v=DMARC1" です（RFC 7489 §7.1）。これがないと、レポートは送られません。',
  'plan.rua.their-zone':
    'これらのレコードを置くのは、あなたのゾーンではなくレポート送信先のドメインのゾーンです。レポートサービスが運用しているドメインなら、通常はサービス自身が公開しています（ワイルドカードの場合もあります）。この修正は確認のためのものです。',
  'plan.rua.their-zones':
    'これらのレコードを置くのは、あなたのゾーンではなくレポート送信先のドメインのゾーンです。レポートサービスが運用しているドメインなら、通常はサービス自身が公開しています（ワイルドカードの場合もあります）。この修正は確認のためのものです。',
  // live check: a record that cannot be queried
  'plan.check.name.placeholder': '名前 {name} にはまだ {tokens} が残っています。このレコードを確認するには、実際の値を入れてください。',
  'plan.check.name.placeholders': '名前 {name} にはまだ {tokens} が残っています。このレコードを確認するには、実際の値を入れてください。',
  'plan.check.unsupported.type-at': '{name} の {type} レコードは確認できません。',
  'plan.check.unsupported.type-unnamed': '名前のない {type} レコードは確認できません。',
  'plan.check.unsupported.at': '{name} のレコードは確認できません。',
  'plan.check.unsupported.unnamed': '名前のないレコードは確認できません。',
  // live check: the query
  'plan.check.query.threw': '{type} {name} の問い合わせに失敗しました: {error}',
  'plan.check.query.no-answer': '応答なし',
  'plan.check.query.failed': '{type} {name} の問い合わせに失敗しました（{why}）。しばらくしてから、もう一度お試しください。',
  'plan.check.cname-in-the-way':
    'CNAME {name} → {target}。CNAME はほかのレコードと共存できません (RFC 1034 3.6.2)。{type} レコードを公開する前に削除してください',
  'plan.check.missing.nxdomain': '（なし: {name} は存在しません）',
  'plan.check.missing.no-type': '（なし: {name} に {type} レコードはありません）',
  // live check: MX, CNAME, NS
  'plan.check.mx.only-others': '{name} には MX レコードが {n} 件あります。期待どおりの 1 件だけにしないと設定に失敗します。ほかは削除してください。',
  'plan.check.mx.only-none': '{name} には MX レコードが {n} 件ありますが、期待するものはありません。期待するもの 1 件だけにしてください。',
  'plan.check.mx.priority': 'メールサーバー名は正しいものの、優先度が {priority} です（期待値は {expected}）。',
  'plan.check.mx.other': '{name} に MX レコードはありますが、{want} を指していません。',
  'plan.check.cname.other': '{name} は {want} ではなく {target} の別名（CNAME）です。',
  'plan.check.ns.other': '{name} は {want} ではなく {targets} に委任されています。',
  // live check: TXT records
  'plan.check.txt.other-value': '{name} には値の異なる "{head}" レコードがあります。',
  'plan.check.txt.absent': '{name} に TXT レコードはありますが、このレコードはありません。',
  'plan.check.list-sep': '、',
  // live check: SPF records
  'plan.check.spf.absent': '{name} に TXT レコードはありますが、v=spf1 レコードはありません。',
  'plan.check.spf.several': '{name} には v=spf1 レコードが {n} 件あります。これは permerror になります（RFC 7208 §4.5）。1 件にまとめてください。',
  'plan.check.spf.lacks-first': '{name} の SPF レコードに {terms} がありません',
  'plan.check.spf.late': '{terms} は "{end}" の後にあるため、評価されません（RFC 7208 §4.6.2）',
  'plan.check.spf.clause-sep': '。',
  'plan.check.spf.reason': '{why}。',
  // live check: DMARC records
  'plan.check.dmarc.absent': '{name} に TXT レコードはありますが、v=DMARC1 で始まるものはありません。',
  'plan.check.dmarc.several': '{name} には v=DMARC1 レコードが {n} 件あります。この場合、受信側はどれも使いません。',
  'plan.check.dmarc.tag-absent': '{tag}= がありません（期待値は {tag}={expected}）',
  'plan.check.dmarc.tag-other': '{tag}={value}（期待値は {tag}={expected}）',
  'plan.check.dmarc.testing': 't=y が残っています',
  'plan.check.dmarc.no-rua': 'rua= がありません（集約レポートが届きません）',
  'plan.check.dmarc.differs': 'レコードが異なります: {diffs}。',
  // live check: DKIM key records
  'plan.check.key.absent': '{name} に TXT レコードはありますが、DKIM 鍵（p=）はありません。',
  'plan.check.key.tag-absent': '{tag}= がありません',
  'plan.check.key.revoked': 'p= が空です（鍵は失効しています）',
  'plan.check.key.tag-other': '{shown}（期待値は {tag}={expected}）',
  'plan.check.key.differs': '鍵レコードが異なります: {diffs}。',
};
