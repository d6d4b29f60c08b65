// The fix planner (src/lib/advice/plan.ts): the fixes for one message's SPF, DKIM and DMARC; and
// the live check of a fix's records (src/lib/advice/check.ts, plan.check.*).
import type { plan as en } from '../en/plan.ts';

export const plan: Readonly<Record<keyof typeof en, string>> = {
  // live check: a record that cannot be queried
  'plan.check.name.placeholder': '名前 {name} にはまだ {tokens} が残っています。このレコードを確認するには、実際の値を入れてください。',
  'plan.check.name.placeholders': '名前 {name} にはまだ {tokens} が残っています。このレコードを確認するには、実際の値を入れてください。',
  'plan.check.unsupported.type-at': '{name} の {type} レコードは確認できません。',
  'plan.check.unsupported.type-unnamed': '名前のない {type} レコードは確認できません。',
  'plan.check.unsupported.at': '{name} のレコードは確認できません。',
  'plan.check.unsupported.unnamed': '名前のないレコードは確認できません。',
  // live check: the query
  'plan.check.query.threw': '{type} {name} の問い合わせに失敗しました: {error}',
  'plan.check.query.no-answer': '応答なし',
  'plan.check.query.failed': '{type} {name} の問い合わせに失敗しました（{why}）。しばらくしてから、もう一度お試しください。',
  'plan.check.missing.nxdomain': '（なし: {name} は存在しません）',
  'plan.check.missing.no-type': '（なし: {name} に {type} レコードはありません）',
  // live check: MX, CNAME, NS
  'plan.check.mx.only-others': '{name} には MX レコードが {n} 件あります。期待どおりの 1 件だけにしないと設定に失敗します。ほかは削除してください。',
  'plan.check.mx.only-none': '{name} には MX レコードが {n} 件ありますが、期待するものはありません。期待するもの 1 件だけにしてください。',
  'plan.check.mx.priority': 'メールサーバー名は正しいものの、優先度が {priority} です（期待値は {expected}）。',
  'plan.check.mx.other': '{name} に MX レコードはありますが、{want} を指していません。',
  'plan.check.cname.other': '{name} は {want} ではなく {target} の別名（CNAME）です。',
  'plan.check.ns.other': '{name} は {want} ではなく {targets} に委任されています。',
  // live check: TXT records
  'plan.check.txt.other-value': '{name} には値の異なる "{head}" レコードがあります。',
  'plan.check.txt.absent': '{name} に TXT レコードはありますが、このレコードはありません。',
  'plan.check.list-sep': '、',
  // live check: SPF records
  'plan.check.spf.absent': '{name} に TXT レコードはありますが、v=spf1 レコードはありません。',
  'plan.check.spf.several': '{name} には v=spf1 レコードが {n} 件あります。これは permerror になります（RFC 7208 §4.5）。1 件にまとめてください。',
  'plan.check.spf.lacks': '{name} の SPF レコードに {terms} がありません',
  'plan.check.spf.late': '{terms} は "{end}" の後にあるため、評価されません（RFC 7208 §4.6.2）',
  'plan.check.spf.clause-sep': '。',
  'plan.check.spf.reason': '{why}。',
  // orthography, not shown: "yes" when a sentence that starts with a lower-case word gets a capital
  'plan.check.spf.capitalise': 'no',
  // live check: DMARC records
  'plan.check.dmarc.absent': '{name} に TXT レコードはありますが、v=DMARC1 で始まるものはありません。',
  'plan.check.dmarc.several': '{name} には v=DMARC1 レコードが {n} 件あります。この場合、受信側はどれも使いません。',
  'plan.check.dmarc.tag-absent': '{tag}= がありません（期待値は {tag}={expected}）',
  'plan.check.dmarc.tag-other': '{tag}={value}（期待値は {tag}={expected}）',
  'plan.check.dmarc.testing': 't=y が残っています',
  'plan.check.dmarc.no-rua': 'rua= がありません（集約レポートが届きません）',
  'plan.check.dmarc.differs': 'レコードが異なります: {diffs}。',
  // live check: DKIM key records
  'plan.check.key.absent': '{name} に TXT レコードはありますが、DKIM 鍵（p=）はありません。',
  'plan.check.key.tag-absent': '{tag}= がありません',
  'plan.check.key.revoked': 'p= が空です（鍵は失効しています）',
  'plan.check.key.tag-other': '{shown}（期待値は {tag}={expected}）',
  'plan.check.key.differs': '鍵レコードが異なります: {diffs}。',
};
