// 診断 (src/lib/diagnosis): 根本原因、対応すべき人、判定の一文。
import type { diag as en } from '../en/diag.ts';

export const diag: Readonly<Record<keyof typeof en, string>> = {
  'diag.title': '何が起きたか',
  'diag.others': 'そのほかの所見',
  'diag.whoActs': '対応すべき人: {actor}',
  'diag.nothingInDns': 'あなたの DNS で直すものはありません',
  'diag.ownerActs': 'あなたの DNS の変更が必要です',
  'diag.notDecided': 'まだ判定できません。DNS が応答しませんでした',
  'diag.setupActs': '送信の設定に変更が必要です',
  'diag.nothingRequired': '必須の対応はありません: DMARC は pass しています',
  'diag.alternative': 'この修正か、「いずれか」と示したもう一方の修正のどちらかで足ります',
  'diag.either': 'いずれか',
  'diag.optionalFor': '{actor}への任意の提案があります',
  'diag.recommendedFor': '{actor}への推奨事項があります',
  'diag.or': ' または ',
  'diag.toFixRequired': '必須:',
  'diag.withheld.title': '公開するレコードはありません: {actor}が対応する必要があります',
  'diag.withheld.none': '公開するレコードはありません: これはあなたのメールではありません',
  'diag.withheld.unrecognised': '送信元を許可するレコードは提案しません: 送信元が {domain} のものと確認できません',
  'diag.withheld.nullSender': 'カスタム MAIL FROM は使いません: バウンスや自動応答の MAIL FROM は空のままで、SPF は HELO 名 {helo} について検査されます',
  'diag.how.body-appended': '本文の末尾にフッターが追加されました',
  'diag.how.body-footer-in-part': 'MIME 構造の中にフッターが挿入されました',
  'diag.how.body-reencoded-qp': '本文が再エンコード（quoted-printable）されました',
  'diag.how.body-reencoded-base64': '本文が再エンコード（base64）されました',
  'diag.how.body-line-endings-crcrlf': '改行コードが変わりました',
  'diag.how.body-line-endings-lf': '改行コードが変わりました',
  'diag.how.body-bare-lf': '改行コードが変わりました',
  'diag.how.body-whitespace-changed': '本文の空白が変わりました',
  'diag.how.body-missing': '本文が削除されました',
  'diag.how.body-changed': '本文が変更されました',
  'diag.how.subject-tag': 'Subject にタグが付けられました',
  'diag.how.headers': '署名対象のヘッダーが変更されました',
  'diag.spoof-display-address':
    'From の表示名に「{shown}」と書かれていますが、実際の送信元アドレスは {real} です。別人を装うよく知られた手口です。なりすましとして扱ってください。表示されているドメイン側で直すものはありません。',
  'diag.spoof-nonexistent-domain':
    'From ドメイン {domain} は DNS に存在しないため、正当なメールがそこから来ることはありません。なりすましです。適用された DMARC ポリシー: {policy}。直すものはありません。送信元のためのレコードは何も公開しないでください。',
  'diag.spoof-unrecognised-sender':
    'このメッセージは、{domain} の SPF、DKIM 鍵、既知の送信サービスのどれによっても裏付けられていません（クライアント IP {ip}、{mailFrom} の SPF は {spf}）。なりすましの可能性があり、あなたを守っているのはポリシー（{policy}）です。見分け方: Received 行のサーバーに心当たりがなければ、あなたのメールではありません。そのためのレコードは何も公開しないでください。あなたのメールであれば、どのサービスが送ったかを確かめ、そのサービスの文書にあるレコードを加えてください。',
  'diag.dns-unavailable':
    '{name} について DNS が応答しませんでした（temperror）。この状態の受信側はメッセージの受け取りを延期するか、検査を失敗として扱います。公開するものはありません。続くようなら、{name} の DNS サーバーが安定して応答するようにする必要があります。',
  'diag.dmarc-duplicate-records':
    '{name} には DMARC レコードが {count} 件あります。受信側はそのすべてを破棄する（RFC 9989 4.10）ため、DMARC ポリシーが適用されません。ちょうど 1 件だけ残してほかを削除してください。レコードを追加してはいけません。',
  'diag.receiver-gateway':
    '受信側は {platform} の前段に {gateway} を置いています。{platform} は、あなたのサーバーではなくゲートウェイのアドレス（{ip}）に対して SPF を検査しました。これは受信側の管理者が直すものです（{platform} の {setting} の設定で、{platform} がゲートウェイの先を見るようにします）。あなたの DNS で直すものはありません。',
  'diag.gateway-modified':
    '{gateway} はメッセージも変更しました（{how}）。そのため {platform} が検査するときには {d} の DKIM 署名が検証できません。これも受信側が直すものです（同じ設定、または {platform} が信頼するゲートウェイの ARC）。あなたのキーと DNS に問題はありません。',
  'diag.mailing-list-modified':
    'このメッセージはメーリングリスト {list} を経由し、そこで変更されました（{how}）。そのため {d} の DKIM 署名が検証できなくなり、{domain} の DMARC が fail しています。対応するのはリストの運用者です: From をリストのアドレスに書き換えるか、メッセージを変更しないようにする（または ARC を付ける）必要があります。あなたの DNS で直すものはありません。',
  'diag.mailing-list-from-rewritten':
    'メーリングリスト {list} が From をリスト自身のアドレスに書き換えています（「via」）。そのため DMARC は投稿者のドメインではなく、リストのドメイン {domain} について評価されます。投稿者の側で直すものはありません。',
  'diag.mailing-list': 'このメッセージはメーリングリスト {list} を経由していますが、{domain} の DMARC は pass しています。直すものはありません。',
  'diag.forwarded-broken':
    'このメッセージは {by} によって転送されました。SPF は転送元のサーバー（{ip}）について検査されますが、{domain} の SPF でそれを許可することはできませんし、すべきでもありません。また、{domain} とアラインした DKIM 署名で pass したものはありません（ARC: {arc}）。対応するのは転送する側です（SRS でエンベロープを書き換える、メッセージを変更しない、ARC で封をする）。{domain} の側でできるのは、すべてのメールにアライメントした DKIM 署名を付けることです。単純な転送なら DKIM 署名は有効なままです。',
  'diag.forwarded-survived':
    'このメッセージは {by} によって転送されました。転送後の SPF は転送者のサーバーを検査するため {domain} とアラインしませんが、{domain} のアライメントした DKIM 署名が残っているため DMARC は pass しています。直すものはありません。',
  'diag.bounce':
    'これはバウンス（Return-Path が空、MAIL FROM <>）です。バウンスの MAIL FROM は空のままでなければならないため、SPF は HELO 名 {helo} について検査されます（結果 {spf}）。バウンスにカスタム MAIL FROM を設定してはいけません。代わりに HELO 名の SPF を公開するか、バウンスにアライメントした DKIM 署名を付けてください。',
  'diag.auto-reply':
    'これは自動応答です（HELO {helo}、SPF {spf}）。自動応答は別のサーバーから、あるいは空の MAIL FROM で送られることがよくあります。HELO 名の SPF か、自動応答へのアライメントした DKIM 署名で解決します。',
  'diag.dkim-key-missing':
    'DKIM 鍵 {name} が DNS にないため、{d}（セレクター {s}）の署名を検証できません。署名しているサービスがセレクター {s} 用に示す鍵（種類 {keyType}）を公開してください。',
  'diag.dkim-key-revoked':
    'DKIM 鍵 {name} は失効しています（p= が空）。そのため {d}（セレクター {s}）の署名は pass しません。現在のセレクターで署名するようサービスを設定するか、{s} の現在の鍵を公開してください。',
  'diag.dkim-key-too-small':
    'DKIM 鍵 {name} は {bits} ビットしかありません。受信側は 1024 ビット未満の RSA 鍵を拒否します（RFC 8301）。署名するサービスで 2048 ビットの鍵を作り、公開してください。',
  'diag.dkim-key-mismatch':
    '{d} の署名の本文ハッシュは一致していますが、{name} の鍵では署名そのものを検証できません。公開されている鍵がサービスの署名に使う鍵ではない（または壊れている）か、途中で署名対象のヘッダーが書き換えられています。サービスがセレクター {s} 用に示す鍵（種類 {keyType}）を公開してください。',
  'diag.message-modified':
    'メッセージは署名の後に変更されています（{how}）。そのため {d} の DKIM 署名が検証できません。鍵に問題はなく、DNS で直せるものではありません。メッセージを変更するもの（免責文、ゲートウェイ、中継サーバー）は署名の前に変更するか、署名を最後に行う必要があります。',
  'diag.header-modified':
    '署名対象のヘッダーが署名の後に変更されています（z= の写しで確認できます）。そのため {d} の DKIM 署名が検証できません。鍵に問題はなく、DNS で直せるものではありません。',
  'diag.spf-duplicate-records':
    '{domain} には SPF（v=spf1）レコードが {count} 件あります。2 件以上あると permerror です（RFC 7208 4.5）。1 件にまとめてください。',
  'diag.spf-syntax-error':
    '{domain} の SPF レコードは「{term}」の部分に構文エラーがあるため、どの受信側でも permerror になります（RFC 7208 4.6）。その記述を直してください。',
  'diag.spf-too-many-lookups':
    '{domain} の SPF レコードは最悪の場合 {lookups} 回の DNS 参照が必要で、この評価でも上限の 10 回に達しました。permerror です（RFC 7208 4.6.4）。参照を 10 回以下に減らしてください。',
  'diag.spf-lookups-latent':
    '{domain} の SPF レコードは最大 {lookups} 回の DNS 参照が必要です。このメッセージでは {used} 回で済みましたが、レコードの後ろの方で一致するメールは permerror になります（上限 10 回、RFC 7208 4.6.4）。失敗する前に参照を減らしてください。',
  'diag.spf-not-authorised':
    'MAIL FROM のドメイン {domain} はアライメントしていますが、その SPF レコードはこのメッセージを送ったサーバー {ip} を許可していません（SPF {result}）。送信サービスの文書にある記述をそのレコードに加えてください。',
  'diag.strict-alignment':
    '{domain} の DMARC レコードは {tag}（strict アライメント）を指定しています。{identifier} は pass していますが {domain} と完全には一致しないため、数に入りません。{domain} そのものを識別子に使うか、モードを relaxed にしてください。',
  'diag.service-mail-from-not-aligned':
    'SPF は {service} の MAIL FROM である {mailFrom} について pass していますが、このドメインは {domain} とアライメントしていません。{service} の管理画面で {domain} 配下のカスタム MAIL FROM（リターンパス）を設定し、表示されるレコードを公開してください。',
  'diag.spf-pass-all':
    '{domain} の SPF レコードは (それ自体か include 先のレコードに)「{term}」を含んでいます。インターネット上のどのサーバーも {domain} として SPF に pass するため、この SPF の pass (およびそれに基づく DMARC の pass) は、誰が送ったかについて何も示しません。{domain} のために送信するサーバーとサービスを (ip4:、include: で) 列挙し、レコードの末尾を ~all か -all にしてください。',
  'diag.several-from-domains':
    'From フィールドに複数のドメイン ({domains}) があります。DMARC はそれぞれを評価し、一つでも失敗すればメッセージは失敗します (RFC 9989 11.5)。ここでは {failing} で失敗しています。こうしたメッセージをそのまま拒否する受信側も多くあります。DNS を変えても解決しません。ご自分のメッセージなら、From のアドレスを一つにして送ってください。',
  'diag.dkim-signed-header-changed':
    '{d} の署名の本文ハッシュは一致していますが、ヘッダーに対する署名が検証できません。{name} の鍵はサービスが公開・更新する {target} への CNAME なので、原因は鍵ではなく、途中で署名対象のヘッダーが書き換えられたこと (中継サーバーによる Date、Subject、Message-ID の書き換え) と考えられます。サービスから受信側までの中継サーバーを確認してください。{target} がセレクター {s} 用にサービスが示す転送先でない場合 (二つのセレクターの取り違え) に限り、原因は DNS です。その場合は CNAME を直してください。',
  'diag.dkim-body-length-limit':
    '{d} の DKIM 署名には l={l} があり、本文 {canonical} バイトのうち最初の {l} バイトしか署名されておらず、最後の {unsigned} バイトは署名されていません。署名済みのメッセージを一通持っていれば、誰でも文章を書き足してどのサーバーからでも再送できます (RFC 6376 8.2)。{ip} から届いたこのメッセージもそうかもしれないため、この pass は送信者を示しません。本文全体に署名する (l= タグを使わない) ようサービスを設定し、この署名を根拠に {ip} を許可しないでください。',
  'diag.service-spf-cannot-align':
    'SPF は {service} の MAIL FROM である {mailFrom} で pass していますが、{domain} とはアライメントしません。{service} は MAIL FROM を自社のドメインに置いたままにする (共有の送信ではカスタム MAIL FROM を設定できない) ため、SPF をアライメントさせる方法はありません。d={domain} の DKIM 署名が唯一の方法です。',
  'diag.spf-not-aligned':
    'SPF は {mailFrom} について pass していますが、このドメインは {domain} とアライメントしていません。SPF を DMARC に数えるには、{domain} 配下の MAIL FROM が必要です。',
  'diag.dkim-not-aligned':
    'DKIM は pass していますが、{domain} とアライメントしない {d} についてだけです。{service} に d={domain} で署名させ（管理画面のドメイン認証）、表示されるレコードを公開してください。',
  'diag.policy-from-sp': '{domain} には自身の DMARC レコードがないため、{record} の sp= ポリシー（{policy}）が適用されます。',
  'diag.policy-from-np': '{domain} は存在しないため、{record} の np= ポリシー（{policy}）が適用されます。',
  'diag.dmarc-missing':
    '{domain} に適用される DMARC レコードがありません。受信側は DMARC ポリシーを適用せず、レポートも送りません。_dmarc.{org} に、まず p=none で公開してください。',
  'diag.nothing-to-fix':
    '{domain} の DMARC は、アライメントした識別子（{via}）で pass しています。このメッセージについて直すものはありません。推奨事項があれば以下に示します。',
};
