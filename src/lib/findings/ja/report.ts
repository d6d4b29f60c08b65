// The report (src/lib/report): problems and steps the report builder adds.
import type { report as en } from '../en/report.ts';

export const report: Readonly<Record<keyof typeof en, string>> = {
  // an Outlook .msg file (report/analyze.ts)
  'report.outlook.unreadable': 'この Outlook の .msg ファイルは読み取れませんでした: {error}',
  'report.outlook.no-headers':
    'この Outlook の .msg ファイルには配送時のヘッダーが残っていないため、認証を検査できません。Outlook でメッセージを開き、「ファイル」>「プロパティ」の「インターネット ヘッダー」をコピーしてください。',
  // the header block and the client IP (report/analyze.ts)
  'report.header-junk': 'ヘッダー部分の {line} 行目はヘッダーではないため無視しました: "{text}"',
  'report.no-client-ip':
    'クライアント IP アドレスが見つかりません（受信サーバーの Received 行、Received-SPF、Authentication-Results のコメントのいずれにもありません）。そのためここでは SPF を評価せず、受信側の SPF の結果を示します。',
  // why our verdict differs from the receiver's Authentication-Results (report/compare.ts)
  'report.cmp.spfTemp': 'こちらの DNS 問い合わせが一時的に失敗しました。受信側の問い合わせは配送時に応答を得ています',
  'report.cmp.spfOtherDomain': '受信側は {theirs} を、こちらは {ours} を検査しました',
  'report.cmp.spfBestGuess': '受信側は公開された SPF レコードではなく、独自の推定ポリシー（best guess）を適用しました',
  'report.cmp.spfDiffer': '配送後に SPF レコードが変わったか、受信側が {ip} 以外のクライアント IP を見た可能性があります',
  'report.cmp.dkimBody': '配送後に本文が変わりました（コピーで改行コードが変わることがあり、メーリングリストや転送でフッターが付くことがあります）',
  'report.cmp.dkimKey': '配送後に鍵レコードが更新または削除された可能性があります',
  'report.cmp.dkimDiffer': '配送後にメッセージが変更されたか、鍵が変わった可能性があります',
  'report.cmp.dmarcBestGuess': '受信側は DMARC レコードを見つけられず、独自の推定を適用しました',
  'report.cmp.dmarcDiffer':
    '上の SPF / DKIM の違いによるものか、配送後に DMARC レコードが変わった可能性があります。RFC 9989 のツリーウォークではなく、Public Suffix List（RFC 7489）で組織ドメインを求める受信側もまだあります',
};
