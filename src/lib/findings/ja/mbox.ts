// mbox の表示: 送信元ごとの集計と、ページ分けしたメッセージ一覧。
import type { mbox as en } from '../en/mbox.ts';

export const mbox: Readonly<Record<keyof typeof en, string>> = {
  'mbox.sources': '送信元ごと',
  'mbox.col.fromDomain': 'From ドメイン',
  'mbox.col.source': '送信サービス / MAIL FROM',
  'mbox.col.count': '通数',
  'mbox.col.pass': 'DMARC pass',
  'mbox.col.fail': 'DMARC fail',
  'mbox.col.spfAligned': 'SPF アライメント',
  'mbox.col.dkimAligned': 'DKIM アライメント',
  'mbox.col.unaligned': 'どちらもなし',
  'mbox.sortBy': '{column} で並べ替え',
  'mbox.messages': 'メッセージ',
  'mbox.showMore': 'さらに {n} 通表示',
  'mbox.shown': '{total} 通中 {shown} 通を表示しています。',
};
