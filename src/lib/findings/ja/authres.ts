// Problems found while parsing an Authentication-Results field (src/lib/authres/parse.ts).
import type { authres as en } from '../en/authres.ts';

export const authres: Readonly<Record<keyof typeof en, string>> = {
  'hdr.authres.too-many-problems': '問題が {max} 件を超えたため、残りは表示していません',
  'hdr.authres.too-long': '値の長さが {length} 文字あるため、先頭の {max} 文字だけを読み取りました',
  'hdr.authres.unterminated-comment': 'コメントの "(" が閉じられていないため、値の残りをコメントとして読み取りました',
  'hdr.authres.unterminated-quote': '引用符で囲まれた文字列が閉じられていないため、値の残りをその文字列として読み取りました',
  'hdr.authres.unbalanced-paren': '対応する "(" のない ")" があり、無視しました',
  'hdr.authres.instance-tag': 'この値は ARC-Authentication-Results のように "i={instance}" で始まっています',
  'hdr.authres.aar-missing-instance': 'ARC-Authentication-Results の値はインスタンスタグ "i=N;" で始まる必要があります (RFC 8617 section 4.1.1)',
  'hdr.authres.none-with-results': '"none" (認証を実施していない) が他の結果と並んでいます。RFC 8601 section 2.2 では "none" は単独でのみ使えます',
  'hdr.authres.no-results': 'ヘッダーはサーバー名を示していますが、結果を報告していません',
  'hdr.authres.no-authserv-id':
    '値が、書き込んだサーバーの名前 (authserv-id、RFC 8601 section 2.2) で始まっていません。Microsoft 365 はこの形式でヘッダーを書き込みます',
  'hdr.authres.missing-semicolon': 'authserv-id の後、最初の結果の前に ";" がありません',
  'hdr.authres.orphan-property': '"{key}={value}" はどの結果にも属していないため、無視しました',
  'hdr.authres.orphan-property-joined': '"{key}" は ";" の後にありますが、直前の {method} の結果の一部として読み取りました',
  'hdr.authres.too-many-results': '結果が {max} 件を超えたため、残りは無視しました',
  'hdr.authres.stray-token': '"{token}" がセミコロンの間に単独で置かれており、結果ではありません (Microsoft 365 はここに受信者のドメインを書き込みます)',
  'hdr.authres.empty-result': '"{key}=" に結果を表す語がありません',
  'hdr.authres.unexpected-token': '{method}={result} の後の "{token}" はプロパティでもコメントでもないため、無視しました',
  'hdr.authres.duplicate-property': '{method}: "{key}" が 2 回現れたため、最初の値を採用しました',
};
