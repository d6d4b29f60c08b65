// ヘッダーインスペクター (src/lib/message/header-info.ts): よく使われるヘッダーフィールドごとの短い説明と、
// 接頭辞で分かるフィールド群の説明。
import type { hdr as en } from '../en/hdr.ts';

export const hdr: Readonly<Record<keyof typeof en, string>> = {
  // RFC 5322 の作成者・宛先フィールド
  'hdr.from': '読み手に表示される作成者です。DMARC が保護するのはこのアドレスで、これとアラインするドメインで SPF または DKIM が pass する必要があります。',
  'hdr.sender': 'From と異なる場合に、実際にメッセージを送信した者 (秘書やメーリングリストなど) を示します。DMARC はこのフィールドを参照しません。',
  'hdr.reply-to': '返信を From アドレスの代わりに送る宛先です。SPF、DKIM、DMARC のいずれでも認証されません。',
  'hdr.to': '作成者が指定した主な宛先です。エンベロープ受信者 (RCPT TO) とは異なる場合があります (Bcc やメーリングリストなど)。',
  'hdr.cc': 'カーボンコピーの宛先で、全員に見えます。',
  'hdr.bcc': 'ブラインドカーボンコピーの宛先です。通常は送信前に削除されるため、これが見える場合は送信者またはメールクライアントが残したことを意味します。',
  'hdr.subject': '件名です。ASCII 以外の文字は RFC 2047 のエンコードワード (=?charset?B?...?=) で記述されます。',
  'hdr.date': '作成者のメールプログラムがメッセージを送信した日時です (RFC 5322 section 3.6.1)。送信者側の時計とタイムゾーンによります。',
  'hdr.message-id': 'このメッセージの一意な識別子で、通常は <something@sending-domain> の形式です。返信は In-Reply-To と References でこれを参照します。',
  'hdr.in-reply-to': 'このメッセージが返信している元メッセージの Message-ID です。',
  'hdr.references': 'スレッド内の過去のメッセージの Message-ID を、古い順に並べたものです。',
  'hdr.mime-version': 'メッセージが MIME (RFC 2045) を使うことを宣言します。値は常に 1.0 です。',
  'hdr.content-type': '本文のメディアタイプ (text/plain、text/html、multipart/alternative など) と、charset や boundary などのパラメーターです。',
  'hdr.content-transfer-encoding': '転送のための本文のエンコード方式です: 7bit、8bit、quoted-printable、base64 のいずれか。',
  'hdr.content-language': 'コンテンツの言語を、en や ja などの言語タグで示します。',
  'hdr.content-disposition': 'パートをインライン表示するか添付ファイルとして扱うか、およびそのファイル名を示します。',
  // トレース
  'hdr.return-path':
    'エンベロープ送信者 (SMTP MAIL FROM) で、配送時に最終の受信サーバーが書き込みます。バウンスはここに返送されます。SPF はこのドメインを検査し、DMARC は From とアラインする場合に限り SPF の結果を採用します。',
  'hdr.received':
    '中継 1 回分の記録です。メッセージを扱う各サーバーが先頭に Received フィールドを追加するため、下 (最も古いもの) から上へ読みます。信頼できるのは受信側のサーバーが追加したものだけで、それより下のものは偽造されている可能性があります。',
  'hdr.x-received': 'Google 内部での中継の記録です。Received フィールドではなく、Received との順序関係もありません。',
  'hdr.delivered-to': 'メッセージが配送されたメールボックスです (Gmail、Postfix などが配送時に追加します)。',
  'hdr.x-original-to': 'エイリアスや転送で書き換えられる前の、エンベロープで指定された受信者アドレスです (Postfix)。',
  'hdr.envelope-to': '配送時のエンベロープ受信者です (Exim)。',
  'hdr.x-envelope-from': 'サーバーが記録したエンベロープ送信者 (MAIL FROM) です。',
  'hdr.x-originating-ip': 'メッセージを送信したクライアントの IP アドレスで、一部の Web メールやメール送信サービスが記録します。',
  // 認証
  'hdr.dkim-signature':
    'd= のドメインによる DKIM 署名 (RFC 6376) です。h= に列挙されたヘッダーフィールドと本文のハッシュ (bh=) を対象とし、公開鍵は DNS の <s=>._domainkey.<d=> にあります。',
  'hdr.x-google-dkim-signature': 'Google のサーバー間で使われる Google 内部の DKIM 署名です。他の受信サーバーはこれを無視します。',
  'hdr.domainkey-signature': 'DKIM の前身で現在は廃止された DomainKeys の署名 (RFC 4870) です。受信サーバーはもう検証しません。',
  'hdr.authentication-results':
    '受信サーバーが実施した SPF、DKIM、DMARC などの検査結果の記録です (RFC 8601)。信頼してよいのは自分のメールプロバイダーが追加したものだけです。先頭の語 (authserv-id) がこれを書き込んだサーバーを示します。',
  'hdr.received-spf': 'SPF 検査の結果です (RFC 7208 section 9.1)。判定に続いて、検査したクライアント IP、HELO 名、エンベロープ送信者が記載されます。',
  'hdr.arc-seal':
    'ARC (RFC 8617): この中継とそれ以前の ARC フィールドに対する署名です。cv= は、この中継が受け取った時点のチェーンが有効だったかを示します。i= は中継の番号です。',
  'hdr.arc-message-signature':
    'ARC (RFC 8617): この中継者 (メーリングリストや転送サービス) が受け取った時点のメッセージに対する、DKIM と同様の署名です。i= は中継の番号です。',
  'hdr.arc-authentication-results':
    'ARC (RFC 8617): メッセージが届いた時点でこの中継者が確認した認証結果の写しです。チェーンが検証されれば、後段の受信サーバーはこれを信頼できます。i= は中継の番号です。',
  'hdr.bimi-selector': '送信者が設定します: ブランドロゴに使う BIMI レコード (セレクター) を指定し、レコードは <s=>._bimi.<domain> にあります。',
  'hdr.bimi-location':
    '受信サーバーが BIMI の検査後に追加します: ブランドのロゴ (と証明書) の場所です。送信者自身が付けたものは受信サーバーが削除するべきです。',
  'hdr.bimi-indicator': '受信サーバーが BIMI の検査後に追加します: メールクライアントが表示するブランドロゴそのもの (base64 でエンコードされた SVG) です。',
  'hdr.tls-required': '"No" の場合、送信者は TLS が使えないときでも配送するようサーバーに求めています (RFC 8689)。',
  // メーリングリストと大量送信メール
  'hdr.list-unsubscribe':
    '配信停止の方法です (RFC 2369): 山かっこで囲んだ mailto: アドレスと https: リンクのどちらかまたは両方。Gmail と Yahoo は大量送信者にこれを必須としています。',
  'hdr.list-unsubscribe-post':
    '"List-Unsubscribe=One-Click" の場合、List-Unsubscribe の https: リンクへの 1 回の POST だけで、追加のページなしに配信停止できます (RFC 8058)。2024 年から Gmail と Yahoo が大量送信メールに必須としています。',
  'hdr.list-id': 'メッセージが経由したメーリングリストを識別し (RFC 2919)、フィルタリングに使えるようにします。',
  'hdr.feedback-id':
    'Gmail のフィードバックループ用の識別子 (例: campaign:customer:type:sender) で、送信者はキャンペーンごとの迷惑メール報告率を確認できます。',
  'hdr.cfbl-address': '受信側がこのメッセージに関する苦情レポートを送れる宛先です (Complaint Feedback Loop、RFC 9477)。',
  'hdr.cfbl-feedback-id': '送信者が苦情レポートに含めて返してほしい識別子です (RFC 9477)。',
  'hdr.precedence': 'bulk、list、junk などの非標準のヒントで、自動応答に返信しないよう求めます。この目的の標準フィールドは Auto-Submitted (RFC 3834) です。',
  'hdr.auto-submitted':
    'メッセージが自動送信されたかどうかを示します (RFC 3834): auto-generated、auto-replied、no のいずれか。自動応答は auto-generated のメールに返信してはいけません。',
  'hdr.x-auto-response-suppress': 'このメッセージに自動応答 (不在通知、開封確認など) を送らないよう Exchange と Outlook に求めます。',
  'hdr.x-ses-outgoing': 'Amazon SES が追加します: 日付と、メッセージを送信した SES サーバーの IP アドレスです。',
  'hdr.x-mailer': 'メッセージを作成または送信したプログラムの自己申告の名前です。',
  'hdr.user-agent': 'メッセージを作成したメールプログラムの自己申告の名前です。',
  'hdr.organization': '送信者が記載した、送信者の所属組織です。',
  'hdr.disposition-notification-to': 'このアドレスへの開封確認の送信を求めます (RFC 8098)。通常、クライアントは先に読み手に確認します。',
  'hdr.errors-to': 'バウンスの宛先を示す、廃止された非標準のフィールドです。サーバーは代わりにエンベロープ送信者 (Return-Path) を使います。',
  'hdr.importance': '送信者が設定した重要度です: low、normal、high のいずれか。',
  'hdr.x-priority': '送信者が設定した優先度で、1 (最高) から 5 (最低) まであり、3 が通常です。',
  'hdr.thread-index': 'Outlook/Exchange の会話追跡データ (base64) で、スレッドをまとめるのに使われます。',
  'hdr.thread-topic': 'Outlook/Exchange: 会話のトピックで、通常は最初の件名です。',
  // 迷惑メール判定
  'hdr.x-forefront-antispam-report':
    'Microsoft 365 の迷惑メールフィルターのレポートです: 接続元 IP (CIP)、国、SCL、迷惑メール判定 (SFV)、カテゴリ (CAT) などを KEY:value の組で記載します。',
  'hdr.x-forefront-antispam-report-untrusted':
    '経路上の別のテナントが書き込んだ Microsoft 365 の迷惑メールフィルターのレポートです。この受信者に対する判定ではありません。',
  'hdr.x-microsoft-antispam': 'Microsoft 365: バルク苦情レベル (BCL) と、一部のメッセージではフィッシング信頼度レベル (PCL) です。',
  'hdr.x-microsoft-antispam-untrusted': '経路上の別のテナントによる Microsoft 365 の X-Microsoft-Antispam です。この受信者に対する判定ではありません。',
  'hdr.x-microsoft-antispam-mailbox-delivery':
    'Microsoft 365 のメールボックス配信の詳細で、振り分け先のフォルダー (dest:I は受信トレイ、dest:J は迷惑メール) などを示します。Microsoft はこのフィールドを文書化していません。',
  'hdr.x-microsoft-antispam-message-info': 'Microsoft 365 内部のフィルタリングデータで、暗号化されているため読めません。',
  'hdr.x-ms-exchange-organization-scl':
    'Exchange が付けた迷惑メール信頼度レベル (SCL) です: -1 (フィルタリング省略)、0-1 は迷惑メールではない、5-6 は迷惑メール、7-9 は高確度の迷惑メール。',
  'hdr.x-ms-exchange-organization-authas': 'Exchange による送信者の分類です。例: Anonymous (インターネットからのような未認証の送信) や Internal (同じ組織内)。',
  'hdr.x-ms-exchange-organization-pcl':
    'Exchange が付けたフィッシング信頼度レベル (PCL) です: 1-3 はフィッシングの可能性が低い、4-8 はフィッシングの可能性が高い。',
  'hdr.x-ms-has-attach': 'Outlook/Exchange: メッセージに添付ファイルがあるときは "yes" です。',
  'hdr.x-ms-tnef-correlator': 'Outlook/Exchange: メッセージをその TNEF (winmail.dat) データと関連付けます。',
  'hdr.x-originatororg': 'Microsoft 365: メッセージの送信元テナント (組織のドメイン) です。',
  'hdr.x-spam-status': 'SpamAssassin の判定です: Yes または No、スコア、迷惑メールと判定するのに必要なスコア、一致したルールの名前 (tests=)。',
  'hdr.x-spam-flag': '迷惑メールフィルター (通常は SpamAssassin) がメッセージを迷惑メールと判定したときに YES になります。',
  'hdr.x-spam-score': '迷惑メールフィルターがメッセージに付けたスコアです。高いほど迷惑メールの可能性が高くなります。',
  'hdr.x-spam-level': '迷惑メールスコアを星で表したもので、1 点ごとに * が 1 つ付きます。',
  'hdr.x-spam-report': 'SpamAssassin の詳細レポートです: 一致した各ルールと、その点数および説明。',
  'hdr.x-gm-message-state': 'メッセージに関する Google 内部のデータで、読めません。',
  'hdr.x-google-smtp-source': '送信リクエストに対する Google 内部の識別子で、読めません。',
  // 接頭辞で説明するフィールド群
  'hdr.family.x-ms-exchange-crosstenant':
    'テナント (組織) 間のルーティングに関する Microsoft 365 のメタデータです: 送信元テナント、最初の到着時刻、認証の種類など。',
  'hdr.family.x-ms-exchange': 'Microsoft Exchange / Microsoft 365 内部の処理データで、メッセージが Exchange を通過する際に追加されます。',
  'hdr.family.x-microsoft': 'Microsoft 365 の処理データです。',
  'hdr.family.arc': 'ARC チェーン (RFC 8617) の一部です。ARC により、メーリングリストや転送サービスなどの中継者は、自身が確認した認証結果を保証できます。',
  'hdr.family.bimi': 'BIMI (Brand Indicators for Message Identification) の一部です。BIMI により、メールクライアントは検証済みのブランドロゴを表示できます。',
  'hdr.family.list': 'メーリングリストの情報です (RFC 2369): 投稿、ヘルプ、購読、リスト管理者への連絡の方法。',
  'hdr.family.resent': 'ユーザーがメッセージを再送 (リダイレクト) したときに追加され、誰がいつ誰宛てに再送したかを記録します (RFC 5322 section 3.6.6)。',
  'hdr.family.x-spam': '迷惑メールフィルター (通常は SpamAssassin) からの情報です。',
  // 迷惑メール判定 (src/lib/message/antispam.ts): 文書化されていない Microsoft 365 のフィールド
  'hdr.spam.nd': 'Microsoft は文書化していません。',
  'hdr.spam.value-nd': '{value}: Microsoft は文書化していません。',
  // Microsoft 365 の脅威ポリシーのカテゴリ (CAT)
  'hdr.spam.cat.none': '脅威ポリシーのカテゴリは適用されていません。',
  'hdr.spam.cat.amp': 'マルウェア対策。',
  'hdr.spam.cat.bimp': 'ブランドのなりすまし (Defender for Office 365)。',
  'hdr.spam.cat.bulk': 'バルク。',
  'hdr.spam.cat.dimp': 'ドメインのなりすまし (Defender for Office 365)。',
  'hdr.spam.cat.ftbp': 'マルウェア対策の共通添付ファイルフィルター。',
  'hdr.spam.cat.gimp': 'メールボックスインテリジェンスによるなりすまし検出 (Defender for Office 365)。',
  'hdr.spam.cat.hphish': '高確度のフィッシング。',
  'hdr.spam.cat.hspm': '高確度の迷惑メール。',
  'hdr.spam.cat.intos': '組織内のフィッシング。',
  'hdr.spam.cat.malw': 'マルウェア。',
  'hdr.spam.cat.ospm': '送信迷惑メール。',
  'hdr.spam.cat.phsh': 'フィッシング。',
  'hdr.spam.cat.sap': '安全な添付ファイル (Defender for Office 365)。',
  'hdr.spam.cat.spm': '迷惑メール。',
  'hdr.spam.cat.spoof': 'スプーフィング。',
  'hdr.spam.cat.uimp': 'ユーザーのなりすまし (Defender for Office 365)。',
  'hdr.spam.cat.unrecorded': '脅威のカテゴリは記録されていません。',
  // Microsoft 365 の迷惑メールフィルターの判定 (SFV)
  'hdr.spam.sfv.blk': 'フィルタリングを省略し、メッセージをブロックしました: 送信者がユーザーの受信拒否リストに含まれています。',
  'hdr.spam.sfv.nspm': '迷惑メールフィルターはメッセージを迷惑メールではないと判定し、受信者に配信しました。',
  'hdr.spam.sfv.sfe': 'フィルタリングを省略し、メッセージを許可しました: 送信者がユーザーの差出人セーフリストに含まれています。',
  'hdr.spam.sfv.ska':
    '迷惑メールフィルターを省略し、メッセージを受信トレイに配信しました: 送信者が迷惑メール対策ポリシーの許可する送信者またはドメインに含まれています。',
  'hdr.spam.sfv.skb': 'メッセージを迷惑メールと判定しました: 送信者が迷惑メール対策ポリシーのブロックする送信者またはドメインに含まれています。',
  'hdr.spam.sfv.ski': 'その他の理由 (同じテナント内のメールなど) により迷惑メールフィルターを省略しました。',
  'hdr.spam.sfv.skn':
    '迷惑メールフィルターの前に、メッセージを迷惑メールではないと判定しました (メールフロールールによる SCL -1 や「迷惑メールフィルターをバイパスする」の設定など)。',
  'hdr.spam.sfv.skq': 'メッセージは検疫から解放され、受信者に配信されました。',
  'hdr.spam.sfv.sks': '迷惑メールフィルターの前に、メッセージを迷惑メールと判定しました (メールフロールールによる SCL 5 から 9 の設定など)。',
  'hdr.spam.sfv.spm': '迷惑メールフィルターはメッセージを迷惑メールと判定しました。',
  'hdr.spam.sfv.unrecorded': '迷惑メールフィルターの判定は記録されていません。',
  // Microsoft 365 のフィッシングの安全性判定 (SFTY)
  'hdr.spam.sfty.9-1': 'フィッシング (既定値): フィッシング URL などのフィッシングコンテンツ (Microsoft の古いドキュメントによる)。',
  'hdr.spam.sfty.9-11': '組織内 (自組織から自組織宛て) のスプーフィング (Microsoft の古いドキュメントによる)。',
  'hdr.spam.sfty.9-19': 'ドメインのなりすまし: 送信ドメインが保護対象のドメインになりすまそうとしています。',
  'hdr.spam.sfty.9-20': 'ユーザーのなりすまし: 送信者が受信者の組織のユーザーまたは保護対象のユーザーになりすまそうとしています。',
  'hdr.spam.sfty.9-21':
    'クロスドメインのスプーフィング: From ドメインが認証されず外部のものです。複合認証と組み合わせて使われます (Microsoft の古いドキュメントによる)。',
  'hdr.spam.sfty.9-22': '9.21 に加えて、ユーザーの差出人セーフリストが無視されました (Microsoft の古いドキュメントによる)。',
  'hdr.spam.sfty.9-23': '9.22 に加えて、組織が許可した送信者またはドメインが無視されました (Microsoft の古いドキュメントによる)。',
  'hdr.spam.sfty.9-24': '9.23 に加えて、ユーザーのメールフロールールが無視されました (Microsoft の古いドキュメントによる)。',
  'hdr.spam.sfty.9-25': '最初の連絡先の安全に関するヒント: 不審なメッセージまたはフィッシングの可能性があります。',
  'hdr.spam.sfty.unrecorded': 'フィッシングの安全性判定はありません。',
  // Microsoft 365 の方向 (DIR) と IP の評価 (IPV)
  'hdr.spam.dir.inb': '受信メッセージ。',
  'hdr.spam.dir.out': '送信メッセージ。',
  'hdr.spam.dir.int': '組織内のメッセージ。',
  'hdr.spam.dir.unrecorded': '方向は記録されていません。',
  'hdr.spam.ipv.cal': '迷惑メールフィルターを省略しました: 送信元 IP アドレスが IP 許可一覧に含まれています。',
  'hdr.spam.ipv.nli': 'IP アドレスはどの IP 評価リストにも見つかりませんでした。',
  'hdr.spam.ipv.unrecorded': 'IP の評価は記録されていません。',
  // Microsoft 365 の迷惑メール信頼度レベル (SCL)、バルク苦情レベル (BCL)、フィッシング信頼度レベル (PCL)
  'hdr.spam.scl.skipped': '-1: 迷惑メールフィルターを省略しました (差出人セーフリスト、受信者セーフリスト、または IP 許可一覧)。受信トレイに配信されます。',
  'hdr.spam.scl.not-spam': '{n}: 迷惑メールフィルターはメッセージを迷惑メールではないと判定しました。',
  'hdr.spam.scl.spam': '{n}: 迷惑メールフィルターはメッセージを迷惑メールと判定しました。',
  'hdr.spam.scl.high': '{n}: 高確度の迷惑メール (7 は通常、DMARC の失敗やメールフロールールなど他の機能によって設定されます)。',
  'hdr.spam.scl.unused': '{n}: 迷惑メールフィルターはこの値を付けません。他の何か (メールフロールールなど) が設定しました。',
  'hdr.spam.bcl.none': '0: バルク送信者からではありません。',
  'hdr.spam.bcl.low': '{n}: 苦情の少ないバルク送信者からです。',
  'hdr.spam.bcl.mixed': '{n}: 苦情がある程度あるバルク送信者からです (既定のしきい値は 7)。',
  'hdr.spam.bcl.high': '{n}: 苦情の多いバルク送信者からです。',
  'hdr.spam.pcl.unlikely': '{n}: メッセージの内容がフィッシングである可能性は低いです。',
  'hdr.spam.pcl.likely': '{n}: メッセージの内容はフィッシングである可能性が高いです。',
  // X-Forefront-Antispam-Report のフィールド
  'hdr.spam.cip': '接続元の IP アドレス: {value}。',
  'hdr.spam.ctry': '接続元 IP アドレスの国/地域: {value} (メッセージの発信地とは限りません)。',
  'hdr.spam.ctry.unrecorded': '国/地域は記録されていません。',
  'hdr.spam.lang': 'メッセージの記述言語: {value}。',
  'hdr.spam.lang.unrecorded': '言語は記録されていません。',
  'hdr.spam.srv.bulk': '迷惑メールフィルターと BCL のしきい値によってバルクメールと判定されました。',
  'hdr.spam.srv.unrecorded': 'バルクの判定は記録されていません。',
  'hdr.spam.helo': '接続元サーバーの HELO/EHLO 名: {value}。',
  'hdr.spam.ptr': '送信元 IP アドレスの逆引き DNS (PTR) 名: {value}。',
  'hdr.spam.ptr.unrecorded': '送信元 IP アドレスの逆引き DNS (PTR) 名はありません。',
  'hdr.spam.sfs': '一致した迷惑メールフィルターのルール: {rules} (ルールの意味は Microsoft が文書化していません)。',
  'hdr.spam.sfs.none': '一致した迷惑メールフィルターのルール: なし (ルールの意味は Microsoft が文書化していません)。',
  // X-Microsoft-Antispam-Mailbox-Delivery (文書化されていないため、管理者が観測した内容)
  'hdr.spam.dest.i': '{value}: 受信トレイに配信 (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.dest.j': '{value}: 迷惑メールフォルダーに配信 (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.dest.c': '{value}: カスタムフォルダーに配信 (ルールで移動) (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.ofr.customrules':
    '{value}: メールボックスの所有者が作成したルール (Outlook の受信トレイルール) がフォルダーを決定 (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.ofr.spamfilterauthj':
    '{value}: Exchange 自身のフィルタリングがフォルダーを決定。メールボックスの迷惑メール設定が使われた可能性あり (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.ofr.other': '{value}: フォルダーを選んだ理由として記録された値 (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.ucf.1': '1: メールボックスの所有者が作成したルール (ユーザーのカスタムフィルター) が配信に関与 (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.ucf.0': '0: メールボックスの所有者のルールは関与していない (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.jmr.1': '1: メールボックスの迷惑メールルールがメッセージに適用された (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.jmr.0': '0: メールボックスの迷惑メールルールは適用されなかった (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.rf': '{value}: メッセージの振り分け先フォルダー (観測された動作。Microsoft は文書化していません)',
  'hdr.spam.auth': '{value}: 意味が公開されていない認証フラグ (Microsoft は文書化していません)',
  'hdr.spam.eng': '内部のフィルタリングエンジンとルールの識別子: {rules} (Microsoft は文書化していません)',
  'hdr.spam.eng.none': '内部のフィルタリングエンジンとルールの識別子: なし (Microsoft は文書化していません)',
  // Microsoft の複合認証 (compauth reason=)
  'hdr.spam.compauth.000': '明示的な認証に失敗しました: たとえば DMARC が失敗し、ポリシーが p=quarantine または p=reject です。',
  'hdr.spam.compauth.001':
    '暗黙的な認証に失敗しました: 送信ドメインが認証用のレコードを公開していないか、弱いものしか公開していません (SPF ~all や ?all、DMARC p=none)。',
  'hdr.spam.compauth.002': 'この送信者とドメインの組み合わせによるなりすましメールの送信を禁止するポリシーが組織にあります (管理者が設定)。',
  'hdr.spam.compauth.010':
    'DMARC が p=reject または p=quarantine で失敗し、送信ドメインは組織の承認済みドメインの 1 つです (自組織から自組織宛て、または組織内のスプーフィング)。',
  'hdr.spam.compauth.130': '認証に成功しました: ARC の結果を使って DMARC の失敗を上書きしました。',
  'hdr.spam.compauth.no-reason': '理由コードはありません。',
  'hdr.spam.compauth.pass': '認証に成功しました (compauth=pass)。下 2 桁は Microsoft の内部コードです。',
  'hdr.spam.compauth.softpass': '暗黙的な認証にソフトパスしました (compauth=softpass)。下 2 桁は Microsoft の内部コードです。',
  'hdr.spam.compauth.not-checked': '複合認証は確認されていません (compauth=none)。',
  'hdr.spam.compauth.bypassed': '複合認証は省略されました (compauth=none)。下 2 桁は Microsoft の内部コードです。',
  'hdr.spam.compauth.implicit-own-domain':
    '暗黙的な認証に失敗し、送信ドメインは組織の承認済みドメインの 1 つです (自組織から自組織宛て、または組織内のスプーフィング)。',
  // SpamAssassin (X-Spam-Status、X-Spam-Level、X-Spam-Score、X-Spam-Flag)
  'hdr.spam.sa.spam': 'SpamAssassin はメッセージを迷惑メールと判定しました。',
  'hdr.spam.sa.not-spam': 'SpamAssassin はメッセージを迷惑メールと判定しませんでした。',
  'hdr.spam.sa.field': 'SpamAssassin のフィールドです。',
  'hdr.spam.sa.score': '一致したルールのスコアの合計です。',
  'hdr.spam.sa.required': 'メッセージを迷惑メールと判定するスコアのしきい値 (この値以上で迷惑メール) です。',
  'hdr.spam.sa.tests': '一致したルールの名前です。',
  'hdr.spam.sa.autolearn': 'ベイズフィルターがこのメッセージを自動学習したかどうか、および何として学習したかです。',
  'hdr.spam.sa.autolearn.ham': 'ベイズフィルターはこのメッセージを ham (迷惑メールではない) として自動学習しました。',
  'hdr.spam.sa.autolearn.spam': 'ベイズフィルターはこのメッセージを迷惑メールとして自動学習しました。',
  'hdr.spam.sa.autolearn.no': 'ベイズフィルターはこのメッセージを自動学習しませんでした: 自動学習の条件 (スコアのしきい値とルールの点数) を満たしていません。',
  'hdr.spam.sa.autolearn.disabled': 'このサーバーではベイズの自動学習が無効です。',
  'hdr.spam.sa.autolearn.failed': 'ベイズの自動学習を試みましたが失敗しました。',
  'hdr.spam.sa.autolearn.unavailable': 'このメッセージではベイズの自動学習を利用できませんでした。',
  'hdr.spam.sa.autolearn-force.yes': 'autolearn_force が指定されたルールにより、メッセージが自動学習の対象になりました。',
  'hdr.spam.sa.autolearn-force.no': '自動学習を強制したルールはありません。',
  'hdr.spam.sa.version': 'SpamAssassin のバージョンです。',
  'hdr.spam.sa.level': '星 {n} 個: スコア 1 点ごとに 1 個です。',
  'hdr.spam.sa.spam-score': '迷惑メールのスコアです。',
  'hdr.spam.sa.flag.yes': 'フィルターはメッセージを迷惑メールとしてマークしました。',
  'hdr.spam.sa.flag.no': 'フィルターはメッセージを迷惑メールとしてマークしませんでした。',
  // Rspamd
  'hdr.spam.rspamd.spam': 'Rspamd はメッセージを迷惑メールと判定しました: スコア {score}、しきい値 {required}。',
  'hdr.spam.rspamd.not-spam': 'Rspamd はメッセージを迷惑メールと判定しませんでした: スコア {score}、しきい値 {required}。',
  'hdr.spam.rspamd.score': 'Rspamd のスコアです。',
  'hdr.spam.rspamd.action': 'Rspamd が選んだアクションです (no action、greylist、add header、rewrite subject、soft reject、reject)。',
  // Authentication-Results のパーサー (src/lib/authres/parse.ts): 値の問題
  // Received フィールド (src/lib/message/received.ts): 値または中継の一覧の問題
  'hdr.recv.too-long': '値の長さが {length} 文字あるため、先頭の {max} 文字だけを読み取りました',
  'hdr.recv.no-date': '";" に続く日時がないため、この中継の時刻はわかりません',
  'hdr.recv.bad-date': '"{date}" は有効な日時ではありません (RFC 5322 section 3.3)',
  'hdr.recv.no-by': '"by" 句がありません: この行を書き込んだサーバーが名前を記録していません',
  'hdr.recv.too-many': 'Received フィールドが {n} 個あるため、新しいほうから {max} 個だけを読み取りました',
  'hdr.recv.clock-skew':
    '{line} 行目の Received フィールドの日時は、その下のもの ({below} 行目) より {seconds} 秒前です。どちらかのサーバーの時計が狂っているか、フィールドが偽造されています',
  // Received フィールド: 受信側の境界
  'hdr.recv.boundary':
    '{line} 行目の Received フィールドは、Authentication-Results を付けた受信サーバー ({id}) と一致するサーバー (by {by}) が書き込んだもののうち最も上にあります。そこに記録されたクライアント ({client}) が受信サーバーの検査した相手です。それより下の Received フィールドは送信側が書き込んだもので、偽造できます。',
  'hdr.recv.boundary.relayed':
    '{line} 行目の Received フィールドは、Authentication-Results を付けた受信サーバー ({id}) と一致するサーバー (by {by}) が書き込んだもののうち最も上にあります。{hopLine} 行目より上の中継は受信側のサーバー間の受け渡しなので、外部のクライアントは {hopLine} 行目に現れます。そこに記録されたクライアント ({client}) が受信サーバーの検査した相手です。それより下の Received フィールドは送信側が書き込んだもので、偽造できます。',
  'hdr.recv.unnamed-address': '名前のないアドレス',
};
