// Provider recipes (src/lib/advice/recipes.ts): what each sending service's fix says. A console
// label stays as the vendor writes it, in quotes, with a Japanese gloss: "Verified identities"（検証済み ID）.
import type { recipes as en } from '../en/recipes.ts';

export const recipes: Readonly<Record<keyof typeof en, string>> = {
  'recipes.common.rfc7208-45': '1 つの名前に v=spf1 レコードが 2 つあると permerror になります（RFC 7208 §4.5）。1 つにまとめてください',
  'recipes.common.cloudflare':
    'Cloudflare では、これらのレコードを "DNS only"（グレーの雲）にしてください。プロキシされた CNAME やフラット化された CNAME では機能しません。',
  'recipes.common.zone-append':
    '入力した名前の後ろにゾーン名を自動で付け足す DNS 管理画面があります。その場合は、ドメインより前の部分だけを入力してください（そうしないと em1234.example.com.example.com のようになります）。',
  'recipes.common.open': '{path} を開きます',
  'recipes.common.spf-record.maybe-existing': '{name} にすでに v=spf1 レコードがある場合は、新しく作らずに、そのレコードに {term} を加えてください。{rule}。',
  'recipes.common.spf-record.several': '{name} にはすでに SPF レコードが {count} 件あります。{rule}。',
  'recipes.common.spf-record.already-contains':
    '{name} の SPF レコードにはすでに {term} が含まれています。失敗の原因は別のところ（別の送信 IP や、DNS 参照回数の上限など）にあります。',
  'recipes.common.spf-record.replace': '現在のレコード "{record}" をこのレコードで置き換えてください。2 つ目として追加しないでください。',
  'recipes.common.spf-record.lookup-limit':
    '{term} を加えると DNS 参照が少なくとも 1 回（その中の参照も含めればさらに）増えます。このレコードは最悪の場合すでに {lookups} 回の参照が必要なので、上限の 10 回を超えて permerror になります（RFC 7208 §4.6.4）。先に、使っていない include を削除してください。',
  'recipes.common.envelope.at': 'MAIL FROM（Return-Path）は {mailFrom} ',
  'recipes.common.envelope.service': 'MAIL FROM（Return-Path）はサービス自身のドメイン',
  'recipes.common.not-aligned': '{envelope}で、{from} とアライメントしません。',
  'recipes.common.no-signature': 'd={from} の署名で pass したものはありません。',
  'recipes.common.no-aligned-signature': 'アライメントした d= の署名で pass したものはありません。',
  'recipes.common.no-spf-route.title': '{service} では SPF をアライメントできません（DKIM を使います）',
  'recipes.common.no-spf-route.explain':
    '{envelope}にあるため、SPF が pass するとしても、それは {from} ではなく {service} のドメインについてです。{why}DMARC に必要なのはアライメントした pass 1 つだけなので、d={from} の DKIM 署名で対応してください。',
  'recipes.common.no-spf-route.caveat.include-useless':
    '{from} の SPF レコードに {service} の include を加えても効果はありません。SPF は MAIL FROM のドメインについて検査され、それは {service} のドメインのままだからです。',
  'recipes.common.no-spf-route.caveat.unverified': '未確認: これは {service} 自身の文書ではなく、第三者のガイドに基づいています。',
  'recipes.common.own-address.title': '{from} のアカウントから送信する',
  'recipes.common.own-address.explain':
    '{service} は、送信したアカウント自身のアドレスを MAIL FROM に使います。{envelope}で、{from} とアライメントしません。このメッセージはおそらく、別のドメインのアカウントかエイリアスから送信されています。{from} のアカウントから送信すれば、MAIL FROM はそのままアライメントします。',
  'recipes.ses.region.read-from-defaulted': '（{header} から読み取り。リージョンの表記がないため us-east-1）',
  'recipes.ses.region.read-from': '（{header} から読み取り）',
  'recipes.ses.region.known': 'リージョン: {region}{readFrom}。',
  'recipes.ses.region.ph.region': '送信に使う AWS リージョン（例: us-east-1）',
  'recipes.ses.region.ph.region.where': 'SES コンソール右上のリージョン選択',
  'recipes.ses.region.none': 'リージョンが指定されていません。アカウントのリージョンを入力してください。',
  'recipes.ses.region.unknown': 'ヘッダーからはリージョンがわかりません。入力してください。',
  'recipes.ses.spf.strict.title': 'aspf=s では SPF はアライメントできません（{from} の Easy DKIM を使います）',
  'recipes.ses.spf.strict.explain':
    '{envelope}にあり、カスタム MAIL FROM ドメインはすでに使われています{spfResult}。しかし DMARC レコードで aspf=s（strict）が指定されているため、SPF がアライメントするのは MAIL FROM が {from} と完全に一致する場合だけです。SES の MAIL FROM はサブドメインでなければならないので、ここでは SPF は決してアライメントしません。アライメントする方法: d={from} で署名する Easy DKIM（adkim=s でもアライメントします）か、aspf=r（relaxed、既定値）です。aspf=r なら {mailFrom} はそのままでアライメントします。',
  'recipes.ses.spf.strict.result': '（{mailFrom} の SPF は {result}）',
  'recipes.ses.spf.now-pass': 'SPF は Amazon のドメインについて pass しますが',
  'recipes.ses.spf.now-checked': 'SPF は Amazon のドメインについて検査されますが（{result}）',
  'recipes.ses.spf.title': 'Amazon SES のカスタム MAIL FROM ドメイン {name}',
  'recipes.ses.spf.explain':
    '{envelope}にあるため、{spfNow}、これは {from} とアライメントしません。カスタム MAIL FROM ドメインを設定すると、エンベロープが {name} に移ります。そこに SES のフィードバック用の MX と、SES を許可する SPF レコードを置けば、SPF は {name} について pass し、relaxed モードで {from} とアライメントします。{note}',
  'recipes.ses.spf.caveat.exactly-one-mx': '{name} の MX レコードは 1 件だけにしてください。そうしないと SES の設定に失敗します。',
  'recipes.ses.spf.caveat.no-receiving':
    '{name} ではメールを受信しないでください。また、SES のフィードバック先になっている間は、From ドメインとして使わないでください。',
  'recipes.ses.spf.caveat.mx-failure-reject':
    '"Behavior on MX failure"（MX 障害時の動作）を "Reject message"（メッセージを拒否）にしてください。"Use default MAIL FROM"（デフォルトの MAIL FROM を使用）のままだと、MX の確認に失敗したときに SES は黙って amazonses.com に戻し、気づかないうちにアライメントが崩れます。',
  'recipes.ses.spf.caveat.per-region':
    'MAIL FROM の設定はリージョンごとです。MX はバウンスが届くリージョン（{region}）を指します。送信に使うすべてのリージョンで設定してください。',
  'recipes.ses.spf.caveat.relaxed-only':
    'relaxed アライメントでのみ有効です。aspf=s ではサブドメインの MAIL FROM は決してアライメントしないため、代わりに DKIM のアライメントを使ってください。',
  'recipes.ses.spf.caveat.merge-spf': '{name} にすでに v=spf1 レコードがある場合は、include をそのレコードにまとめてください。{rule}。',
  'recipes.ses.spf.caveat.unlisted-region':
    '{region} は SES が提供していることが知られているリージョンではありません。公開する前に SES コンソールでリージョンを確認してください。存在しないリージョンのフィードバックホストを指す MX では設定に失敗します。',
  'recipes.ses.spf.caveat.unverified-feedback-endpoint':
    '未確認: {region} のフィードバック用エンドポイントは文書化された命名規則に沿っていますが、文書の一覧には載っていません。',
  'recipes.ses.spf.step.open':
    'SES コンソール（リージョン {region}）> "Verified identities"（検証済み ID）> {from} > "Custom MAIL FROM domain"（カスタム MAIL FROM ドメイン）> "Edit"（編集）を開きます',
  'recipes.ses.spf.step.subdomain':
    'サブドメインに "mail" と入力し（{name}）、"Behavior on MX failure"（MX 障害時の動作）を "Reject message"（メッセージを拒否）にして保存します',
  'recipes.ses.spf.step.publish': '2 つのレコードを公開します。SES は最大 72 時間確認を続け、それまでに確認できなければ設定を "Failed"（失敗）にします',
  'recipes.ses.dkim.ph.token': 'Easy DKIM のトークン（3 つのうち {i} つ目、32 文字）',
  'recipes.ses.dkim.title': 'Amazon SES での {from} の Easy DKIM',
  'recipes.ses.dkim.explain':
    '{noSig}SES 自身の署名は d=amazonses.com で、アライメントしません。Easy DKIM を設定し、この 3 つの CNAME で SES の鍵を指すと、SES は d={from} で署名します。',
  'recipes.ses.dkim.caveat.per-region': 'Easy DKIM はリージョンごとに設定します。鍵は既定で 2048 ビットです。',
  'recipes.ses.dkim.caveat.regional-targets': '{regions} から送信する場合、CNAME の指す先は <token>.dkim.<region>.amazonses.com です。',
  'recipes.ses.dkim.step.publish': '3 つの CNAME レコードをコピーして公開し、DKIM のステータスが "Successful"（成功）になるまで待ちます',
  'recipes.resend.spf.title': 'Resend の送信用サブドメイン {name}',
  'recipes.resend.spf.explain':
    '{envelope}にあります。これらのレコードを公開すると、Resend は Amazon SES 経由で、あなたのドメインのサブドメインを MAIL FROM にして送信します。SPF は {name} について pass し、relaxed モードで {from} とアライメントします。{note}',
  'recipes.resend.spf.caveat.exactly-one-mx':
    '{name} の MX は 1 件だけにしてください。サブドメイン名は Resend で選べるので、Resend のダッシュボードに表示される名前を使ってください。',
  'recipes.resend.spf.caveat.relaxed-only': 'relaxed アライメントでのみ有効です。aspf=s ではサブドメインの MAIL FROM は決してアライメントしません。',
  'recipes.resend.spf.caveat.unverified-region':
    '未確認: Resend のリージョン {region} は、確認済みのリージョン（us-east-1、eu-west-1、sa-east-1）に含まれていません。',
  'recipes.resend.spf.step.publish': 'Resend ダッシュボード > "Domains"（ドメイン）> {from} で、表示されるレコードを公開してから "Verify"（検証）を押します',
  'recipes.resend.dkim.title': '{from} の Resend DKIM 鍵',
  'recipes.resend.dkim.explain': '{noSig}Resend の公開鍵を公開すると、Resend は d={from}、セレクター "resend" で署名します。',
  'recipes.resend.dkim.ph.key': 'Resend が生成した公開鍵',
  'recipes.resend.dkim.step.publish':
    'Resend ダッシュボード > "Domains"（ドメイン）> {from} で DKIM の TXT レコードをコピーして公開し、"Verify"（検証）を押します',
  'recipes.sendgrid.where':
    'SendGrid > "Settings"（設定）> "Sender Authentication"（送信者認証）> "Authenticate Your Domain"（ドメインを認証）で表示されるレコード',
  'recipes.sendgrid.ph.em1234': 'SendGrid が割り当てるリターンパスのラベル（em + 数字）、または自分で選んだラベル',
  'recipes.sendgrid.ph.u1234567': 'SendGrid のユーザー ID（u + 数字）',
  'recipes.sendgrid.ph.wl123': 'ドメイン認証の ID（wl + 数字）',
  'recipes.sendgrid.step.choose-dns-host': 'DNS ホストを選び、{readFrom} を入力します。"Automated Security"（自動セキュリティ）はオンのままにします',
  'recipes.sendgrid.step.publish': '表示される 3 つの CNAME レコードを公開してから "Verify"（検証）を押します（反映まで最大 48 時間かかります）',
  'recipes.sendgrid.other-domain':
    'Return-Path は {returnPath} にあります。このアカウントで認証済みなのは {from} ではなく、そのドメインです。From ドメインは認証済みのドメインと一致している必要があります。',
  'recipes.sendgrid.spf.title': 'SendGrid のドメイン認証: リターンパス em1234.{from}',
  'recipes.sendgrid.spf.explain':
    '{notAligned}ドメイン認証を設定すると、SendGrid は {from} のサブドメイン（em1234.{from}。SendGrid への CNAME で、SPF は SendGrid がそこで公開します）をリターンパスに使うため、relaxed モードでアライメントするドメインについて SPF が pass します。',
  'recipes.sendgrid.spf.caveat.security-off':
    '"Automated Security"（自動セキュリティ）をオフにした場合、リターンパスには代わりに、em1234 に MX mx.sendgrid.net と TXT "v=spf1 include:sendgrid.net ~all" が必要です（正確なレコードは SendGrid に表示されます）。',
  'recipes.sendgrid.spf.caveat.no-underscore':
    'CNAME の名前に "_" を使えない DNS ホストでは、"Automated Security"（自動セキュリティ）をオフにするしかありません。',
  'recipes.sendgrid.spf.caveat.unverified-eu': '未確認: SendGrid の EU リージョンでレコードの値が異なるかどうか。',
  'recipes.sendgrid.dkim.title': 'SendGrid のドメイン認証: {from} の DKIM s1/s2',
  'recipes.sendgrid.dkim.explain':
    '{noSig}SendGrid 自身の署名（d=sendgrid.net）はアライメントしません。ドメイン認証を設定すると、SendGrid は d={from}、セレクター s1 と s2 で署名します。その鍵をこれらの CNAME が指します。',
  'recipes.sendgrid.dkim.caveat.security-off':
    '"Automated Security"（自動セキュリティ）をオフにした場合: m1._domainkey に TXT "k=rsa; t=s; p=…"（鍵は SendGrid に表示されるもの）を公開します。',
  'recipes.mailgun.current-sandbox': '現在の送信ドメインは {domain}（Mailgun のサンドボックス）です。',
  'recipes.mailgun.current': '現在の送信ドメインは {domain} です。',
  'recipes.mailgun.spf.title': 'Mailgun の送信ドメイン {domain}',
  'recipes.mailgun.spf.explain':
    'Mailgun は「送信ドメイン」（sending domain）をエンベロープと DKIM の両方に使います。{notAligned}{current}Mailgun で {domain} を送信ドメインとして追加し、そのドメインで送信してください。この SPF レコードがあれば、SPF は {domain} について pass し、{from} とアライメントします。',
  'recipes.mailgun.spf.caveat.strict':
    'strict アライメント（aspf=s または adkim=s）では、From ドメインそのものを送信ドメインにする必要があります。Mailgun は送信ドメインをエンベロープと DKIM の d= の両方に使うためです。',
  'recipes.mailgun.spf.caveat.any-subdomain': 'あなたのドメインのサブドメインであれば、どれでも使えます。mg. は Mailgun が勧める例です。',
  'recipes.mailgun.spf.caveat.extra-records':
    'Mailgun は受信用の MX レコード（mxa/mxb.mailgun.org）とトラッキング用の CNAME も表示しますが、アライメントには不要です。',
  'recipes.mailgun.spf.caveat.unverified-eu': '未確認: EU リージョンの MX とトラッキングの指す先。',
  'recipes.mailgun.spf.step.add-domain': '{domain} を入力し、表示される DNS レコードを公開してから "Verify"（検証）を押します',
  'recipes.mailgun.dkim.ph.id': 'Mailgun に表示される DKIM の指す先に含まれる ID',
  'recipes.mailgun.dkim.title': '{domain} の Mailgun DKIM',
  'recipes.mailgun.dkim.explain':
    '{noSig}{current}Mailgun は d=<送信ドメイン> で署名します。{domain} を送信ドメインにして "Automatic Sender Security"（自動送信者セキュリティ）を使うと、これらの CNAME が Mailgun のローテーションする鍵を指し、署名は {from} とアライメントします。',
  'recipes.mailgun.dkim.caveat.manual-key':
    '"Automatic Sender Security"（自動送信者セキュリティ）を使わない場合、鍵は送信ドメインの <selector>._domainkey に置く TXT で、値はコントロールパネルに表示されます。',
  'recipes.mailgun.dkim.caveat.rotation':
    '"Automatic Sender Security"（自動送信者セキュリティ）は 2048 ビットの鍵を使い、少なくとも 5 日ごとにローテーションします。',
  'recipes.postmark.spf.title': 'Postmark のカスタム Return-Path pm-bounces.{from}',
  'recipes.postmark.spf.explain':
    '{notAligned}カスタム Return-Path を設定するとバウンスアドレスが pm_bounces@pm-bounces.{from} になり、CNAME によってそこで Postmark の SPF が応答するため、relaxed モードでアライメントするドメインについて SPF が pass します。',
  'recipes.postmark.spf.caveat.subdomain': 'From ドメインのサブドメインである必要があります。',
  'recipes.postmark.spf.caveat.legacy-include': 'ドメイン直下（apex）の include:spf.mtasv.net は旧来の設定で、不要です。',
  'recipes.postmark.spf.step.return-path':
    'Postmark > "Sender Signatures"（送信者署名）または "Domains"（ドメイン）> {from} > Return-Path で pm-bounces を設定し、CNAME を公開して "Verify"（検証）を押します',
  'recipes.postmark.dkim.where': 'Postmark > "Sender Signatures"（送信者署名）または "Domains"（ドメイン）> {from} > DKIM',
  'recipes.postmark.dkim.title': '{from} の Postmark DKIM',
  'recipes.postmark.dkim.explain':
    '{noSig}Postmark 自身の署名（d=pm.mtasv.net）はアライメントしません。日付入りのセレクターで Postmark の鍵を公開すると、Postmark は d={from} で署名します。',
  'recipes.postmark.dkim.ph.date-stamp': 'Postmark が割り当てるセレクターの日付部分',
  'recipes.postmark.dkim.ph.key': 'Postmark が生成した公開鍵',
  'recipes.sparkpost.spf.title': 'SparkPost のカスタムバウンスドメイン bounce.{from}',
  'recipes.sparkpost.spf.explain':
    '{notAligned}カスタムバウンスドメインを設定するとエンベロープが bounce.{from} になり、CNAME によってそこで SparkPost の SPF が応答するため、relaxed モードでアライメントするドメインについて SPF が pass します。',
  'recipes.sparkpost.spf.caveat.targets':
    '指す先は sparkpostmail.com（US）、eu.sparkpostmail.com（EU）、<public_tenant_id>.mail.e.sparkpost.com（Enterprise）のいずれかです。',
  'recipes.sparkpost.spf.caveat.targets-us-shown':
    '指す先は sparkpostmail.com（US）、eu.sparkpostmail.com（EU）、<public_tenant_id>.mail.e.sparkpost.com（Enterprise）のいずれかです。ここでは US のものを示しています。',
  'recipes.sparkpost.spf.caveat.not-apex': 'ドメイン直下（apex）には置けません。バウンスドメインはサブドメインである必要があります。',
  'recipes.sparkpost.spf.step.bounce-domain':
    'SparkPost > "Configuration"（設定）> "Domains"（ドメイン）で bounce.{from} をバウンスドメインとして追加し、CNAME を公開して "Verify"（検証）を押します',
  'recipes.sparkpost.dkim.where': 'SparkPost > "Configuration"（設定）> "Domains"（ドメイン）> {from}（送信ドメイン）> "DKIM record"（DKIM レコード）',
  'recipes.sparkpost.dkim.title': '{from} の SparkPost DKIM',
  'recipes.sparkpost.dkim.explain': '{noSig}{from} を送信ドメインとして検証し、その DKIM 鍵を公開すると、SparkPost は d=<送信ドメイン> で署名します。',
  'recipes.sparkpost.dkim.ph.selector': 'SparkPost が割り当てるセレクター（scph + 月 + 年）',
  'recipes.sparkpost.dkim.ph.key': 'SparkPost が生成した公開鍵',
  'recipes.mandrill.spf.title': 'Mandrill のカスタム Return-Path ドメイン mandrill.{from}',
  'recipes.mandrill.spf.explain':
    '{notAligned}Mandrill を指すカスタム Return-Path ドメイン（サブドメインに限ります。ドメイン直下は不可）を使うとエンベロープが {from} の配下になるため、relaxed モードでアライメントするドメインについて SPF が pass します。',
  'recipes.mandrill.spf.caveat.any-subdomain': 'サブドメインであれば、どれでも使えます。mandrill. は一例です。',
  'recipes.mandrill.spf.caveat.enable':
    'DNS のテストに合格したら、メッセージごと（return_path_domain / X-MC-ReturnPathDomain）に、または "Sending Defaults"（送信の既定値）でアカウントの既定として有効にしてください。',
  'recipes.mandrill.spf.caveat.unverified-target': '未確認: CNAME の指す先は第三者のガイドによるものです。',
  'recipes.mandrill.spf.step.publish': 'CNAME を公開してから "Test DNS"（DNS をテスト）を押します',
  'recipes.mandrill.spf.step.enable': '"Sending Defaults"（送信の既定値）で、またはメッセージごとに有効にします',
  'recipes.mandrill.dkim.title': '{from} の Mandrill DKIM mte1/mte2',
  'recipes.mandrill.dkim.explain':
    '{noSig}Mandrill 自身の署名（d=mandrillapp.com）はアライメントしません。これらの CNAME があれば、Mandrill は d={from} で署名できます。',
  'recipes.mandrill.dkim.caveat.legacy-txt': '旧来の mandrill._domainkey の TXT レコードは、これらに置き換わります。',
  'recipes.mandrill.dkim.step.publish':
    'Mandrill > "Settings"（設定）> "Sending Domains"（送信ドメイン）> {from} でレコードを公開してから "Test DNS"（DNS をテスト）を押します',
  'recipes.mandrill.dmarc-note':
    'Mandrill は 2024-03-15 から DMARC レコード（少なくとも p=none）を必須にしています。ない場合は、送信ドメインを mandrillapp.com のサブドメインに書き換えます。',
  'recipes.mailchimp.spf.why': 'Mailchimp にはカスタムリターンパスの機能がありません。',
  'recipes.mailchimp.dkim.title': '{from} の Mailchimp DKIM k2/k3',
  'recipes.mailchimp.dkim.explain':
    '{noSig}ドメイン認証を済ませると、Mailchimp は d={from}、セレクター k2 と k3 で署名します。その鍵をこれらの CNAME が指します。',
  'recipes.mailchimp.dkim.caveat.unverified-values':
    '多くの公開ゾーンで見られる値です。Mailchimp 自身のページは読めていません（旧来の設定では k1._domainkey に CNAME dkim.mcsv.net を使っていました）。',
  'recipes.brevo.spf.why': '共用 IP では、エンベロープは sender-sib.com のままです（専用 IP でカスタムリターンパスを使えるかどうかは未確認です）。',
  'recipes.brevo.dkim.title': '{from} の Brevo ドメイン認証',
  'recipes.brevo.dkim.explain':
    '{noSig}Brevo 自身の署名（d=sendinblue.com）はアライメントしません。brevo-code のレコードで {from} の所有を証明し、2 つの CNAME で Brevo が d={from} で署名できるようにします。',
  'recipes.brevo.dkim.ph.code': 'Brevo に表示される 16 進 32 桁の確認コード',
  'recipes.brevo.dkim.caveat.legacy-txt': '旧来の設定では、mail._domainkey に TXT "k=rsa;p=…" を使っていました。',
  'recipes.brevo.dkim.caveat.from-rewrite': '{from} の認証が済むまで、Brevo は From を @<id>.brevosend.com に書き換えることがあります。',
  'recipes.brevo.dmarc-note': 'Brevo の DMARC レポートを受け取りたい場合、Brevo は rua=mailto:rua@dmarc.brevo.com を勧めています。',
  'recipes.klaviyo.title': 'Klaviyo のブランド送信ドメイン {name}',
  'recipes.klaviyo.explain':
    '{envelope}にあり、Klaviyo は d=klaviyomail.com で署名しています。どちらも {from} とアライメントしません。ブランド送信用のサブドメインはエンベロープと DKIM のドメインを兼ねるので、relaxed モードでは両方がアライメントします。このサブドメインを Klaviyo に委任すると（NS、"dynamic routing"（動的ルーティング）、推奨）、Klaviyo が必要なレコードをそこに公開します。',
  'recipes.klaviyo.caveat.ownership-txt': 'Klaviyo は、所有を証明する TXT レコードも 1 件求めます。表示されるものを公開してください。',
  'recipes.klaviyo.caveat.static': 'もう一つの方法 "static"（静的）では、NS レコードの代わりに 3 つの CNAME を使います。',
  'recipes.klaviyo.caveat.apply-domain': '検証が済んだら "Apply domain"（ドメインを適用）をクリックしてください。クリックしないと何も変わりません。',
  'recipes.klaviyo.caveat.unverified-targets': '未確認: NS の指す先は第三者のガイドによるものです。Klaviyo に表示される値を使ってください。',
  'recipes.klaviyo.step.add-domain': '{name} を入力して "dynamic routing"（動的ルーティング）を選び、レコードを公開して "Verify"（検証）を押します',
  'recipes.klaviyo.step.apply-domain': '"Apply domain"（ドメインを適用）をクリックします',
  'recipes.hubspot.spf.why':
    'HubSpot の共用 IP では、エンベロープは hubspotemail.net のままです。SPF をアライメントさせるには専用 IP が必要で、エンベロープは 12345m.{from} のようになります。',
  'recipes.hubspot.dkim.ph.hubid': 'HubSpot のアカウント（hub）ID',
  'recipes.hubspot.dkim.ph.number': 'HubSpot に表示される指す先に含まれる番号',
  'recipes.hubspot.dkim.title': 'HubSpot のメール送信ドメイン {from}',
  'recipes.hubspot.dkim.explain':
    '{noSig}{from} をメール送信ドメインとして接続すると、HubSpot は d={from} で署名します。これらの CNAME が HubSpot の鍵を指します。',
  'recipes.constant-contact.spf.why': 'エンベロープは Constant Contact のドメイン（ccsend.com）のままです。',
  'recipes.constant-contact.dkim.where': 'Constant Contact > "My Settings"（マイ設定）> "Email Authentication"（メール認証。セルフ認証の設定）',
  'recipes.constant-contact.dkim.title': '{from} の Constant Contact セルフ認証',
  'recipes.constant-contact.dkim.explain':
    '{noSig}セルフ認証（self-authentication）を設定すると、Constant Contact は d={from} で署名します。これらの CNAME が Constant Contact の鍵を指します。',
  'recipes.constant-contact.dkim.ph.target': 'Constant Contact に表示される ctct{i} の CNAME の指す先',
  'recipes.constant-contact.dkim.caveat.txt-option': 'DKIM を TXT レコードで設定する方法もあります。',
  'recipes.constant-contact.dkim.caveat.unverified': '未確認: 第三者のガイドによる情報です。',
  'recipes.mailjet.spf.why':
    '既定のバウンスドメインは bnc3.mailjet.com です。Mailjet は CNAME によるカスタムリターンパスを提供していますが、その指す先と利用できるプランは未確認です。Mailjet に問い合わせてください。',
  'recipes.mailjet.dkim.title': '{from} の Mailjet DKIM',
  'recipes.mailjet.dkim.explain': '{noSig}認証を済ませると、Mailjet は d={from}、セレクター "mailjet" で署名します。',
  'recipes.mailjet.dkim.ph.key': 'Mailjet に表示される公開鍵',
  'recipes.google.dkim.title': '{from} の Google Workspace DKIM',
  'recipes.google.dkim.explain':
    'DKIM を設定するまで、Google は d=<domain>.<date>.gappssmtp.com で署名します。この署名は {from} とアライメントしません。"Admin console"（管理コンソール）で鍵を生成して公開すると、Google は d={from} で署名します。',
  'recipes.google.dkim.ph.key': 'Google が生成した公開鍵（2048 ビット）',
  'recipes.google.dkim.caveat.selector-prefix': '"google" は既定のセレクター接頭辞です。別のものを選んだ場合は、名前が変わります。',
  'recipes.google.dkim.caveat.long-key':
    '2048 ビットの鍵は 255 文字を超えるため、DNS 管理画面では複数の文字列に分割する必要があります（ゾーンファイル形式の出力では分割済みです）。',
  'recipes.google.dkim.step.generate': '{where} で {from} を選び、鍵の長さを 2048 ビットにして "Generate new record"（新しいレコードを生成）を押します',
  'recipes.google.dkim.step.publish': 'TXT レコードを公開します',
  'recipes.google.dkim.step.start': '"Admin console"（管理コンソール）に戻り、"Start authentication"（認証を開始）をクリックします',
  'recipes.microsoft.dkim.ph.tenant': 'テナント名（<tenant>.onmicrosoft.com の部分）',
  'recipes.microsoft.dkim.title': '{from} の Microsoft 365 DKIM',
  'recipes.microsoft.dkim.explain':
    '{from} で DKIM を有効にするまで、Microsoft は d={tenant}.onmicrosoft.com で署名します。この署名はアライメントしません。これらの CNAME は、Microsoft が {from} 用に保持している鍵を指します。有効にすると、d={from} で署名します。',
  'recipes.microsoft.dkim.caveat.new-targets':
    '2025 年 5 月以降に追加したドメインでは指す先が異なり（例: selector1-{dashed}._domainkey.{tenant}.n-v1.dkim.mail.microsoft）、パーティションの文字は予測できません。正確な値は Exchange Online PowerShell の {command} で確認してください。',
  'recipes.microsoft.dkim.caveat.detection-delay': 'レコードが検出されるまで、最大 4 日かかることがあります。',
  'recipes.microsoft.dkim.step.read-values': 'Exchange Online PowerShell で {command} を実行します',
  'recipes.microsoft.dkim.step.publish': '2 つの CNAME を公開します',
  'recipes.microsoft.dkim.step.enable':
    'Microsoft Defender > "Email & collaboration"（メールとコラボレーション）> "Policies"（ポリシー）> "Email authentication settings"（メール認証の設定）> DKIM > {from} を開き、"Enable"（有効にする）をクリックします',
  'recipes.zoho.dkim.title': '{from} の Zoho Mail DKIM',
  'recipes.zoho.dkim.explain': '{noSig}Zoho の管理コンソールで DKIM セレクターを追加してその鍵を公開すると、Zoho は d={from} で署名します。',
  'recipes.zoho.dkim.ph.selector': 'Zoho で選ぶセレクター（例: zmail）',
  'recipes.zoho.dkim.ph.key': 'Zoho が生成した公開鍵',
  'recipes.zoho.dkim.step.publish': 'TXT レコードを公開してから "Verify"（検証）を押します',
  'recipes.salesforce.spf.title': 'Salesforce: ユーザーのアドレスを MAIL FROM にして送信する',
  'recipes.salesforce.spf.explain':
    '{envelope}にあります。"Activate bounce management"（バウンス管理を有効化）か "Enable compliance with standard email security mechanisms"（標準のメールセキュリティメカニズムへの準拠を有効化）がオンの間、Salesforce は自社のバウンスアドレス（…@…bnc.salesforce.com）を使うため、SPF はアライメントできません。両方をオフにすると MAIL FROM は {from} のユーザーのアドレスになり、{from} で Salesforce を許可すれば SPF がアライメントします。DKIM のアライメント（もう一方の修正）なら、これらの機能を手放さずに済みます。',
  'recipes.salesforce.spf.caveat.bounce-tracking': 'バウンス管理をオフにすると、Salesforce はバウンスを追跡しなくなります。',
  'recipes.salesforce.spf.step.deliverability':
    '"Setup"（設定）> "Email"（メール）> "Deliverability"（到達性）で "Activate bounce management"（バウンス管理を有効化）と "Enable compliance with standard email security mechanisms"（標準のメールセキュリティメカニズムへの準拠を有効化）をオフにします',
  'recipes.salesforce.spf.step.publish': '{from} の SPF レコードを公開します',
  'recipes.salesforce.dkim.ph.selector': '鍵を作成するときに入力するセレクター',
  'recipes.salesforce.dkim.ph.alternate-selector': '入力する代替セレクター（alternate selector）',
  'recipes.salesforce.dkim.ph.id': 'Salesforce に表示される指す先に含まれる 6 文字の ID',
  'recipes.salesforce.dkim.title': '{from} の Salesforce DKIM 鍵',
  'recipes.salesforce.dkim.explain':
    '{noSig}Salesforce の "Setup"（設定）で DKIM 鍵を作成すると、Salesforce は d={from} で署名します。2 つの CNAME（ローテーション用のセレクターと代替セレクター）が Salesforce の鍵を指します。',
  'recipes.salesforce.dkim.caveat.activate': 'レコードを公開したら、"Setup"（設定）で鍵を "Activate"（有効化）してください。有効化しないと署名されません。',
  'recipes.salesforce.dkim.step.create-key': '{where} > "Create New Key"（新しい鍵を作成）で鍵を作成します（ドメイン {from}、セレクターと代替セレクター）',
  'recipes.salesforce.dkim.step.publish': '2 つの CNAME を公開します',
  'recipes.salesforce.dkim.step.activate': '鍵を "Activate"（有効化）します',
  'recipes.sfmc.ph.subdomain': 'Marketing Cloud 専用にするサブドメイン（Marketing Cloud ではこれが From ドメインになります）',
  'recipes.sfmc.ph.subdomain.where': 'Salesforce の担当チーム / SAP の注文内容',
  'recipes.sfmc.title': '{name} の Marketing Cloud Sender Authentication Package',
  'recipes.sfmc.explain':
    '{notAligned}Sender Authentication Package では、サブドメインを Salesforce に委任します。Salesforce はそこで SPF、DKIM、DMARC を管理し、そのサブドメインを From、エンベロープ（bounce.<subdomain>）、DKIM のドメインとして送信するため、すべてがアライメントします。',
  'recipes.sfmc.caveat.delegation': '委任すると、その名前の DNS はすべて Salesforce の管理になります。ほかに必要なレコードがある名前は委任しないでください。',
  'recipes.sfmc.caveat.no-apex': 'ドメイン直下（apex）は委任できません。From にはそのサブドメインを使うことになります。',
  'recipes.sfmc.caveat.unverified-private-domains':
    '未確認: ほかの "private domain"（プライベートドメイン）で SPF がアライメントするのは、multi-bounce-domain を有効にした場合だけです（第三者の情報）。',
  'recipes.zendesk.spf.title': 'Zendesk のエンベロープ用サブドメイン zendesk1–4.{from}',
  'recipes.zendesk.spf.explain':
    '{notAligned}Zendesk は送信を Amazon SES に移してから、あなたのドメインのサブドメインをエンベロープに使えるようになりました。この 4 つの CNAME でそれらを Zendesk に向けると、relaxed モードでアライメントするドメインについて SPF が pass します。',
  'recipes.zendesk.spf.caveat.partially-verified':
    '一部のみ確認済み: 実際のゾーンと第三者のガイドで見られる設定です。Zendesk 自身のページには、代わりにドメイン直下（apex）の SPF の include が記載されています。',
  'recipes.zendesk.spf.caveat.documented-include':
    'Zendesk の文書にあるのは、{from} の SPF レコードへの include:mail.zendesk.com と、zendeskverification の TXT レコードです。これは {from} そのものについて Zendesk を許可するものです。',
  'recipes.zendesk.dkim.title': '{from} の Zendesk DKIM',
  'recipes.zendesk.dkim.explain': '{noSig}これらの CNAME を公開してデジタル署名を有効にすると、Zendesk は d={from} で署名します。',
  'recipes.zendesk.dkim.caveat.publish-first': 'Zendesk で DKIM を有効にする前に、レコードを公開してください。',
  'recipes.zendesk.dkim.step.publish': '2 つの CNAME を公開します',
  'recipes.zendesk.dkim.step.enable':
    'Zendesk "Admin Center"（管理センター）> "Channels"（チャネル）> "Email"（メール）で、{from} のデジタル署名（DKIM）を有効にします',
  'recipes.freshdesk.spf.title': 'Freshdesk のエンベロープ用サブドメイン fwdkim1.{from}',
  'recipes.freshdesk.spf.explain':
    '{notAligned}Freshdesk（SendGrid 経由で送信）は fwdkim1.{from} をエンベロープのドメインに使えます。CNAME によってそこで Freshdesk の SPF が応答するため、relaxed モードでアライメントするドメインについて SPF が pass します。',
  'recipes.freshdesk.spf.caveat.unverified-values':
    '公開ゾーンで見られる設定です。Freshdesk 自身のページは読めていないため、Freshdesk に表示される値を使ってください。',
  'recipes.freshdesk.spf.caveat.legacy-include': '旧来のドメイン直下（apex）の include:email.freshdesk.com では、SPF はアライメントしません。',
  'recipes.freshdesk.spf.step.publish':
    'Freshdesk > "Admin"（管理）> "Email"（メール）> "DKIM / custom mail server settings"（DKIM / カスタムメールサーバーの設定）で、表示されるレコードを公開して "Verify"（検証）を押します',
  'recipes.freshdesk.dkim.ph.selector': 'Freshdesk が生成するセレクター（3 つのうち {i} つ目）',
  'recipes.freshdesk.dkim.ph.acct': '指す先に含まれるアカウント番号',
  'recipes.freshdesk.dkim.title': '{from} の Freshdesk DKIM',
  'recipes.freshdesk.dkim.explain': '{noSig}この 3 つの CNAME で Freshdesk の鍵を指すと、Freshdesk は d={from} で署名します。',
  'recipes.freshdesk.dkim.caveat.unverified-values': '公開ゾーンで見られる設定です。Freshdesk 自身のページは読めていません。',
  'recipes.intercom.spf.title': 'Intercom のカスタムリターンパス outbound.intercom.{from}',
  'recipes.intercom.spf.explain':
    '{notAligned}この CNAME を公開すると、Intercom（SparkPost 経由で送信）はあなたのドメインのカスタムリターンパスを使うため、relaxed モードでアライメントするドメインについて SPF が pass します。{from} の SPF を変える必要はありません。',
  'recipes.intercom.spf.ph.workspace': 'Intercom に表示される指す先に含まれるワークスペース ID',
  'recipes.intercom.dkim.title': '{from} の Intercom DKIM',
  'recipes.intercom.dkim.explain': '{noSig}この CNAME があれば、Intercom は d={from}、セレクター "intercom" で署名します。',
  'recipes.intercom.dkim.ph.uuid': 'Intercom に表示される指す先に含まれる ID',
  'recipes.generic.ph.sender-mechanism': '送信サービスを許可する記述（例: include:<そのサービスの SPF ドメイン> や ip4:<そのサービスのアドレス>）',
  'recipes.generic.spf.where': '送信サービスの SPF / カスタムリターンパスに関する文書',
  'recipes.generic.spf.strict.title': 'MAIL FROM を {from} にする',
  'recipes.generic.spf.title': '{org} 配下の MAIL FROM を使う',
  'recipes.generic.spf.strict.explain':
    '{notAligned}SPF は MAIL FROM（Return-Path）のドメインについて検査されるので、そのドメインは {from} そのもの（aspf=s）で、送信サービスを許可する SPF レコードを持っている必要があります。送信サービスに、カスタムのリターンパス（バウンス）ドメインを設定できるか問い合わせてください。通常は、そこに公開する CNAME か SPF の include が案内されます。',
  'recipes.generic.spf.explain':
    '{notAligned}SPF は MAIL FROM（Return-Path）のドメインについて検査されるので、そのドメインは {org} 配下のドメインで、送信サービスを許可する SPF レコードを持っている必要があります。送信サービスに、カスタムのリターンパス（バウンス）ドメイン（例: {name}）を設定できるか問い合わせてください。通常は、そこに公開する CNAME か SPF の include が案内されます。',
  'recipes.generic.dkim.where': '送信サービスの DKIM / ドメイン認証の設定',
  'recipes.generic.dkim.title': 'd={from} で署名する',
  'recipes.generic.dkim.strict.explain':
    '{from} とアライメントする d= の DKIM 署名で pass したものはありません。送信サービスに d={from}（adkim=s: このドメインそのもの）で署名させてください。公開するセレクターと公開鍵、または鍵を指す CNAME が案内されます。',
  'recipes.generic.dkim.explain':
    '{from} とアライメントする d= の DKIM 署名で pass したものはありません。送信サービスに d={from}（または {org} 配下の任意のドメイン）で署名させてください。公開するセレクターと公開鍵、または鍵を指す CNAME が案内されます。',
  'recipes.generic.dkim.ph.selector': 'サービスが使うセレクター（署名の s=）',
  'recipes.generic.dkim.ph.public-key': 'サービスから渡される公開鍵',
  'recipes.generic.dkim.caveat.cnames': '多くのサービスは TXT の鍵ではなく CNAME を案内します。表示されたものを公開してください。',
  // where the vendor's console shows a value (paths in the vendor's words; in Japanese each label quoted with a gloss)
  'recipes.ses.dkim.where':
    'SES コンソール > "Verified identities"（検証済み ID）> {from} > "Authentication"（認証）> "Publish DNS records"（DNS レコードの発行）',
  'recipes.resend.dkim.where': 'Resend ダッシュボード > "Domains"（ドメイン）> {from}',
  'recipes.mailgun.dkim.where': 'Mailgun > "Sending"（送信）> "Domains"（ドメイン）> {domain} > "DNS records"（DNS レコード）',
  'recipes.brevo.dkim.where': 'Brevo > "Senders, Domains & Dedicated IPs"（送信者・ドメイン・専用 IP）> "Domains"（ドメイン）> {from} > "Authenticate"（認証）',
  'recipes.hubspot.dkim.where':
    'HubSpot > "Settings"（設定）> "Domains & URLs"（ドメインと URL）> "Email sending domains"（メール送信ドメイン）> "Connect"（接続）',
  'recipes.mailjet.dkim.where':
    'Mailjet > "Account settings"（アカウント設定）> "Domains & senders"（ドメインと送信者）> "Setup SPF/DKIM authentication"（SPF/DKIM 認証の設定）',
  'recipes.google.dkim.where': 'Google "Admin console"（管理コンソール）> "Apps"（アプリ）> Google Workspace > Gmail > "Authenticate email"（メールの認証）',
  'recipes.microsoft.dkim.ph.tenant.where': 'Microsoft 365 "admin center"（管理センター）> "Settings"（設定）> "Domains"（ドメイン）',
  'recipes.zoho.dkim.where': 'Zoho Mail "Admin"（管理）> "Domains"（ドメイン）> {from} > "Email Authentication"（メール認証）> DKIM',
  'recipes.sendgrid.open': 'SendGrid > "Settings"（設定）> "Sender Authentication"（送信者認証）> "Authenticate Your Domain"（ドメインを認証）',
  'recipes.mailgun.spf.open': 'Mailgun > "Sending"（送信）> "Domains"（ドメイン）> "Add new domain"（新しいドメインを追加）',
  'recipes.mandrill.spf.open': 'Mandrill > "Settings"（設定）> "Tracking & Return Path Domains"（トラッキング／リターンパスのドメイン）> "Add"（追加）',
  'recipes.mailchimp.dkim.open': 'Mailchimp > "Account"（アカウント）> "Domains"（ドメイン）> {from} > "Authenticate"（認証）',
  'recipes.klaviyo.open': 'Klaviyo > "Settings"（設定）> "Domains"（ドメイン）> "Add sending domain"（送信ドメインを追加）',
  'recipes.zoho.dkim.open':
    'Zoho Mail "Admin"（管理）> "Domains"（ドメイン）> {from} > "Email Authentication"（メール認証）> DKIM > "Add selector"（セレクターを追加）',
  'recipes.salesforce.dkim.where': 'Salesforce "Setup"（設定）> "DKIM Keys"（DKIM 鍵）',
  'recipes.freshdesk.dkim.where': 'Freshdesk > "Admin"（管理）> "Email"（メール）> DKIM',
  'recipes.intercom.where': 'Intercom > "Settings"（設定）> "Channels"（チャネル）> "Email"（メール）> "Domains"（ドメイン）',
};
