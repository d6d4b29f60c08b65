// The step-by-step story of a message (src/lib/report/steps.ts): author domain, envelope sender, SPF,
// SPF alignment, DKIM, DKIM alignment, DMARC record and policy, DMARC result, what to fix.
import type { step as en } from '../en/step.ts';

export const step: Readonly<Record<keyof typeof en, string>> = {
  // shared words of the alignment steps
  'step.strict': 'strict（厳格）',
  'step.relaxed': 'relaxed（緩和）',
  'step.receiverSays': '受信側の記録: ',
  'step.reverseParent':
    'From ドメイン {from} は {id} のサブドメインです。relaxed アライメントはこの向きでも成立します。一致が必要なのは組織ドメインだけです（逆向きは不成立という誤解がよくあります）。',
  'step.reverseChild': '{id} は From ドメイン {from} のサブドメインです。relaxed アライメントは成立します。',
  'step.siblings': '{id} と {from} は同じ組織ドメインの別々のサブドメインです。relaxed アライメントは（どちらの向きでも）成立します。',
  'step.align.ruleRelaxed': 'relaxed アライメント: 2 つのドメインの組織ドメイン（{org}）が同じであればよく、どちらがどちらのサブドメインでも構いません。',
  'step.align.ruleStrict': 'strict アライメント: 2 つのドメインが完全に一致しなければなりません。',
  'step.align.strictNote': 'DMARC レコードが strict アライメントを求めているため、サブドメインはアライメントしません。サブドメインを使う修正は効きません。',

  // 1. author domain (From)
  'step.author.title': '作成者ドメイン（From）',
  'step.author.summary': 'このメッセージの差出人は {address} です。DMARC が守るのはドメイン {domain} です。',
  'step.author.none': '作成者ドメインがありません。From ヘッダーがないかアドレスを含まないため、DMARC を評価できません。',
  'step.author.rule':
    'DMARC が対象にするのは、読者に見える From ヘッダーのドメインです。SPF と DKIM は、認証したドメインがこれとアライメントする場合にだけ DMARC に数えられます。',
  'step.author.several': 'From ヘッダーに複数のドメイン（{domains}）があります。それぞれを評価し、最も厳しい結果を適用します。',

  // 2. envelope sender (MAIL FROM); where it was read from
  'step.env.title': 'エンベロープ送信者（MAIL FROM）',
  'step.env.summary': 'エンベロープ送信者（バウンス先アドレス）は {address} で、{source} から読み取りました。SPF はそのドメイン {domain} を検査します。',
  'step.env.null': 'エンベロープ送信者は空でした（バウンスまたは自動応答）。この場合 SPF は、サーバーが HELO で名乗った名前の postmaster@{helo} を検査します。',
  'step.env.none': 'エンベロープ送信者が見つかりません。ヘッダーに Return-Path、Received-SPF、smtp.mailfrom のいずれもありません。',
  'step.env.rule':
    'SPF は From ヘッダーを見ません。SMTP の MAIL FROM のドメイン（配送時に Return-Path に残ります）を、MAIL FROM が空なら HELO の名前を検査します。',
  'step.env.fallback': 'Return-Path ヘッダーがないため、受信側の記録からアドレスを取りました。',
  'step.ev.nodata': 'NODATA（名前は存在しますが、この種類のレコードはありません）',
  'step.src.return-path': 'Return-Path ヘッダー',
  'step.src.received-spf': 'Received-SPF ヘッダー（envelope-from）',
  'step.src.authentication-results': 'Authentication-Results（smtp.mailfrom）',
  'step.src.received': '境界の Received フィールドの envelope-from',

  // 3. SPF; where the client IP was read from
  'step.spf.ipAgree': '{source}も同じクライアント IP（{ip}）を示しています。',
  'step.spf.ipDiffer': '{source}は別のクライアント IP（{ip}）を示しています。受信側は別のホップを検査した可能性があります。',
  'step.spf.title': 'SPF',
  'step.spf.rule': 'SPF は、受信側に接続したサーバーの IP アドレスが MAIL FROM ドメインの SPF レコードで許可されているかを検査します。',
  'step.spf.pass': 'SPF pass: {ip} は {domain} のメールを送ることが許可されています。',
  'step.spf.fail': 'SPF fail: {domain} は {ip} からの送信を許可していません。{explanation}',
  'step.spf.softfail': 'SPF softfail: {domain} は {ip} がおそらく許可されていないとしています（~all）。',
  'step.spf.neutral': 'SPF neutral: {domain} は {ip} について何も表明していません。',
  'step.spf.none': 'SPF none: {domain} は SPF レコードを公開していません（またはドメインが有効ではありません）。',
  'step.spf.temperror': 'SPF temperror: {domain} の DNS 問い合わせが一時的に失敗しました。',
  'step.spf.permerror': 'SPF permerror: {domain} の SPF レコードが壊れているため評価できません。{explanation}',
  'step.spf.policy': 'SPF の結果: policy。',
  'step.spf.missing': 'SPF を評価できませんでした。MAIL FROM またはクライアント IP が不明で、受信側にも SPF の結果が記録されていません。',
  'step.spf.ipFrom': '接続したサーバーは {ip}（HELO {helo}）で、{source} から取りました。',
  'step.spf.lookups': '評価では、SPF が許す 10 回の DNS 参照のうち {n} 回を使いました。',
  'step.spf.notOurs': 'この結果は受信側のものです。ここでは再計算できませんでした（オフライン、またはヘッダーにクライアント IP がない）。',
  'step.ipsrc.received': '受信サーバーが書いた Received 行',
  'step.ipsrc.received-spf': 'Received-SPF ヘッダー',
  'step.ipsrc.authentication-results': 'Authentication-Results のコメント',

  // 4. SPF alignment
  'step.spfa.title': 'SPF アライメント',
  'step.spfa.yes': 'MAIL FROM ドメイン {id} は From ドメイン {from} とアライメントし（{mode}）、SPF も pass しました。DMARC に数えられます。',
  'step.spfa.yesButNotPass':
    'MAIL FROM ドメイン {id} は {from} とアライメントしますが（{mode}）、SPF が pass しなかった（{result}）ため DMARC には数えられません。',
  'step.spfa.no':
    'MAIL FROM ドメイン {id} は From ドメイン {from} とアライメントしません（{mode}）。SPF の結果にかかわらず、DMARC を pass させることはできません。',

  // 5. DKIM signatures
  'step.dkim.title': 'DKIM 署名',
  'step.dkim.rule': 'DKIM 署名は、d= のドメインが、<s>._domainkey.<d> に公開した鍵で、列挙したヘッダーと本文に署名したことを証明します。',
  'step.dkim.count': '署名 {n} 件、うち pass {pass} 件。',
  'step.dkim.none': 'このメッセージには DKIM-Signature ヘッダーがありません。',
  'step.dkim.sig': 'd={d} s={s}',
  'step.dkim.result': '{result}: {reason}',
  'step.dkim.body.passPartial':
    '本文ハッシュが一致するのは {canonical} バイトのうち最初の {signed} バイトだけです (l={signed})。最後の {unsigned} バイトは署名されておらず、誰でも書き足せます (RFC 6376 8.2)。',
  'step.dkim.body.pass': '本文ハッシュが一致しました。本文は署名時のままです。',
  'step.dkim.body.fail': '本文ハッシュが一致しません。署名後に本文が変わりました。',
  'step.dkim.body.not-checked':
    '本文は検査していません（ここにあるのはヘッダーだけです。ヘッダーだけが貼り付けられたか、共有リンクで本文が省かれました）。ヘッダーの署名は検査しました。',
  'step.dkim.unsigned': 'この署名の対象外: {headers}。これらは署名後に変更・追加された可能性があります。',
  'step.dkim.signed': '署名されたヘッダー: {headers}。',
  'step.dkim.bits': '鍵の長さ: {bits} ビット。',
  'step.dkim.chain': '鍵の名前は別名（CNAME）です: {chain}。',

  // 6. DKIM alignment
  'step.dkima.title': 'DKIM アライメント',
  'step.dkima.yes': '{d} による pass した署名は From ドメイン {from} とアライメントします（{mode}）。DMARC に数えられます。',
  'step.dkima.alignedNotPass': '{d} による署名は {from} とアライメントしますが、pass しなかったため数えられません。',
  'step.dkima.no': 'From ドメイン {from} とアライメントする pass した署名がありません（{mode}）。署名したドメイン: {d}。',
  'step.dkima.nosig': 'DKIM 署名がないため、DKIM で DMARC を pass させることはできません。',

  // 7. DMARC record and policy
  'step.dmr.psl':
    '組織ドメインは RFC 9989 の DNS ツリーウォークで求めます。RFC 7489 の見方を示す場合は、Public Suffix List の PRIVATE セクション（github.io、herokuapp.com など）も含めて使います。そのため同じホスティングサービスの別々の利用者どうしがアライメントすることはありません。ICANN セクションだけを使う受信側では、そこで relaxed アライメントが成立すると判断されることがあります。',
  'step.dmr.title': 'DMARC レコードとポリシー',
  'step.dmr.found': '{name} に DMARC レコードがあります。この From ドメインに適用されるポリシーは {policy} です（{source} タグによる）。',
  'step.dmr.none': '{from} にもその親ドメインにも DMARC レコードがありません。DMARC ポリシーは適用されません。',
  'step.dmr.nofrom': 'From ドメインがないため、DMARC レコードは検索していません。',
  'step.dmr.offline': 'オフラインのため DMARC レコードを検索できませんでした。',
  'step.dmr.rule':
    '受信側は _dmarc.<From ドメイン> の TXT レコードを探し、なければ DNS ツリーをたどって上位を探します（RFC 9989）。p はドメインそのものに、sp は存在するサブドメインに、np は存在しないサブドメインに適用されます。',
  'step.dmr.rfc7489': 'RFC 7489 に従う受信側は Public Suffix List から組織ドメイン（{org}）を求め、{name} を参照します。',

  // 8. DMARC result
  'step.dm.title': 'DMARC の結果',
  'step.dm.rule':
    'DMARC は、SPF がアライメントした MAIL FROM ドメインで pass するか、DKIM 署名がアライメントした d= ドメインで pass すれば pass します。どちらか一方で十分です。',
  'step.dm.both': 'SPF と DKIM の両方が pass し、アライメントしました',
  'step.dm.spfOnly': 'SPF が pass し、アライメントしました（DKIM はしていません）',
  'step.dm.dkimOnly': 'DKIM が pass し、アライメントしました（SPF はしていません。DKIM だけに頼っています）',
  'step.dm.neither': 'SPF も DKIM も、アライメントしたドメインで pass していません',
  'step.dm.pass': 'DMARC pass: {why}。',
  'step.dm.fail': 'DMARC fail: {why}。受信側にはポリシー「{policy}」の適用が求められます。',
  'step.dm.noneResult': 'DMARC none: この From ドメインに適用される DMARC ポリシーはありません。',
  'step.dm.error': 'DMARC {result}: 評価できませんでした。',
  'step.dm.pnone': 'p=none では、失敗したメールもレポート以外には何も起こりません。quarantine や reject なら迷惑メールに振り分けられるか、拒否されます。',

  // 9. what to fix
  'step.fix.title': '直すべきこと',
  'step.fix.some': '{list}',
  'step.fix.none': 'このメッセージについて直すべきことはありません。',
};
