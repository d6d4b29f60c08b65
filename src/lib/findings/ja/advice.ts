// 修正アドバイザーのレコード単位の文言（SPF の修復・統合・10 回の参照上限、DMARC レコードの重複、
// バウンスの HELO 名の SPF、公開済みのレコード）。
import type { advice as en } from '../en/advice.ts';

export const advice: Readonly<Record<keyof typeof en, string>> = {
  'advice.spf.fix.typographic': '組版用の文字（全角や曲がった引用符、ノーブレークスペース、長いダッシュ）を通常の ASCII 文字に置き換えました。',
  'advice.spf.fix.spacing': '引用符、タブ、連続したスペースを取り除きました。項目は半角スペース 1 つで区切ります（RFC 7208 4.6.1）。',
  'advice.spf.fix.version': '"{was}" → "v=spf1": レコードは v=spf1 ちょうどで始める必要があります（RFC 7208 4.5）。',
  'advice.spf.fix.joined': '"{was}" → "{now}": ":" の後のスペースで 1 つの項目が 2 つに分かれていました。',
  'advice.spf.fix.punctuation': '"{was}" → "{now}": 項目の区切りはスペースで、カンマやセミコロンではありません。',
  'advice.spf.fix.split-list': '"{was}" → "{now}": 1 つの項目に書けるアドレスや範囲は 1 つだけです。',
  'advice.spf.fix.mechanism-name': '"{was}" → "{now}": メカニズム名は ip4、ip6、include、a、mx、ptr、exists、all です（RFC 7208 5）。',
  'advice.spf.fix.mechanism-separator': '"{was}" → "{now}": メカニズムの引数は ":" の後に書きます。"=" は修飾子 redirect と exp のためのものです。',
  'advice.spf.fix.modifier-separator': '"{was}" → "{now}": redirect と exp は修飾子で、"=" を使って書きます（RFC 7208 6）。',
  'advice.spf.fix.modifier-duplicate': '"{was}" を削除しました: 同じ修飾子が 2 回あると permerror です（RFC 7208 6）。',
  'advice.spf.fix.all-duplicate': '"{was}" を削除しました: "{kept}" の後にあったため、評価されることはありませんでした。',
  'advice.spf.fix.all-conflict':
    '"{was}" を削除しました: "{kept}" の後にあり、現在有効なのは "{kept}" のほうです。"{was}" のつもりだった場合は、"{kept}" をご自身で書き換えてください。',
  'advice.spf.fix.all-last':
    '"{all}" を末尾に移しました: その後の項目（{after}）は評価されていませんでした（RFC 7208 4.6.2）。これからは有効になるので、意図しないものがあれば削除してください。',
  'advice.spf.syntax.why':
    'その SPF レコード "{record}" に構文エラーがあります。構文エラーがどこか 1 か所でもあると、そのレコードの確認はすべて permerror になります（RFC 7208 4.6）',
  'advice.spf.syntax.replace':
    '{name} にある現在のレコード "{record}" を、この修正済みのレコードに置き換えてください（v=spf1 レコードは 1 件だけにします）。変更点:',
  'advice.spf.syntax.nofix':
    '安全な修正を導けないため、レコードは提案しません: {problems} その項目を手で直してください（もう使っていないサービスなら削除してください）。',
  'advice.spf.merge.all': 'レコードごとに末尾が異なります（{alls}）。統合したレコードでは最も厳しい "{all}" を使います。',
  'advice.spf.merge.redirect':
    '"{was}" を "include:{domain}" にしました: 統合したレコードには all 項目があり、all があると redirect は無視されるためです（RFC 7208 6.1）。',
  'advice.spf.merge.exp': 'レコードごとに exp= 修飾子が異なります。統合したレコードでは "{kept}" を使います。',
  'advice.spf.merge.lookups': '統合したレコードは、最悪の場合 {lookups} 回の DNS 参照が必要です（このツールの SPF エンジンで数えた値です）。',
  'advice.spf.limit.title': '{name} の SPF レコードを DNS 参照 10 回以内に収める',
  'advice.spf.limit.latent':
    '{name} の SPF レコードは、最悪の場合 {lookups} 回の DNS 参照が必要です。上限は 10 回です（RFC 7208 4.6.4）。このメッセージは上限より前に一致しましたが、10 回目より後でしか一致しない送信元は permerror になり、DMARC はこれを失敗として扱います。',
  'advice.spf.limit.proposal':
    '提案するレコードの DNS 参照は最大 {lookups} 回です（現在は {before} 回）。このツールの SPF エンジンで確認しており、現在のレコードが今許可している送信元を同じように許可します。作り方:',
  'advice.spf.limit.step.duplicate': '"{term}" が 2 回ありました。1 回にしました。',
  'advice.spf.limit.step.nested': '"{term}" を削除しました: {via} がすでにそれを含んでいます。',
  'advice.spf.limit.step.own-hosts': '"{term}" を、現在の解決先のアドレス（{now}）に置き換えました。これらのホストが変わったら更新してください。',
  'advice.spf.limit.step.flattened': '"{term}" を、現在公開されている {count} 件の ip4/ip6 の範囲に展開しました。',
  'advice.spf.limit.stale':
    'トレードオフ: 展開したアドレスは古くなります。{domains} の提供元がアドレスを変えると、このレコードを更新するまで新しいアドレスからのメールは SPF に失敗します。定期的に確認し、参照回数に余裕ができたら（もう使っていないサービスを削除したときなど）すぐに include に戻してください。',
  'advice.spf.limit.none':
    'これらの include が現在公開している内容からは、10 回以内のレコードを安全に作れません（マクロ、exists、ptr、例外の指定は展開できません）。もう使っていないサービスの include を削除するか、提供元に小さな include を用意してもらってください。',
  'advice.dmarc.dup.title': '{name} の DMARC レコードを 1 件にする',
  'advice.dmarc.dup.explain':
    '{name} には DMARC レコードが {count} 件あります: {records}。2 件以上あると受信側はすべて破棄するため（RFC 9989 4.10、RFC 7489 6.6.3）、{from} からのメールにはこれらのどのポリシーも適用されません。',
  'advice.dmarc.dup.keep-one':
    '"{record}" を残してください。最も厳しいポリシーとすべてのレポート送信先をすでに含んでいます。{name} にあるもう 1 件は削除してください。',
  'advice.dmarc.dup.keep':
    '"{record}" を残してください。最も厳しいポリシーとすべてのレポート送信先をすでに含んでいます。{name} にあるほかの {others} 件は削除してください。',
  'advice.dmarc.dup.replace':
    'この統合したレコードを公開し、{name} にある現在の {count} 件を削除してください。統合したレコードは、それらのうち最も厳しいポリシー（{policy}）と、すべてのレポート送信先を引き継いでいます。',
  'advice.dmarc.dup.enforce-now':
    'レコードが {count} 件ある間は DMARC ポリシーが適用されないため、DMARC に失敗するメールも今は配信されています。レコードが 1 件になると、すぐに p={policy} が適用されます。先に集計レポート（rua）で、{from} として送信するすべてのサービスがアライメント付きで pass していることを確認してください。確信がなければ、数週間は p=none で公開してから引き上げてください。',
  'advice.dmarc.dup.conflict':
    'レコードごとに {tag} が異なります（{values}）。統合したレコードでは {tag}={value} を使います。もう一方のつもりだった場合は変更してください。',
  'advice.dmarc.dup.inherited': 'それまでの間、{from} からのメールには代わりに {record} のポリシー（{policy}）が適用されます。',
  'advice.helo.title': 'HELO 名 {helo} の SPF を公開する',
  'advice.helo.explain':
    'これはバウンスか自動返信です。MAIL FROM は空（Return-Path: <>）で、空のままでなければなりません。そのため SPF は HELO 名 {helo}（postmaster@{helo}、RFC 7208 2.3）について検査されます。{helo} は {org} の配下にあるので、そこに送信サーバーを許可する SPF レコードを置けば、{from} とアライメントするドメインについて SPF が pass します。',
  'advice.helo.a':
    'このレコードは、{helo} 自身の解決先のアドレス（"a"）を許可します。HELO 名は送信サーバーのアドレスに解決される必要があります。そうでない場合は、代わりにサーバーのアドレスを ip4:/ip6: で列挙してください。',
  'advice.helo.strict':
    'DMARC レコードで aspf=s が指定されています。{helo} の SPF がアライメントするのは、それが {from} と完全に一致する場合だけです。バウンスには、アライメントした DKIM 署名（d={from}）で対応してください。',
  'advice.helo.replace': '{helo} にある現在のレコード "{record}" を、このレコードに置き換えてください（v=spf1 レコードは 1 件だけにします）。',
  'advice.helo.has-a':
    '{helo} はすでに自身のアドレスを許可しています（"{record}" に "a" があります）。つまり HELO 名が、このメッセージを送ったサーバーのアドレスに解決されていません。その名前をサーバーに向けるか、サーバーのアドレスを ip4:/ip6: で加えてください。',
  'advice.helo.no-custom':
    'バウンスにカスタムの MAIL FROM を設定しないでください。バウンスの MAIL FROM は空のままでなければなりません（RFC 5321 4.5.5）。そうしないとバウンスがループするおそれがあります。',
  'advice.helo.other-title': '{helo} からのバウンス: あなたの DNS の問題ではありません',
  'advice.helo.other-explain':
    'これはバウンスか自動返信です。MAIL FROM は空（Return-Path: <>）で、空のままでなければなりません。そのため SPF は HELO 名 {helo} について検査されますが、これは {org} の配下ではありません。その SPF を公開できるのは運用者だけです。あなたにできること: これらのメールを送るシステムに、DKIM d={from} で署名させてください。',
  'advice.helo.unknown': 'サーバーの HELO 名',
  'advice.published.record': '公開済み: {type} {name} {found}。追加するものはありません。',
  'advice.published.all':
    'この修正のレコードはすべて DNS に公開済みですが、このメッセージはそれらを使っていません。公開前に送られたか、サービス側でまだ使う設定になっていません（手順を参照してください）。',
  'advice.published.different': '{name} の現在の内容: {found}。{diff}',
};
