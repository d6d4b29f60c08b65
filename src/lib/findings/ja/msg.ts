// The message (src/lib/message, src/lib/authres, src/lib/share): input repairs, headers, Received, explanations.
import type { msg as en } from '../en/msg.ts';

export const msg: Readonly<Record<keyof typeof en, string>> = {
  // a list of names ("a、b、c"), built one item at a time
  'msg.list.then': '{list}、{item}',
  // the input as pasted or dropped (message/normalise.ts)
  'msg.input.empty': '解析するものがありません。メールのソース（少なくともヘッダー）を貼り付けるか、.eml ファイルをドロップしてください。',
  'msg.input.too-large':
    '入力は {size} MB で、上限は {max} MB です。ヘッダーだけ（最初の空行より上）を貼り付けてください。SPF、DMARC、DKIM のヘッダー署名はヘッダーだけで検査できます。',
  'msg.input.binary-text': 'これはメールではなく、バイナリデータのようです。',
  'msg.input.binary-file':
    'このファイルはテキスト形式のメールではありません（バイナリデータを含みます）。メッセージを .eml として保存して（「ダウンロード」「名前を付けて保存」）もう一度お試しください。',
  'msg.input.no-headers':
    'ヘッダーが見つかりません。「Received:」や「From:」のような行で始まるソース全体を貼り付けてください（Gmail なら「メッセージのソースを表示」、Outlook なら「メッセージのソースを表示」）。',
  'msg.input.long-header-line':
    'ヘッダー {name}（{line} 行目）の 1 行は {length} 文字あります。RFC 5322 の上限は {max} 文字です。そのまま解析しますが、表示では値を切り詰めます。',
  'msg.input.large': '大きなメッセージです（{size} MB）。DKIM のための本文のハッシュはメインスレッドの外で計算します。',
  // the repairs made to a paste before analysis (message/normalise.ts)
  'msg.repair.line-endings': '改行コードを {from} から、配送時と同じ CRLF に変換しました。',
  'msg.repair.line-endings.mixed': '混在していた改行コードを、配送時と同じ CRLF に変換しました。',
  'msg.repair.leading-blank': '最初のヘッダーより前の空行（{n} 行）を削除しました。',
  'msg.repair.gmail-preamble': 'メッセージの上にある Gmail の「メッセージのソースを表示」の概要（{n} 行）を削除しました。',
  'msg.repair.mbox-from': '先頭の mbox 区切り行（「From 」で始まる行）を削除しました。',
  'msg.repair.indented-block': '{n} 行のヘッダーに共通する字下げを削除しました。',
  'msg.repair.lost-indentation':
    'ヘッダー部分の {n} 行は、ヘッダーの始まりでも字下げされた行でもなかったため、直前のヘッダーの続きとして連結しました（コピーの際、続きの行の字下げはよく失われます）。そのヘッダーが DKIM 署名の対象なら、署名の検証は失敗する場合があります。',
  // the From header (message/address.ts)
  'msg.from.missing':
    'このメッセージには From ヘッダーがありません。DMARC は From ドメインを評価するため、評価できません（RFC 9989 5.3.1。RFC 5322 は From をちょうど 1 つ求めています）。',
  'msg.from.multiple':
    'このメッセージには From ヘッダーが {n} 個あります。RFC 5322 が認めるのは 1 つだけです。受信側は通常このメッセージを拒否するか、すべての From ドメインについて DMARC を評価し最も厳しい結果を適用します。署名済みメッセージに 2 つ目の From を加えるのは、よく知られたなりすましの手口です。',
  'msg.from.unparseable': 'From ヘッダーに読み取れるアドレスがありません: "{value}"',
  'msg.from.several-domains':
    'From ヘッダーに {n} 個の異なるドメイン（{domains}）があります。RFC 9989 5.3.1 によれば、この場合の DMARC 評価は一通りではありません。この解析ではそれぞれを評価し、最も厳しい結果を適用します（RFC 9989 11.5）。',
};
