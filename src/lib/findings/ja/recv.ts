// 受信側の見方: 信頼境界、SPF の入力、From のなりすましの兆候、受信側との食い違い。
import type { recv as en } from '../en/recv.ts';

export const recv: Readonly<Record<keyof typeof en, string>> = {
  'recv.received-gap':
    '{line} 行目の Received は、その下（{below} 行目）より {hours} 時間後の日時です。2 回の配送がつなぎ合わされていませんか。下のフィールドは、このメッセージの以前の配送のものかもしれません。',
  'recv.from-encoded-word-address':
    'From ヘッダーのアドレスが RFC 2047 の encoded-word で書かれています（"{raw}" をデコードすると "{decoded}"）。RFC 2047 section 5 はアドレス内の encoded-word を禁じているため、この From には有効なアドレスがありません。それでもメールソフトはデコードした文字列を差出人のように表示することがあります。よく知られたフィッシングの手口です。',
  'recv.from-multiple-addresses':
    'From ヘッダーに {count} 個のアドレス（{addresses}）があります。この場合 RFC 5322 は Sender ヘッダーを求めます。多くの受信側はこのようなメッセージを拒否するか、すべての作成者ドメインに DMARC を適用します（RFC 7489 section 6.6.1）。',
  'recv.from-display-name-address':
    'From の表示名 "{name}" にアドレス（{shown}）が含まれていますが、実際に使われているアドレス（{address}）とは異なります。表示名だけを見せるメールソフトでは {shown} から届いたように見えます。よくあるなりすましの手口です。',
  'recv.assumed.label': '推定: メッセージに受信側の結果がありません',
  'recv.assumed.reason':
    'このメッセージには受信サーバーの Authentication-Results も Received-SPF もないため、受信側の境界を推定しました: 公開アドレスのクライアントを示す最上部の Received（{line} 行目、クライアント {ip}{helo}）。どのサーバーが受信したか分かっている場合は、そのホップを選んでください。',
  'recv.ipsrc.received-spf': '受信側の Received-SPF ヘッダー（{line} 行目）',
  'recv.ipsrc.authentication-results': '受信側の Authentication-Results（{line} 行目）',
  'recv.ipsrc.forefront': 'Microsoft 365 の X-Forefront-Antispam-Report の CIP（{line} 行目）',
  'recv.ipsrc.received': '境界の Received フィールド（{line} 行目）',
  'recv.ipsrc.assumed': '公開アドレスのクライアントを示す最上部の Received（{line} 行目）。推定: メッセージに受信側の結果がありません',
  'recv.ipsrc.chosen': '選んだホップ（{line} 行目）',
  'recv.intermediary': '受信サーバーのブロックより前に {by} が記録したもの（{line} 行目{when}）: 中継者が見た結果で、今回の配送の判定ではありません。',
  'recv.mailfrom-other-leg':
    'Return-Path は {returnPath} ですが、使用するクライアント IP の配送について受信側が記録した MAIL FROM は {mailFrom} です。同じ配送の {mailFrom} で SPF を評価します。',
  'recv.disagree.title': '受信サーバーと私たちの DNS 検索の結果が食い違っています',
  'recv.disagree.receiver': '{by} は受信時{when}に DMARC {dmarc}（SPF {spf}、DKIM {dkim}）と記録しました。',
  'recv.disagree.ours': '私たちの現在の検索では DMARC {dmarc}（SPF {spf}、DKIM {dkim}）です。',
  'recv.disagree.reason.dkim-rule':
    '受信側は、規則上無効な DKIM 署名を pass としました: {signatures}。ここで決め手になるのは DNS ではなく規則で、この署名は数に入りません (RFC 6376)。',
  'recv.disagree.reason.several-from':
    'このメッセージには複数の From ドメイン ({domains}) があります。DMARC はそれぞれを評価し、一つでも失敗すればメッセージは失敗します (RFC 9989 11.5)。受信側の判定は一つしか見ていないようです。',
  'recv.disagree.reason.org-domain':
    '受信側は組織ドメインを Public Suffix List で求めました (RFC 7489: {psl})。このページは RFC 9989 の DNS ツリーウォークを使います ({tree})。ここでは両者でアライメントの結果が異なります。リストを使い続けている受信側は、この受信側と同じ判定をします。',
  'recv.disagree.trust.rule': 'この違いは配送時点の DNS ではなく規則によるものです。どちらの判定を信頼するかは、上の理由を読んでから決めてください。',
  'recv.disagree.reason.dns-unreachable': '一部の DNS 問い合わせが失敗しました（タイムアウトまたはサーバーエラー）。私たちの結果は不完全かもしれません。',
  'recv.disagree.reason.nxdomain':
    '私たちの検索では {domain} は存在しない（NXDOMAIN）とされましたが、受信側はこのドメインのメールを認証しています。問い合わせ先の DNS サーバーが誤っているか、フィルタリングされている可能性があります。',
  'recv.disagree.reason.dns-changed': 'メッセージの日時は {date} です。配送後に DNS レコードが変更された可能性があります。',
  'recv.disagree.reason.different-ip': '受信側は、私たちが再構成できたものとは別のクライアントまたは MAIL FROM について SPF を検査しました。',
  'recv.disagree.reason.body-modified': 'メッセージは署名後に変更されています（転送者による変更や、コピー＆ペーストによる変化など）。',
  'recv.disagree.reason.unknown': '特定の理由は見つかりませんでした。',
  'recv.disagree.trust.receiver': '受信側の判定を信頼してください。受信側は配送時点の DNS を見ています。私たちの結果だけに基づく修正案は示しません。',
  'recv.disagree.trust.ours': '私たちの評価は現在公開されている DNS に基づきます。受信側の判定は配送時点の DNS に基づきます。',
  'recv.antispam.dir-out':
    'DIR:OUT: この X-Forefront-Antispam-Report は送信側組織の送信時スキャン（送信者の Microsoft 365）であり、受信側の判定ではありません。',
  // the receiver's boundary, as the report states it (hopDetail.boundary.reason)
  'recv.boundary.reason':
    '受信側のブロックは、ヘッダー先頭に並ぶトレースフィールドのうち、別の組織が書いた最初の Received フィールドより上の部分です{foreign}。その最も下の Received フィールド（{line} 行目）が外部のクライアント（{client}）を示しています。それより下の Received フィールドは送信側が書いたもので、偽造できます。',
  'recv.boundary.foreign-line': '（{line} 行目）',
  'recv.boundary.unnamed': '名前のないアドレス',
  // the receiver's own headers name another client IP than the one SPF is evaluated for
  'recv.ip-mismatch':
    '受信側の{field}はクライアント IP {ip} を示していますが、ここでの SPF は {ours}（{via}）について評価しています。受信側が検査したのがその経路であれば、配送経路で {ip} のホップを選んでください。',
  'recv.ip-mismatch.field.received-spf': ' Received-SPF ヘッダー',
  'recv.ip-mismatch.field.received': '境界の Received フィールド',
  'recv.ip-mismatch.field.authentication-results': ' Authentication-Results ',
  'recv.ip-mismatch.via.hop': 'あなたが選んだホップ',
  'recv.ip-mismatch.via.received-spf': '受信側の Received-SPF から',
  'recv.ip-mismatch.via.authentication-results': '受信側の Authentication-Results から',
  'recv.ip-mismatch.via.received': '境界の Received 行から',
};
