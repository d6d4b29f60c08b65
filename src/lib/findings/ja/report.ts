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
};
