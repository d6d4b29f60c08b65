import type { req as en } from '../en/req.ts';

export const req: Record<keyof typeof en, string> = {
  // ---- panel
  'req.panel.title': '送信者の要件（Gmail・Yahoo・Outlook.com）',
  'req.panel.intro':
    'メールボックス事業者が送信者に求める要件を、このメール 1 通と DNS から分かる範囲で確認します。「すべての送信者」の要件は全員に、「大量送信者」の要件はその事業者あてに 1 日およそ 5,000 通以上送る送信者に適用されます。',
  'req.panel.counts': '満たす {met} / 満たさない {notMet} / 不明 {unknown} / 対象外 {na}',
  'req.status.met': '満たす',
  'req.status.not-met': '満たさない',
  'req.status.unknown': '不明',
  'req.status.not-applicable': '対象外',
  'req.scope.all': 'すべての送信者',
  'req.scope.bulk': '大量送信者',
  'req.provider.gmail': 'Gmail',
  'req.provider.yahoo': 'Yahoo',
  'req.provider.microsoft': 'Outlook.com',
  'req.label.stated-by': '定めている事業者',
  'req.label.evidence': '根拠',
  'req.label.fix': '対処',
  'req.label.source': '出典',
  'req.label.differs': '事業者による違い',
  'req.label.actor': '対応する人',
  'req.actor.owner': 'ドメインの所有者',
  'req.actor.service': '送信サービス（または自社のメールサーバー）',
  'req.actor.forwarder': '転送元やメーリングリストの運営者（元の送信者ではありません）',
  'req.actor.owner-or-service': 'ドメインの所有者と送信サービス',

  // ---- shared outcomes and fixes
  'req.common.no-from': 'From に使えるアドレスがないため、確認できません。',
  'req.common.offline': 'DNS に接続できなかったため、確認できませんでした。',
  'req.common.error': 'このメールについては、この要件を確認できませんでした。',
  'req.fix.retry': 'DNS が応答するときに、もう一度分析してください。今のところ変更は不要です。',
  'req.fix.spoof':
    '公開するものはありません。このメッセージはあなたのサーバーから送られていません（上の診断を参照）。その送信者を SPF や DKIM で許可しないでください。このようなメールを止めるのは DMARC の reject ポリシーです。',
  'req.fix.intermediary.forwarder':
    'DNS の変更ではありません。このコピーは転送者が自分のサーバーから送りました。対応するのは転送者です（上の診断を参照）。転送を経ても残るのは、あなたのメールのアライメントした DKIM 署名です。',
  'req.fix.intermediary.list':
    'DNS の変更ではありません。このコピーはメーリングリストが送り、内容を変更しました。対応するのはリストの運営者です（上の診断を参照）。',
  'req.fix.intermediary.receiver':
    'DNS の変更ではありません。受信側のゲートウェイがこのコピーを中継したため、送信 IP とそれ以降のチェックは受信側のものです。対応するのは受信側の組織です（上の診断を参照）。',
  'req.fix.bounce':
    'バウンスや自動応答の MAIL FROM は空のまま、またはサーバー名のままです。HELO 名に SPF を公開するか、アライメントした DKIM キーで署名してください（上の診断を参照）。カスタム MAIL FROM は使いません。',

  // ---- spf-or-dkim
  'req.spf-or-dkim.title': 'SPF または DKIM が pass',
  'req.spf-or-dkim.rule': 'すべての送信者は、SPF か DKIM でメールを認証する必要があります。',
  'req.spf-or-dkim.met-both': 'SPF と DKIM の両方が pass です。',
  'req.spf-or-dkim.met-spf': 'SPF が pass です（{domain}）。',
  'req.spf-or-dkim.met-dkim': 'DKIM 署名が pass です（d={domain}）。',
  'req.spf-or-dkim.not-met': 'SPF も DKIM も pass ではありません。SPF は {spf}、DKIM は {dkim} です。',
  'req.spf-or-dkim.unknown': '判定できませんでした。SPF は {spf}、DKIM は {dkim} です。',
  'req.spf-or-dkim.fix': '送信サービスで自分のドメインの DKIM 署名を有効にし、MAIL FROM ドメインの SPF レコードにそのサービスのサーバーを含めてください。',
  'req.spf-or-dkim.differs':
    'Gmail と Yahoo はすべての送信者に求めています。Outlook.com は少量の送信者向けの要件を定めておらず、1 日 5,000 通を超える送信者には SPF と DKIM の両方の pass を求めます。',

  // ---- spf-and-dkim
  'req.spf-and-dkim.title': 'SPF と DKIM の両方が pass',
  'req.spf-and-dkim.rule': '大量送信者は SPF と DKIM の両方で認証する必要があります。',
  'req.spf-and-dkim.met': 'SPF が pass（{spfDomain}）、DKIM も pass（d={dkimDomain}）です。',
  'req.spf-and-dkim.not-met': 'SPF と DKIM の両方が pass にはなっていません。',
  'req.spf-and-dkim.unknown': '判定できませんでした。確定した結果が出ていない検査があります。',
  'req.spf-and-dkim.spf-not-pass': 'SPF は {spf} です（ドメイン {domain}）。',
  'req.spf-and-dkim.dkim-not-pass': 'pass になる DKIM 署名がありません: {dkim}。',
  'req.spf-and-dkim.no-dkim': 'このメールには DKIM 署名がありません。',
  'req.spf-and-dkim.fix':
    '足りない方を設定してください。送信サービスでの DKIM 署名（その鍵のレコードを自分の DNS に公開）と、MAIL FROM（Return-Path）ドメインでそのサービスを含む SPF レコードです。',
  'req.spf-and-dkim.differs':
    'Gmail: 個人用 Gmail アカウントあてに 1 日 5,000 通以上。Outlook.com: Outlook.com・Hotmail・Live あてに 1 日 5,000 通超（2025 年 5 月から適用）。Yahoo は大量送信者の具体的な通数を示していません。',

  // ---- dmarc-record
  'req.dmarc-record.title': 'DMARC レコードが適用される（p=none 以上）',
  'req.dmarc-record.rule': '大量送信者は From ドメインの DMARC レコードを公開する必要があります。p=none で構いません。',
  'req.dmarc-record.met': '{domain} の DMARC レコードが {tag}={policy} で適用されます。',
  'req.dmarc-record.missing': '{domain} に適用される DMARC レコードがありません。',
  'req.dmarc-record.invalid': '{domain} の DMARC レコードが正しくない（permerror）ため、ポリシーが適用されません。',
  'req.dmarc-record.temperror': '{domain} の DMARC の問い合わせに失敗しました（temperror）。',
  'req.dmarc-record.fix':
    '_dmarc.{domain} に TXT レコードを公開してください。例:「v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}」（p=none は監視のみです。レポートに問題がなければ quarantine や reject に進めます）。',

  // ---- dmarc-alignment
  'req.dmarc-alignment.title': 'SPF または DKIM が From とアライメントして pass（DMARC）',
  'req.dmarc-alignment.rule': '大量送信者: From ドメインが、SPF または DKIM で pass したドメインとアライメントしている必要があります。',
  'req.dmarc-alignment.met-both': 'SPF（{spfDomain}）と DKIM（d={dkimDomain}）の両方が {from} とアライメントして pass です。',
  'req.dmarc-alignment.met-dkim': 'DKIM が {from} とアライメントして pass です（d={dkimDomain}）。',
  'req.dmarc-alignment.met-spf': 'SPF が {from} とアライメントして pass です（{spfDomain}）。',
  'req.dmarc-alignment.not-met': 'From ドメイン {from} とアライメントして pass するものがありません。',
  'req.dmarc-alignment.unknown': '{from} について判定できませんでした。SPF または DKIM の結果が確定していません。',
  'req.dmarc-alignment.spf-unaligned': 'SPF は {spfDomain} で pass ですが、{from} とアライメントしていません。',
  'req.dmarc-alignment.spf-no-pass': 'SPF は {spf} です。',
  'req.dmarc-alignment.dkim-unaligned': 'DKIM は {dkimDomains} で pass ですが、{from} とアライメントしていません。',
  'req.dmarc-alignment.dkim-no-pass': 'pass になる DKIM 署名がありません: {dkim}。',
  'req.dmarc-alignment.fix':
    '送信サービスで d={from}（またはそのサブドメイン）の DKIM 署名を行うか、{from} 配下のカスタム MAIL FROM ドメインを使ってください。必要なレコードは修正案の欄にあります。',
  'req.dmarc-alignment.differs':
    'Gmail が求めるのは直接送信されたメールのアライメントで、転送やメーリングリストのメールは転送側が ARC を付ければ対象外です。Outlook.com は 1 日 5,000 通を超える送信者に求めています。',

  // ---- one-click-unsubscribe
  'req.one-click-unsubscribe.title': 'ワンクリック登録解除（RFC 8058）',
  'req.one-click-unsubscribe.rule':
    '大量送信者のマーケティングメールや購読メールには、https URI を含む List-Unsubscribe と List-Unsubscribe-Post: List-Unsubscribe=One-Click が必要で、両方がアライメントして pass する DKIM 署名の対象になっている必要があります。トランザクションメールは対象外です。',
  'req.one-click-unsubscribe.met': 'ワンクリック登録解除が設定されています: {uri}。List-Unsubscribe-Post もあり、両方が d={d} の署名の対象です。',
  'req.one-click-unsubscribe.none':
    'List-Unsubscribe も List-Unsubscribe-Post もありません（トランザクションメールなら問題ありませんが、マーケティングメールには必要です）。',
  'req.one-click-unsubscribe.incomplete': 'ワンクリック登録解除の設定が不完全です。',
  'req.one-click-unsubscribe.not-bulk': 'バウンスや自動応答はマーケティングメールではないため、ワンクリック登録解除は適用されません。',
  'req.one-click-unsubscribe.not-checked': 'ヘッダーはありますが、DKIM 署名がどのヘッダーを対象にしているかはここでは確認できませんでした（DNS なし）。',
  'req.one-click-unsubscribe.no-list-unsubscribe': 'List-Unsubscribe-Post はありますが、List-Unsubscribe がありません。',
  'req.one-click-unsubscribe.no-https': 'List-Unsubscribe に https URI がありません（あるのは {uris}）。',
  'req.one-click-unsubscribe.no-post': 'List-Unsubscribe-Post がありません。',
  'req.one-click-unsubscribe.bad-post': 'List-Unsubscribe-Post が「{value}」で、「List-Unsubscribe=One-Click」ではありません。',
  'req.one-click-unsubscribe.no-aligned-dkim': '{from} とアライメントして pass する DKIM 署名がないため、これらのヘッダーを保証するものがありません。',
  'req.one-click-unsubscribe.lu-not-signed':
    'List-Unsubscribe はありますが署名されていません。アライメントして pass する署名（d={d}）の h= に含まれていません。',
  'req.one-click-unsubscribe.post-not-signed':
    'List-Unsubscribe-Post はありますが署名されていません。アライメントして pass する署名（d={d}）の h= に含まれていません。',
  'req.one-click-unsubscribe.fix':
    '送信サービスでマーケティングメールのワンクリック登録解除を有効にしてください。「List-Unsubscribe: <https://…>」と「List-Unsubscribe-Post: List-Unsubscribe=One-Click」が付き、両方を DKIM 署名の h= に含める必要があります。',
  'req.one-click-unsubscribe.differs':
    'Gmail と Yahoo は大量送信者に RFC 8058 のワンクリック登録解除を求めています。Outlook.com は機能する登録解除リンクを求めていますが、ワンクリックとは明記していません。',

  // ---- ptr-fcrdns
  'req.ptr-fcrdns.title': '送信 IP の逆引き DNS（正引きで確認）',
  'req.ptr-fcrdns.rule': '送信 IP には PTR レコードがあり、その名前が同じ IP に正引きできる必要があります。',
  'req.ptr-fcrdns.met': '{ip} の PTR 名は {name} で、正引きすると {ip} に戻ります。',
  'req.ptr-fcrdns.no-ptr': '{ip} には PTR レコードがありません（{reverse}: {status}）。',
  'req.ptr-fcrdns.name-unresolved': '{ip} の PTR 名（{names}）は正引きできない（{type} レコードがない）ため、アドレスを確認できません。',
  'req.ptr-fcrdns.name-mismatch': '{ip} の PTR 名（{names}）を正引きすると {addresses} になり、{ip} には戻りません。',
  'req.ptr-fcrdns.lookup-failed': '{ip} について {name} の問い合わせに失敗しました（{status}）。',
  'req.ptr-fcrdns.not-public': '{ip} はグローバルアドレスではありません。送信サーバーのグローバル IP は Received の経路のさらに下にあります。',
  'req.ptr-fcrdns.no-ip': 'Received にクライアント IP が見つからないため、逆引き DNS を確認できませんでした。',
  'req.ptr-fcrdns.not-checked': '{ip} の逆引き DNS は問い合わせていません。',
  'req.ptr-fcrdns.fix':
    '{ip} の管理者（送信サービスやホスティング事業者）が、A/AAAA レコードが {ip} を指す名前を PTR レコードに設定する必要があります。サービスの共用 IP はサービス側が対処します。',

  // ---- tls
  'req.tls.title': '受信側への接続で TLS を使用',
  'req.tls.rule': 'メールは TLS 接続で送信する必要があります。',
  'req.tls.met': '受信側（{by}）は TLS を記録しています: {evidence}。',
  'req.tls.not-met': '受信側（{by}）は TLS を記録していません:「with {with}」。',
  'req.tls.not-recorded': '{by} の Received（{line} 行目）には TLS を使ったかどうかが書かれていません。',
  'req.tls.no-hop': '受信側の Received が見つからないため、TLS は確認できません。',
  'req.tls.fix':
    '受信側が STARTTLS を提供していれば、送信サーバーはそれを使う必要があります（多くのサービスは対応済みです。自社サーバーなら TLS の設定を確認してください）。',

  // ---- rfc5322
  'req.rfc5322.title': 'メッセージ形式（RFC 5322）: From が 1 つ、Date、Message-ID',
  'req.rfc5322.rule': 'メッセージはインターネットメッセージ形式（RFC 5322）に従う必要があります。',
  'req.rfc5322.met': 'アドレスのある From が 1 つ、正しい Date が 1 つ、Message-ID が 1 つあります。',
  'req.rfc5322.not-met': 'ヘッダーが RFC 5322 を満たしていません。',
  'req.rfc5322.from-count': 'From が {n} 個あります。ちょうど 1 つ必要です。',
  'req.rfc5322.from-no-address': 'From に正しいアドレスがありません:「{value}」。',
  'req.rfc5322.sender-missing': 'From に {n} 個のメールボックスがありますが、Sender がありません。',
  'req.rfc5322.date-missing': 'Date がありません。',
  'req.rfc5322.date-count': 'Date が {n} 個あります。ちょうど 1 つ必要です。',
  'req.rfc5322.date-invalid': 'Date が RFC 5322 の日付ではありません:「{value}」。',
  'req.rfc5322.msgid-missing': 'Message-ID がありません。',
  'req.rfc5322.msgid-count': 'Message-ID が {n} 個あります。1 つまでです。',
  'req.rfc5322.msgid-invalid': 'Message-ID が <id@domain> の形ではありません:「{value}」。',
  'req.rfc5322.fix':
    'メッセージを作るソフトウェアを直してください（From・Date は 1 つずつ、Message-ID は <id@domain>）。送信サービスは Date と Message-ID がなければ付け加えます。',

  // ---- dkim-key-size
  'req.dkim-key-size.title': 'DKIM 鍵が 1024 ビット以上',
  'req.dkim-key-size.rule': '検証側は 1024 ビット未満の RSA 鍵を受け入れてはなりません（RFC 8301）。通常は 2048 ビットを使います。Ed25519 鍵は問題ありません。',
  'req.dkim-key-size.met': '鍵の長さ: {keys}。',
  'req.dkim-key-size.weak': 'd={d} s={s} の鍵は {bits} ビットしかありません。',
  'req.dkim-key-size.no-signatures': 'このメールには DKIM 署名がありません。',
  'req.dkim-key-size.not-checked': 'ここでは鍵を取得していない（DNS なし）ため、長さは不明です。',
  'req.dkim-key-size.no-key': 'DKIM 鍵のレコードを読めなかったため、長さは不明です。',
  'req.dkim-key-size.fix': '{d} 用に 2048 ビットの RSA 鍵を作り、新しいセレクターで公開して署名をそちらに切り替えてから、古い鍵を削除してください。',

  // ---- no-gmail-from-spoofing
  'req.no-gmail-from-spoofing.title': 'Gmail 以外から @gmail.com の From で送らない',
  'req.no-gmail-from-spoofing.rule':
    'Gmail を通して送る場合を除き、From に gmail.com のアドレスを使ってはいけません。gmail.com は DMARC の quarantine ポリシーを公開しています。',
  'req.no-gmail-from-spoofing.not-gmail': 'From は Gmail のアドレスではありません。',
  'req.no-gmail-from-spoofing.via-gmail':
    'From は @{domain} で、{domain} がこのメールを認証しています（SPF か DKIM がアライメントして pass）。Gmail を通して送られています。',
  'req.no-gmail-from-spoofing.spoofed': 'From は @{domain} ですが DMARC は {result} です。Gmail を通して送られていません。',
  'req.no-gmail-from-spoofing.unknown': 'From は @{domain} ですが、Gmail を通ったかどうかは確認できませんでした。',
  'req.no-gmail-from-spoofing.fix':
    '自分のドメインのアドレス（SPF/DKIM で認証済み）から送るか、Gmail のサーバーを通して送ってください。返信を @{domain} で受けたい場合は Reply-To に入れます。',

  // ---- arc-for-forwarders
  'req.arc-for-forwarders.title': '転送する側が ARC で封印',
  'req.arc-for-forwarders.rule': 'メールを日常的に転送する側（メーリングリスト、受信ゲートウェイ）は ARC ヘッダーを付ける必要があります。',
  'req.arc-for-forwarders.met': '転送した側が ARC で封印しており（{sealers}）、チェーンも検証できます。',
  'req.arc-for-forwarders.broken': '{sealers} が ARC で封印していますが、チェーンが壊れています（i={instance}）。',
  'req.arc-for-forwarders.unsealed': 'このメールは転送されています（{header}）が、転送した側は ARC で封印していません。',
  'req.arc-for-forwarders.list-id':
    'List-Id（{listId}）からメーリングリストの可能性がありますが、ARC の封印はありません。リストが配信し直したメールなら ARC で封印すべきです（一斉配信サービスも List-Id を付けるため、確実ではありません）。',
  'req.arc-for-forwarders.sender-seal': '{sealers} が ARC で封印していますが、転送されたことを示すものはありません。',
  'req.arc-for-forwarders.no-forwarding': '転送されたことを示すものはありません。',
  'req.arc-for-forwarders.fix': 'これは元の送信者ではなく、転送元やリストの運営者が対処することです。転送サーバーやリストで ARC の封印を有効にしてください。',

  // ---- spam-rate
  'req.spam-rate.title': '迷惑メール報告率',
  'req.spam-rate.rule': '受信者が迷惑メールとして報告する割合を低く保つ必要があります。',
  'req.spam-rate.unknown':
    'メール 1 通からは分かりません。Google Postmaster Tools（{postmaster}）、Yahoo Sender Hub（{senderHub}）、Microsoft SNDS（{snds}）で確認してください。',
  'req.spam-rate.differs': 'Gmail: 0.1% 未満に保ち、0.3% に達しないこと（Postmaster Tools）。Yahoo: 0.3% 未満。Outlook.com は数値を公表していません。',
};
