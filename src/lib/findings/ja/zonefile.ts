// The zone-file export's comments (src/lib/advice/export.ts): its heading, a record repeated, a
// placeholder to fill in. A page area: the page renders them for a shared link's fixes.
import type { zonefile as en } from '../en/zonefile.ts';

export const zonefile: Readonly<Record<keyof typeof en, string>> = {
  'advice.export.header': '; 修正アドバイザーが提案する DNS レコード（BIND ゾーンファイル形式）',
  'advice.export.same-record': '; （上と同じレコード） {line}',
  'advice.export.replace': '; {token} を置き換えてください: {meaning}',
  'advice.export.replace-where': '; {token} を置き換えてください: {meaning}（{where}）',
};
