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
    '中継 1 回分の記録です。メッセージを扱う各サーバーが先頭に Received フィールドを追加するため、下 (最も古いもの) から上へ読みます。信頼できるのは受信者自身のサーバーが追加したものだけで、それより下のものは偽造できます。',
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
};
