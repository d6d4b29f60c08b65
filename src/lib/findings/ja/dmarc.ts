// DMARC (src/lib/dmarc): record tags, policy discovery (RFC 9989 tree walk), evaluation steps.
import type { dmarc as en } from '../en/dmarc.ts';

export const dmarc: Readonly<Record<keyof typeof en, string>> = {
  // shared pieces: two sentences in a row, a missing value
  'dmarc.text.then': '{text}{next}',
  'dmarc.none': 'なし',
  'dmarc.unknown': '(不明)',
  // step titles
  'dmarc.title.author-domain': 'From ドメイン',
  'dmarc.title.query': '問い合わせ {n}: {name}',
  'dmarc.title.org-domain': '組織ドメイン',
  'dmarc.title.policy-record': 'DMARC レコード',
  'dmarc.title.rfc7489': '旧仕様の受信側 (RFC 7489)',
  'dmarc.title.multiple-from': '複数の From ドメイン',
  'dmarc.title.record-unusable': '使えないレコード',
  'dmarc.title.policy': 'ポリシー',
  'dmarc.title.spf-alignment': 'SPF のアラインメント',
  'dmarc.title.dkim-alignment': 'DKIM のアラインメント',
  'dmarc.title.dkim-signature-alignment': 'DKIM 署名 {n} のアラインメント',
  'dmarc.title.decided-by': '判定に使った規則',
  'dmarc.title.verdict': 'DMARC の結果',
  // one tree-walk query: its answers and what they mean
  'dmarc.query.nodata': '{name} TXT → TXT レコードなし (NODATA)',
  'dmarc.query.failed': '{name} の問い合わせに失敗しました ({error})。一時的な DNS エラーのため、成功するまで DMARC の判定はできません (RFC 9989 5.3.6)。',
  'dmarc.query.nxdomain': '{name} は存在しません (NXDOMAIN)。ここに DMARC レコードはありません。',
  'dmarc.query.no-txt': '{name} には TXT レコードがありません。ここに DMARC レコードはありません。',
  'dmarc.query.not-dmarc': '{n} 件の TXT レコードは "v=DMARC1" で始まらないため無視されます。',
  'dmarc.query.wrong-case':
    '大文字・小文字が違う DMARC レコードらしきものがあります。値 "DMARC1" は大文字・小文字を区別するため、"v=dmarc1" は DMARC レコードではありません。',
  'dmarc.query.multiple': 'この名前に DMARC レコードが {n} 件見つかりました。複数ある場合はすべて破棄されます (RFC 9989 4.10)。1 件だけ公開してください。',
  'dmarc.query.found': 'DMARC レコードが 1 件見つかりました: "{record}"。',
  'dmarc.query.nothing': '{name}: 使えるものはありません。',
  // the record's tags (RFC 9989 4.7, 4.8)
  'dmarc.record.empty': 'DMARC レコードが空です。',
  'dmarc.record.too-long': 'DMARC レコードの長さが {length} 文字あります。先頭の {max} 文字だけを読み取ります。',
  'dmarc.record.version':
    'レコードが "v=DMARC1" で始まっていないため (バージョンタグは先頭に置く必要があり、値は大文字・小文字を区別します)、DMARC レコードではなく無視されます (RFC 9989 4.7)。',
  'dmarc.record.too-many-tags': 'タグが {max} 個を超えています。残りは無視されます。',
  'dmarc.record.syntax': '"{part}" は有効な tag=value の組ではないため無視されます (RFC 9989 4.8 では構文エラーは破棄されます)。',
  'dmarc.record.syntax.no-equals':
    '"{part}" は有効な tag=value の組ではないため無視されます (RFC 9989 4.8 では構文エラーは破棄されます)。値の前にはタグ名と "=" が必要です。',
  'dmarc.record.second-version': '2 つ目の "v" タグは無視されます。バージョンタグは先頭に 1 回だけ書きます。',
  'dmarc.record.duplicate-tag': 'タグ "{tag}" が複数回あります。最初の値 "{first}" だけが使われます。',
  'dmarc.record.unknown-tag': '不明なタグ "{tag}" は無視されます (RFC 9989 4.7: 不明なタグは無視しなければなりません)。綴りの誤りがないか確認してください。',
  'dmarc.record.historic': '{why} ({found} があります)',
  'dmarc.record.historic.pct':
    'pct (ポリシーを適用するメールの割合) は RFC 9989 で削除されました (Appendix A.6)。RFC 9989 に従う受信側は無視します。テストには代わりに t=y を使ってください。',
  'dmarc.record.historic.rf': 'rf (失敗レポートの形式) は RFC 9989 で削除されたため無視されます。',
  'dmarc.record.historic.ri': 'ri (レポート間隔) は RFC 9989 で削除されたため無視されます。',
  'dmarc.record.invalid-policy': '{tag}={value} は有効なポリシーではありません。none、quarantine、reject のいずれかにしてください (RFC 9989 4.7)。',
  'dmarc.record.invalid-enum': '{tag}={value} は無効です (使える値: {allowed})。代わりに既定値 {tag}={default} が使われます (RFC 9989 4.8)。',
  'dmarc.record.invalid-fo': 'fo={value} は無効です (0 または 1、d、s をコロンで区切ったリストにします)。既定値 fo=0 が使われます。',
  'dmarc.record.fo-without-ruf': 'レコードに ruf タグがないため、fo は効果がありません (RFC 9989 4.7)。',
  // a record without a usable policy (RFC 9989 4.10.1): {what} is one of the three defects
  'dmarc.record.no-p-tag': 'p タグがありません',
  'dmarc.record.invalid-p': '有効な p の値がありません',
  'dmarc.record.invalid-sp-np': 'sp または np の値が無効です',
  'dmarc.record.no-policy.assumed':
    'レコードに{what}。rua に有効なレポート送信先があるため、受信側は p=none と書かれているものとして扱います (RFC 9989 4.10.1)。レポートのみで、ポリシーは適用されません。',
  'dmarc.record.no-policy.none':
    'レコードに{what}。有効な rua もないため、受信側は DMARC 処理をまったく行いません (RFC 9989 4.10.1)。p=none (またはより厳しいポリシー) と rua=mailto: のアドレスを追加してください。',
  // report URIs (rua, ruf)
  'dmarc.record.too-many-uris': '{tag} に {max} 個を超える URI があります。残りは無視されます。',
  'dmarc.record.uri.size': '{tag}: {uri} のサイズ上限 "!{size}" は RFC 9989 では廃止された構文で、無視されます。削除してください。',
  'dmarc.record.uri.invalid': '{tag}: "{uri}" は URI ではないため無視されます (例: mailto:dmarc@example.com)。',
  'dmarc.record.uri.scheme':
    '{tag}: "{uri}" は {scheme}: URI です。受信側に対応が求められるのは mailto: だけで、対応していないスキームは無視されるため (RFC 9989 4.7)、レポートはおそらく届きません。',
  'dmarc.record.uri.address': '{tag}: "{uri}" には有効なメールアドレスが含まれていないため (mailto:name@domain の形式にします)、レポートを届けられません。',
  // the organizational domain by tree walk (RFC 9989 4.10.2)
  'dmarc.org.psd-n': '_dmarc.{recordDomain} に psd=n があるため、{orgDomain} が組織ドメインです。',
  'dmarc.org.psd-y':
    '_dmarc.{recordDomain} に psd=y (パブリックサフィックスドメイン) があるため、その 1 つ下のラベルの {orgDomain} が {start} の組織ドメインです。',
  'dmarc.org.fewest-labels': '見つかった DMARC レコードのうちラベル数が最も少ないのは {orgDomain} のものなので、これが {start} の組織ドメインです。',
  'dmarc.org.start-domain': '{start} から上へたどっても DMARC レコードが見つからなかったため、{start} 自身が組織ドメインです。',
  // policy discovery (RFC 9989 4.10.1)
  'dmarc.discovery.invalid-domain': 'From ドメイン "{name}" は有効なドメイン名ではないため、DMARC を評価できません (RFC 9989 5.3.1)。',
  'dmarc.discovery.author-domain':
    'Author Domain (From ヘッダーのドメイン) は {domain} です。ポリシー探索はまず _dmarc.{domain} を問い合わせ、次に DNS ツリーを上へたどります (RFC 9989 4.10.1)。',
  'dmarc.discovery.multiple-records': '{name} は DMARC レコードを複数公開しているため、すべて破棄されます (RFC 9989 4.10)。1 件だけにしてください。',
  'dmarc.discovery.version-case':
    '{name} には "v=DMARC1" に似ているが正確には一致しない書き出しのレコードがあります (値は大文字・小文字を区別し、先頭に置く必要があります)。このレコードは無視されます。',
  'dmarc.discovery.temperror': 'DMARC ポリシー探索中に DNS が失敗しました ({error})。結果は temperror です。',
  'dmarc.discovery.temperror-step': 'DMARC レコードが見つかる前に DNS 問い合わせが失敗したため ({error})、ポリシーは不明です: temperror (RFC 9989 5.3.6)。',
  'dmarc.discovery.no-record': '{domain} に適用される DMARC レコードはありません。このメッセージに DMARC は適用されません (結果 none、RFC 9989 4.10.1)。',
  'dmarc.discovery.own-record': '{domain} は自身の DMARC レコードを公開しているため、そのレコードが適用され、p タグがポリシーになります。',
  'dmarc.discovery.psd-record':
    '{domain} には自身のレコードがなく、組織ドメイン {orgDomain} にもないため、{recordDomain} にあるパブリックサフィックスドメインのレコード (psd=y) が適用されます。',
  'dmarc.discovery.org-record':
    '{domain} には自身のレコードがないため、組織ドメイン {orgDomain} のレコードが適用されます。サブドメインでは sp または np タグがポリシーになります。',
  'dmarc.discovery.walk-failed': '{domain} より上のツリーウォークが失敗しました ({error})。組織ドメインは不明です。',
  // what receivers still on RFC 7489 (Public Suffix List) would do
  'dmarc.rfc7489.would-use': '{recordDomain} ("{record}") を使います',
  'dmarc.rfc7489.would-find-none': 'DMARC レコードを見つけられません',
  'dmarc.rfc7489.differs':
    'RFC 7489 に従う受信側は _dmarc.{domain}、次に Public Suffix List による組織ドメイン ({org}) を参照するため、{found}。一方、RFC 9989 の探索では {recordDomain} を使います。受信側によって結果が異なる可能性があります。',
  'dmarc.rfc7489.differs.no-record':
    'RFC 7489 に従う受信側は _dmarc.{domain}、次に Public Suffix List による組織ドメイン ({org}) を参照するため、{found}。一方、RFC 9989 の探索ではレコードが見つかりません。受信側によって結果が異なる可能性があります。',
  'dmarc.rfc7489.org-differs':
    'RFC 7489 に従う受信側も同じレコードを使いますが、Public Suffix List による組織ドメインは {org} で、RFC 9989 のツリーウォークでは {orgDomain} です。そのため relaxed モードのアラインメントは受信側によって異なる可能性があります。',
  'dmarc.rfc7489.extra-queries': '追加の問い合わせ: {names}',
  // the From domains (RFC 9989 5.3.1, 11.5)
  'dmarc.from.multiple':
    'From ヘッダーに {n} 個の異なるドメインがあります ({domains})。RFC 9989 5.3.1 によると、この場合 DMARC を通常どおりには評価できません。11.5 に従って各ドメインを評価し、最も厳しい結果を示します: {domain} → {result}。',
  'dmarc.from.multiple.policy':
    'From ヘッダーに {n} 個の異なるドメインがあります ({domains})。RFC 9989 5.3.1 によると、この場合 DMARC を通常どおりには評価できません。11.5 に従って各ドメインを評価し、最も厳しい結果を示します: {domain} → {result} (ポリシー {policy})。',
  'dmarc.from.none': 'From ヘッダーからドメインを取り出せなかったため、DMARC を評価できません (RFC 9989 5.3.1): permerror。',
  // the policy that applies (RFC 9989 4.10.1, 4.7 t=y)
  'dmarc.policy.record-unusable': '{recordDomain} のレコードには使えるポリシーも有効な rua もないため、DMARC 処理は行われません: 結果 none。',
  'dmarc.policy.sp-from-p': '{policy} (sp タグがないため p を使用)',
  'dmarc.policy.assumed': 'レコードに有効なポリシーはありませんが有効な rua があるため、p=none として扱われます (RFC 9989 4.10.1)。',
  'dmarc.policy.own': 'このレコードは {domain} 自身のものなので、p タグが適用されます: p={policy}。',
  'dmarc.policy.exists-temperror': '{domain} の存在確認に失敗したため ({error})、np と sp のどちらが適用されるか不明です: temperror (RFC 9989 5.3.6)。',
  'dmarc.policy.np': '{domain} は存在しない (NXDOMAIN) ため、レコードの np タグが適用されます: np={policy}。',
  'dmarc.policy.exists': '{domain} は存在する (A の問い合わせが NXDOMAIN を返さなかった) ため、サブドメインのポリシーが適用されます: {policy}。',
  'dmarc.policy.subdomain':
    '{domain} はポリシードメイン {policyDomain} のサブドメインなので、サブドメインのポリシーが適用されます: {policy}。レコードに np タグがないため、ドメインが存在するかどうかは結果に影響せず、確認していません。',
  'dmarc.policy.testing':
    'レコードに t=y (テスト) があるため、失敗したメールには 1 段階緩いポリシーが適用されます: {requested} ではなく {applied} (RFC 9989 4.7)。',
  'dmarc.policy.pct': 'pct タグは RFC 9989 では廃止されているため、適用していません。',
  // identifier alignment (RFC 9989 4.4)
  'dmarc.align.no-spf': 'ドメイン付きの SPF 結果がないため、SPF でアラインした pass は得られません。',
  'dmarc.align.no-dkim': 'メッセージに DKIM 署名がないため、DKIM でアラインした pass は得られません。',
  'dmarc.align.too-many-signatures': '{n} 個の DKIM 署名のうち、最初の {max} 個だけを考慮しました。',
  'dmarc.align.evidence.identifier': '{what} のドメイン: {domain} (結果 {result})',
  'dmarc.align.evidence.author': 'From ドメイン: {domain}',
  'dmarc.align.evidence.mode': 'モード: {mode}',
  'dmarc.align.strict.identical': '{domain} は From ドメインと同一です: アラインしています (strict モード)。',
  'dmarc.align.strict.different': 'strict モードでは {domain} が {author} と同一である必要がありますが、同一ではありません: アラインしていません。',
  'dmarc.align.same-domain': '{domain} は From ドメインそのものです: アラインしています。',
  'dmarc.align.relaxed': '{domain} と {author} は組織ドメイン {orgDomain} が同じです: アラインしています (relaxed モード)。',
  'dmarc.align.both-ways.parent':
    '補足: これはどちらの向きでも成り立ちます。From ドメインは {domain} のサブドメインです。片方の向きだけがアラインするとよく誤解されますが、relaxed のアラインメントは組織ドメインだけを比べるため、どちらもアラインします (RFC 9989 Appendix B.1)。',
  'dmarc.align.both-ways.child':
    '補足: これはどちらの向きでも成り立ちます。{domain} は From ドメインのサブドメインです。片方の向きだけがアラインするとよく誤解されますが、relaxed のアラインメントは組織ドメインだけを比べるため、どちらもアラインします (RFC 9989 Appendix B.1)。',
  'dmarc.align.unknown': 'DNS エラーのため {domain} または {author} の組織ドメインを特定できず、アラインメントは不明です。',
  'dmarc.align.different-org': '{domain} の組織ドメインは {orgDomain}、From ドメインの組織ドメインは {authorOrg} で、異なるためアラインしていません。',
  'dmarc.align.not-authenticated': '{what} が pass ではない ({result}) ため、アラインメントにかかわらず、この識別子で DMARC が pass になることはありません。',
  'dmarc.align.psl.aligned':
    'Public Suffix List (RFC 7489) を使うと「アラインしている」となります (組織ドメイン {orgDomain})。ここでは RFC 9989 のツリーウォークで判定します。',
  'dmarc.align.psl.not-aligned':
    'Public Suffix List (RFC 7489) を使うと「アラインしていない」となります (組織ドメイン {orgDomain})。ここでは RFC 9989 のツリーウォークで判定します。',
  // which rules decided: RFC 9989 against a receiver still on RFC 7489
  'dmarc.decided.same':
    '判定には RFC 9989 (組織ドメインを DNS ツリーウォークで求める方式) を使っています。RFC 7489 (Public Suffix List) に従う受信側でも同じ結果になります。',
  'dmarc.decided.differs':
    '判定には RFC 9989 (組織ドメインを DNS ツリーウォークで求める方式) を使っています。RFC 7489 (Public Suffix List) に従う受信側では{record}{alignment}、結果は {verdict} になります。',
  'dmarc.decided.verdict-policy': '{result} (ポリシー {policy})',
  'dmarc.decided.record': '、{recordDomain} を使い',
  'dmarc.decided.no-record': '、レコードなしで',
  'dmarc.decided.alignment': '、アラインメントも異なり',
  // the verdict (RFC 9989 5.3.5)
  'dmarc.verdict.pass': 'DMARC は pass です: {identifiers} が {domain} とアラインしたドメインを認証しました。',
  'dmarc.verdict.spf-and-dkim': 'SPF と DKIM',
  'dmarc.verdict.fail': 'DMARC は fail です: {domain} とアラインしたドメインでの SPF の pass も DKIM の pass もありません。',
  'dmarc.verdict.none': '{domain} に適用される DMARC ポリシーはありません: 結果 none。',
  'dmarc.verdict.temperror': 'DNS 問い合わせが失敗したため、DMARC の判定ができませんでした: temperror。しばらくしてから再度お試しください。',
  'dmarc.verdict.permerror': 'DMARC を評価できませんでした: permerror。',
  'dmarc.verdict.policy': '失敗したメールに対するポリシーは {policy} です。',
  'dmarc.verdict.policy.source': '失敗したメールに対するポリシーは {policy} です ({source} タグから)。',
  'dmarc.verdict.policy.testing': '失敗したメールに対するポリシーは {policy} です ({source} タグから、t=y で 1 段階緩和)。',
};
