import type { domain as en } from '../en/domain.ts';

export const domain: Record<keyof typeof en, string> = {
  'dc.note':
    'メッセージなしで検査しています。DNS からわかるのは公開されている内容だけで、サービスが実際に MAIL FROM に何を使うか、どの DKIM セレクターで署名するかはわかりません。確実に知るには、そのサービスから送ったメッセージを貼り付けてください。',

  'dc.spf.title': '{domain} の SPF レコード',
  'dc.spf.rule':
    '1 つの名前に v=spf1 レコードは 1 件だけ。1 回の評価で DNS 問い合わせを伴う項目 (include、a、mx、ptr、exists、redirect) は 10 個まで、結果なしの問い合わせ (void lookup) は 2 回までです。',
  'dc.spf.ok': '{domain} は SPF レコードを 1 件公開しています: "{record}"。評価には最悪の場合、上限 10 回のうち {lookups} 回の DNS 問い合わせが必要です。',
  'dc.spf.none': '{domain} は SPF レコードを公開していません。MAIL FROM が {domain} のメールの SPF は "none" になり、DMARC は DKIM でしか pass になりません。',
  'dc.spf.multiple':
    '{domain} は v=spf1 レコードを {n} 件公開しています。内容にかかわらず、2 件以上あるとすべてのメッセージで permerror になります (RFC 7208 §4.5)。1 件にまとめてください。',
  'dc.spf.overLimit':
    '{domain} の SPF レコードの評価には、最悪の場合 {lookups} 回の DNS 問い合わせが必要です。10 回を超えると、それより前の項目に一致しない送信元は permerror になります (RFC 7208 §4.6.4)。',
  'dc.spf.loop': '{domain} の SPF レコードは自分自身を include しています (ループ)。そこに到達する評価はすべて permerror になります。',
  'dc.spf.problems': '{domain} の SPF レコードには問題が {n} 件あります。下をご覧ください。',
  'dc.spf.error': '{domain} の SPF の問い合わせに失敗しました ({error})。状態は不明です。もう一度お試しください。',

  'dc.dmarc.title': 'DMARC レコード',
  'dc.dmarc.rule':
    'ポリシー探索は _dmarc.<domain> を問い合わせ、次に DNS ツリーを上へたどります。v=DMARC1 レコードが 2 件以上ある名前は、レコードがないものとして扱われます。',
  'dc.dmarc.own': '{recordDomain} には "{record}" があります。{domain} のポリシーは {policy} です (タグ {tag})。',
  'dc.dmarc.inherited':
    '{domain} には自身の DMARC レコードがないため、組織ドメインのレコードが適用されます: {recordDomain} には "{record}" があります。{domain} のポリシーは {policy} です (タグ {tag})。',
  'dc.dmarc.none': '{domain} に適用される DMARC レコードはありません。受信側はこのドメインからのメールに DMARC ポリシーを適用せず、レポートも送りません。',
  'dc.dmarc.temperror': '{domain} の DMARC ポリシー探索中に DNS が失敗しました ({error})。ポリシーは不明です。もう一度お試しください。',
  'dc.dmarc.monitor':
    'p=none は、DMARC に失敗したメールに対して何もしないよう受信側に求めるもので、監視だけを行います。{domain} になりすましたメールも配信されます。{domain} として送信しているすべてのサービスがアライメントして pass することを集約レポートで確かめたら、quarantine、次に reject に進めてください。',
  'dc.dmarc.noRua': 'レコードに rua= タグがありません。集約レポートが送られないため、どのサービスが {domain} として送信しているかがわかりません。',
  'dc.dmarc.strict':
    'レコードで {tag}=s (strict アライメント) が指定されています。MAIL FROM や DKIM の d= が {domain} のサブドメインであるサービスはアライメントしません。',

  'dc.rua.title': 'レポート送信先 {uri}',
  'dc.rua.rule':
    'ほかの組織にあるレポート送信先は、レポートを受け付けることを表明する必要があります: <policy domain>._report._dmarc.<report domain> の TXT "v=DMARC1"。',
  'dc.rua.same': '{destination} は {policyDomain} と同じ組織にあります。許可のレコードは不要です。',
  'dc.rua.ok': '{destination} は {policyDomain} のレポートを受け付けています: {queryName} に "v=DMARC1" があります。',
  'dc.rua.missing':
    '{destination} は {policyDomain} の組織の外にあり、{queryName} に "v=DMARC1" レコードがありません。受信側は {uri} にレポートを送りません。{destination} の所有者がこのレコードを公開する必要があります。',
  'dc.rua.error': '{queryName} の問い合わせに失敗しました。{destination} が {policyDomain} のレポートを受け付けるかどうかは不明です。',
  'dc.rua.unusable': '"{uri}" は検査できません。有効なアドレスを持つ mailto: URI ではありません。',

  'dc.dkim.title': 'DKIM 鍵',
  'dc.dkim.rule':
    'DKIM の公開鍵は <selector>._domainkey.<domain> の TXT レコードです。セレクターは署名ごとに示されるため、メッセージがなければ問い合わせたセレクターの鍵しか見つかりません。',
  'dc.dkim.found': '検査した {total} 個のセレクターのうち {n} 個で鍵が見つかりました: {selectors}。',
  'dc.dkim.none':
    '検査した {total} 個のセレクターのどれにも DKIM 鍵はありません。セレクターには任意の名前を使えるため、ほかのセレクターの鍵はこの方法では見つかりません。お使いのセレクターを指定して検査してください。',
  'dc.dkim.serviceNone': '{service} が使うセレクター ({selectors}) のどれにも鍵がありません。{domain} の DKIM はまだ設定されていません (修正をご覧ください)。',
  'dc.hostedByService':
    '{domain} は {service} に委任されています ({ns})。SPF・DKIM・DMARC のレコードはサービスがそこで公開するため、送信用のレコードはここでは提案しません。',
  'dc.mailgun.sendingDomain':
    'Mailgun は送信ドメイン (mg.{domain} のようなサブドメインが多い) で署名とバウンス処理を行い、鍵もそこに公開されます。送信ドメインがサブドメインなら、その名前もセレクター (例: smtp、Automatic Sender Security なら pdk1 と pdk2) を指定して検査してください。',
  'dc.dkim.serviceNoKey':
    '{selectors} には使える鍵がありません。{service} は自分のセレクターすべてで署名するため、それぞれに鍵が公開されるまで DKIM の設定は完了していません (修正をご覧ください)。',
  'dc.dkim.serviceDiffers':
    '{service} の指定どおりに公開されていません: {names}。そこに鍵が見つかることはあっても、{service} が署名に使う鍵ではありません (修正の確認結果をご覧ください)。',
  'dc.dkim.serviceUnknown':
    '{service} の DKIM セレクターはアカウントごとのランダムなトークンで、推測できません。セレクターとして指定すれば検査できます。公開すべきレコードは修正に示しています。',
  'dc.dkim.key.ok': '{name}: 使える {keyType} 鍵 ({bits} ビット)。',
  'dc.dkim.key.short': '{name}: {bits} ビットの RSA 鍵。受け入れられますが、2048 ビットを推奨します (RFC 8301)。',
  'dc.dkim.key.weak': '{name}: {bits} ビットの RSA 鍵。1024 ビット未満の鍵は拒否される (RFC 8301) ため、この鍵による署名は失敗します。',
  'dc.dkim.key.revoked': '{name}: 鍵は失効しています (p= が空)。この鍵による署名が pass になることはありません。',
  'dc.dkim.key.invalid': '{name}: レコードは使える鍵ではありません: {reason}',
  'dc.dkim.key.error': '{name}: 問い合わせに失敗しました ({reason})。',
  'dc.dkim.key.testing': '{name}: 鍵に t=y (テスト) があります。受信側はこの鍵による署名を、署名のないメールと同じように扱います。',

  'dc.mx.title': '{domain} のメールサーバー (MX)',
  'dc.mx.rule':
    'ドメイン宛てのメールは、優先度の値が小さい MX ホストから順に届けられます。MX がなければアドレスレコードに届けられます。MX が "0 ." (null MX) 1 件だけなら、そのドメインはメールを受け付けません。',
  'dc.mx.found': 'MX レコード {n} 件: {hosts}。',
  'dc.mx.none': '{domain} には MX レコードがありません。メールは A/AAAA アドレスがあればそこに届けられるため、返信やバウンスが届かないことがあります。',
  'dc.mx.null': '{domain} は null MX ("0 .") を公開しています。このドメインはメールを受け付けません (RFC 7505)。',
  'dc.mx.nxdomain': '{domain} は DNS に存在しません (NXDOMAIN)。',
  'dc.mx.error': '{domain} の MX の問い合わせに失敗しました ({error})。',

  'dc.mtasts.title': 'MTA-STS',
  'dc.mtasts.rule':
    '_mta-sts.<domain> の TXT レコード "v=STSv1; id=…" がポリシーの存在を示します。ポリシー自体は mta-sts.<domain> から HTTPS で配信されるファイルです。',
  'dc.mtasts.found':
    '_mta-sts.{domain} には "{record}" があります (ポリシー id {id})。ポリシーファイルは取得していません: DNS のみ (このページは DNS 問い合わせ以外を送りません)。ファイルは https://mta-sts.{domain}/.well-known/mta-sts.txt で配信されます。',
  'dc.mtasts.none':
    '_mta-sts.{domain} に MTA-STS レコードはありません。{domain} 宛てに送るサーバーは、暗号化なしの配送にフォールバックすることがあります。任意の強化です。',
  'dc.mtasts.invalid': '_mta-sts.{domain} の "{record}" は有効な MTA-STS レコードではありません ({reason})。送信側は無視します。',
  'dc.mtasts.multiple': '_mta-sts.{domain} に v=STSv1 レコードが {n} 件あります。この場合、送信側は {domain} に MTA-STS ポリシーがないものとして扱います。',
  'dc.mtasts.host': 'mta-sts.{domain} はアドレスに解決できません。送信側はポリシーファイルを取得できないため、MTA-STS は機能しません。',
  'dc.mtasts.error': '_mta-sts.{domain} の問い合わせに失敗しました ({error})。',

  'dc.tlsrpt.title': 'TLS レポート (TLS-RPT)',
  'dc.tlsrpt.rule': '_smtp._tls.<domain> の TXT レコード "v=TLSRPTv1; rua=mailto:…" (または https:) で、TLS の失敗について毎日のレポートを送信側に求めます。',
  'dc.tlsrpt.found': '_smtp._tls.{domain} には "{record}" があります。TLS の失敗のレポートは {rua} に届きます。',
  'dc.tlsrpt.none': '_smtp._tls.{domain} に TLS-RPT レコードはありません。ほかのサーバーが TLS であなたへの配送に失敗しても、レポートは届きません。任意です。',
  'dc.tlsrpt.invalid': '_smtp._tls.{domain} の "{record}" は有効な TLS-RPT レコードではありません ({reason})。',
  'dc.tlsrpt.multiple': '_smtp._tls.{domain} に v=TLSRPTv1 レコードが {n} 件あります。この場合、送信側はレポートを送りません。',
  'dc.tlsrpt.error': '_smtp._tls.{domain} の問い合わせに失敗しました ({error})。',

  'dc.bimi.title': 'ブランドロゴ (BIMI)',
  'dc.bimi.rule':
    'default._bimi.<domain> の TXT レコード "v=BIMI1; l=<https の SVG>; a=<https の証明書>"。メールボックスプロバイダーが使うのは、DMARC ポリシーが quarantine か reject の場合だけです。',
  'dc.bimi.found': 'default._bimi.{domain} には "{record}" があります (ロゴ: {logo})。',
  'dc.bimi.none': 'default._bimi.{domain} に BIMI レコードはありません。ブランドロゴは表示されません。任意です。',
  'dc.bimi.invalid': 'default._bimi.{domain} の "{record}" は有効な BIMI レコードではありません ({reason})。',
  'dc.bimi.multiple': 'default._bimi.{domain} に v=BIMI1 レコードが {n} 件あります。受信側は無視します。',
  'dc.bimi.policy': 'BIMI が使われるのは DMARC ポリシーが quarantine か reject の場合だけです。{domain} のポリシーは {policy} なので、ロゴは表示されません。',
  'dc.bimi.error': 'default._bimi.{domain} の問い合わせに失敗しました ({error})。',

  'dc.reason.version': '{version} で始まっていません',
  'dc.reason.id': 'id= がないか、1〜32 文字の英数字ではありません',
  'dc.reason.rua': 'rua= がないか、mailto: または https: の URI がありません',
  'dc.reason.logo': 'l= が https: の URL ではありません',

  'dc.fix.spfAuth':
    '{name} の SPF レコードには {service} を許可する {term} が含まれていません。含めるまで、{service} が {name} の MAIL FROM で送るメールは SPF に失敗します。',
  'dc.fix.context':
    'メッセージなしで検査しているため、あなたのメールが現在 SPF と DKIM のどちらで DMARC に pass しているかはわかりません。DMARC にはどちらか一方がアライメントして pass することが必要です。両方を設定しておけば、転送で SPF が壊れても、メッセージの変更で DKIM が壊れても、メールは pass します。',

  'dc.service.title': '{service} に必要なレコード',
  'dc.service.rule':
    'DMARC は、From ドメインとアライメントするドメインについて SPF か DKIM が pass すれば pass します。その実現方法はサービスごとに異なります。',
  'dc.service.summary':
    '{service} で SPF と DKIM を {domain} にアライメントさせるために必要なもの: 修正 {n} 件、レコード {records} 件。DNS で今確認した結果: 公開済み {published} 件、未公開または相違 {missing} 件、プレースホルダーを埋めるまで確認できないもの {unchecked} 件。',
  'dc.service.nothing': '{service}: DNS からわかる範囲では、{domain} について公開すべきものはありません。',
  'dc.service.none':
    '送信サービスが選ばれていないため、{domain} 自身が公開しているものだけを検査しました。送信に使うサービスを選ぶと、そのサービスに必要なレコードがわかります。',
};
