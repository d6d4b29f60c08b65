// 共有リンクを開いたとき: 送信者の判定とこの画面での再評価、その違いの理由。
import type { share as en } from '../en/share.ts';

export const share: Readonly<Record<keyof typeof en, string>> = {
  'share.cmp.title': '送信者の結果とこの画面の結果',
  'share.cmp.intro':
    'このリンクには、送信者のページが {at} に出した結果が含まれています。このページではすべてのチェックをここで再実行しました。結果が違う箇所には理由を示します。',
  'share.cmp.introV1': 'このリンクは古いバージョンで作られたもので、メッセージだけを含み送信者の結果を含みません。そのため比較はできません。',
  'share.cmp.same': 'すべてのチェックで送信者と同じ結果になりました。',
  'share.cmp.check': 'チェック',
  'share.cmp.sender': '送信者',
  'share.cmp.here': 'この画面',
  'share.cmp.receiver': '受信側',
  'share.cmp.why': '理由',
  'share.cmp.status.same': '同じ',
  'share.cmp.status.differs': '違う',
  'share.cmp.status.not-verifiable': 'この画面では検証できません',
  'share.reason.masked-signature':
    'この署名は、送信者が共有前にマスクしたヘッダーフィールドを対象にしているため、ここでは検証できません。失敗ではありません。送信者と受信側の結果が有効です。',
  'share.reason.masked-ip':
    '送信者がクライアント IP をマスクしたため、ここではどの SPF レコードにも含まれないドキュメント用アドレスで SPF を評価しています。送信者と受信側の結果が有効です。',
  'share.reason.masked-local': '送信者がアドレスのローカル部をマスクしており、このチェックはそれに依存します。送信者と受信側の結果が有効です。',
  'share.reason.dns-changed': 'リンク作成後に DNS が変わりました: {names} の応答が今は異なります。',
  'share.reason.dns-unreachable': 'このページから DNS に到達できなかったため、チェックを再実行できませんでした。',
  'share.reason.follows': '上の SPF/DKIM の違いによるものです。',
  'share.reason.unexplained': 'リンクからは理由がわかりません。別の DNS リゾルバーを使っているか、リンクが編集された可能性があります。',
  'share.dmarc.senders':
    'これはリンクに含まれている送信者の DMARC 判定です。判定の根拠となる署名またはクライアント IP が共有前にマスクされたため、この画面では再確認できません。',
  'share.dkim.notVerifiable': 'この画面では検証できません（共有前にマスク済み）— 送信者: {sender}、受信側: {receiver}。',
  'share.spf.notVerifiable': 'この画面では検証できません（共有前にクライアント IP をマスク済み）— 送信者: {sender}、受信側: {receiver}。',
  'share.dmarcStep.senders':
    '送信者の判定: DMARC {result}{policy}。判定の根拠となる署名またはクライアント IP が共有前にマスクされたため、この画面では再確認できません。',
  'share.fix.hidden': '表示していない修正: {problems} — 共有前にマスクされた値から生じるだけのものです。',
  'share.fix.senderOnly': '送信者には次の修正も表示されていましたが、この再実行では出ません（その後 DNS が変わった可能性があります）:',
  'share.fix.localOnly': 'この再実行では、送信者には表示されなかった修正が出ています: {problems}。',
  'share.unknown': '記載なし',
  // 共有パネル: マスク処理が共有先の表示で何を変えるか (share/redact.ts の警告、コードごと)
  'share.warning.redaction-breaks-dkim':
    '{d} の DKIM 署名 (セレクター {s}) は {headers} を対象にしていますが、マスク処理でこれらが変わるため、共有先の表示では検証に失敗します。これは想定どおりです。配送時に検証が成功したかどうかは、受信サーバーの Authentication-Results で確認できます。',
  'share.warning.redaction-breaks-arc':
    '{d} の ARC メッセージ署名 (セレクター {s}) は {headers} を対象にしていますが、マスク処理でこれらが変わるため、共有先の表示では検証に失敗します。これは想定どおりです。配送時に検証が成功したかどうかは、受信サーバーの Authentication-Results で確認できます。',
  'share.warning.field-itself': '{field} フィールド自体',
  'share.warning.redaction-masks-ip':
    'IP アドレスをドキュメント用アドレス (192.0.2.x、2001:db8::) に置き換えたため、共有先の表示では、送信者の SPF レコードに含まれないマスク済みのクライアント IP で SPF を評価します。配送時の結果は、受信サーバーの Received-SPF と Authentication-Results に残っています。',
  'share.warning.redaction-body-removed':
    '本文は共有されないため、共有先の表示では DKIM の本文ハッシュを検証できません (ヘッダーの署名は、署名対象のヘッダーをマスク処理で変更しない限り検証できます)。',
};
