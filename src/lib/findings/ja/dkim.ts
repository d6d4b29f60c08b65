// DKIM (src/lib/dkim): signature tags, key records, body hash, verification steps.
import type { dkim as en } from '../en/dkim.ts';

export const dkim: Readonly<Record<keyof typeof en, string>> = {
  // two sentences one after the other (Japanese puts nothing between them)
  'dkim.text.two-sentences': '{first}{second}',
  // tag lists (tags.ts): DKIM-Signature, key records, ARC-Seal and ARC-Message-Signature
  'dkim.tags.too-many-problems': '構文の問題が {max} 個を超えたため、タグリストの残りは読み取っていません。',
  'dkim.tags.empty': '空のタグがあります (セミコロンが 2 つ続いているか、何もありません)。タグリストの形式が正しくありません。',
  'dkim.tags.too-many-tags': 'タグが {max} 個を超えたため、残りは読み取っていません。',
  'dkim.tags.not-tag-value': '"{text}" は tag=value の形式ではありません。',
  'dkim.tags.invalid-name': '"{name}" は有効なタグ名ではありません (英字で始まり、英字・数字・"_" が続く名前にします)。',
  'dkim.tags.invalid-value': '{tag}= の値に、タグの値に使えない文字が含まれています。',
  'dkim.tags.duplicate': '{tag}= タグが複数回あります。タグは 1 回しか書けません (RFC 6376 3.2)。',
  // signature tags (signature.ts), also for ARC-Message-Signature and ARC-Seal
  'dkim.sig.tag-missing': '{label} に必須の {tag}= タグがありません。',
  'dkim.sig.v-invalid': 'v={v}: 定義されているのはバージョン 1 だけです (RFC 6376 3.5)。',
  'dkim.sig.what.signature': '署名',
  'dkim.sig.what.body-hash': '本文ハッシュ',
  'dkim.sig.base64-invalid': '{tag}= ({what}) が有効な base64 ではありません。',
  'dkim.sig.base64-empty': '{tag}= ({what}) が空です。',
  'dkim.sig.bh-length': 'bh= をデコードすると {n} バイトです。{algorithm} の本文ハッシュは {want} バイトです。',
  'dkim.sig.d-invalid': 'd={d} は有効なドメイン名ではありません。',
  'dkim.sig.s-invalid': 's={s} は有効なセレクタではありません (ドットで区切った DNS ラベルにします)。',
  'dkim.sig.as-h-present': 'ARC-Seal に h= タグがあります。ARC-Seal に h= タグを付けてはいけません (RFC 8617 4.1.3)。',
  'dkim.sig.q-unsupported': 'q={q}: 鍵の問い合わせ方法は dns/txt しかありません。',
  'dkim.sig.l-invalid': 'l={l} は有効な本文の長さ (10 進数の数字) ではありません。',
  'dkim.sig.x-before-t': 'x={x} (有効期限) が t={t} (署名時刻) より前です。この署名は無効です (RFC 6376 3.5)。',
  'dkim.sig.z-invalid': 'z= (ヘッダーフィールドのコピー) の形式が正しくありません: {problem} (RFC 6376 3.5)。',
  'dkim.sig.instance-invalid': '{label} i={i}: インスタンスは 1 から {max} までの数にしてください (RFC 8617 4.2.1)。',
  'dkim.sig.a-unknown': 'a={a} は既知の署名アルゴリズム (rsa-sha256、ed25519-sha256) ではありません。',
  'dkim.sig.c-invalid': 'c={c} は正規化方式ではありません (simple か relaxed、必要なら /simple か /relaxed を続けます)。',
  'dkim.sig.h-empty': 'h= が空です。署名はどのヘッダーフィールドも対象にしていません。',
  'dkim.sig.h-empty-name': 'h= に空の項目 ("::") があります。無視しました。',
  'dkim.sig.h-invalid': 'h= にヘッダーフィールド名ではない "{name}" が含まれています。',
  'dkim.sig.h-no-from': 'h= に From が含まれていません。DKIM 署名は From ヘッダーを対象に含める必要があります (RFC 6376 5.4)。',
  'dkim.sig.ams-h-arc-seal': 'h= に ARC-Seal が含まれています。ARC-Message-Signature で ARC-Seal フィールドに署名してはいけません (RFC 8617 4.1.2)。',
  'dkim.sig.i-invalid': 'i={i} は [local-part]@domain の形式ではありません。',
  'dkim.sig.i-not-in-d': 'i={i}: ドメイン {domain} は d={d} でもそのサブドメインでもありません (RFC 6376 3.5)。',
  'dkim.sig.t-invalid': 't={value} は有効な署名時刻ではありません (1970 年からの秒数を数字だけで書きます)。',
  'dkim.sig.x-invalid': 'x={value} は有効な有効期限ではありません (1970 年からの秒数を数字だけで書きます)。',
  'dkim.sig.cv-invalid': 'cv={cv} はチェーン検証の状態 (none、pass、fail) ではありません。',
  // z= copied header fields: what is wrong with them (inside dkim.sig.z-invalid)
  'dkim.sig.z.not-name-value': '"{entry}" は Name:value の形式ではありません',
  'dkim.sig.z.not-field-name': '"{name}" はヘッダーフィールド名ではありません',
  'dkim.sig.z.bad-octet': '{name} の値にある "{octet}" は quoted-printable の "=XX" オクテットではありません',
  // key records (key.ts)
  'dkim.key.no-answer': '応答なし',
  'dkim.key.v-invalid': '鍵レコードが v={v} です。有効なのは v=DKIM1 だけなので、このレコードは破棄されます (RFC 6376 3.6.1)。',
  'dkim.key.v-not-first': 'v=DKIM1 は鍵レコードの最初のタグにしてください (RFC 6376 3.6.1)。',
  'dkim.key.k-unknown': '鍵レコードの k={k} は不明な鍵の種類です (既知の種類: rsa、ed25519)。',
  'dkim.key.s-not-email': '鍵レコードが s={s} です。この鍵はメール用ではない (s=email または s=* が必要) ため、メールの署名を検証できません (RFC 6376 3.6.1)。',
  'dkim.key.p-missing': '鍵レコードに p= タグ (公開鍵) がありません。',
  'dkim.key.p-empty': '鍵レコードの p= が空です。この鍵は失効しています (RFC 6376 3.6.1)。',
  'dkim.key.p-base64': '鍵レコードの p= が有効な base64 ではありません。',
  'dkim.key.multiple-records': '鍵の名前に TXT レコードが {n} 件あります。この場合の結果は未定義です (RFC 6376 3.6.2.2)。最初に使えるものを採用しました。',
  // key lookup and import (key.ts)
  'dkim.key.dns-failed': '{name} の DNS 問い合わせに失敗しました ({why})。しばらくしてから再度お試しください。',
  'dkim.key.dns-temperror': '鍵 {name} の DNS 問い合わせが一時的に失敗しました ({why})。',
  'dkim.key.not-found.nxdomain': 'DKIM 鍵がありません: {name} は存在しません (NXDOMAIN)。セレクタが間違っているか、鍵が削除された可能性があります。',
  'dkim.key.not-found.no-txt': 'DKIM 鍵がありません: {name} は TXT レコードがありません。セレクタが間違っているか、鍵が削除された可能性があります。',
  'dkim.key.testing': '鍵レコードに t=y があります。このドメインは DKIM をテスト中で、受信側は署名のないメッセージと同じように扱うべきです。',
  'dkim.key.revoked': '鍵 {name} は失効している (p= が空) ため、この鍵による署名が pass になることはありません。',
  'dkim.key.type-mismatch': '署名は {algorithm} を使っていますが、鍵レコードは k={k} です。',
  'dkim.key.h-mismatch': '鍵レコードが許可しているのは h={h} だけで、この署名が使う {hash} は許可されていません。',
  'dkim.key.t-s-mismatch': '鍵レコードに t=s (strict) があります。i= のドメイン {identity} は {d} と完全に一致する必要があります。',
  'dkim.key.ed25519-length': 'ed25519 の鍵が {n} バイトです。RFC 8463 の鍵は 32 バイトです。',
  'dkim.key.ed25519-unloadable': 'ed25519 の公開鍵を読み込めませんでした。',
  'dkim.key.rsa-invalid': '鍵レコードの p= は有効な RSA 公開鍵ではありません (壊れているか途中で切れています)。',
  'dkim.key.pkcs1': 'p= には RFC 6376 が求める SubjectPublicKeyInfo ではなく、PKCS#1 の RSAPublicKey がそのまま入っています。受け入れました。',
  'dkim.key.rsa-too-small': 'RSA 鍵が {bits} ビットしかありません。1024 ビット未満の鍵は拒否されます (RFC 8301 3.2)。',
  'dkim.key.rsa-weak': 'RSA 鍵は {bits} ビットです。受け入れられますが、2048 ビットを推奨します (RFC 8301 3.2)。',
  'dkim.key.rsa-unloadable': 'RSA 公開鍵を読み込めませんでした。',
  // body hash (body.ts): l= coverage
  'dkim.body.shorter-than-l': 'l={l} ですが、正規化した本文は {canonical} バイトしかありません。署名後に本文が短くなったため、署名は検証できません。',
  'dkim.body.l-unsigned':
    'l={l}: 正規化した本文 {canonical} バイトのうち、署名されているのは先頭の {l} バイトだけです。末尾の {unsigned} バイトは署名の対象外で、誰でも追加できます (RFC 6376 8.2)。',
  // body hash diagnosis: the sizes compared
  'dkim.body.size.same': '同じサイズ',
  'dkim.body.size.more': '{n} バイト多い',
  'dkim.body.size.fewer': '{n} バイト少ない',
  'dkim.body.sizes': '署名された本文: 正規化後 {signed} バイト、受信した本文: 正規化後 {received} バイト ({diff})。',
  // body hash diagnosis: counts inside the causes
  'dkim.body.count.crcrlf.one': '二重の CR CR LF 改行 {n} 個',
  'dkim.body.count.crcrlf.many': '二重の CR CR LF 改行 {n} 個',
  'dkim.body.count.crlf.one': 'CRLF 改行 {n} 個',
  'dkim.body.count.crlf.many': 'CRLF 改行 {n} 個',
  'dkim.body.count.bare-lf.one': 'LF だけの改行 {n} 個',
  'dkim.body.count.bare-lf.many': 'LF だけの改行 {n} 個',
  'dkim.body.count.line.one': '{n} 行',
  'dkim.body.count.line.many': '{n} 行',
  // body hash diagnosis: the likely cause
  'dkim.body.line-endings-crcrlf': '変わったのは本文の文字ではなく改行コードです。{endings}を CRLF に戻すと本文が一致します (コピー時に崩れたものです)。',
  'dkim.body.line-endings-lf':
    '違うのは本文の文字ではなく改行コードです。{endings}を LF だけにすると本文が一致するため、署名者は LF のみのテキストでハッシュを計算しています (またはツールが改行コードを変換しました)。',
  'dkim.body.bare-lf': '変わったのは本文の文字ではなく改行コードです。{endings}を CRLF にすると本文が一致します。',
  'dkim.body.reencoded-qp':
    '本文は転送中に再エンコードされています。quoted-printable の転送エンコーディングを解くと一致するため、8 ビットのテキストとして署名された後、中継サーバー (多くは 8BITMIME 非対応) が変換したものです。内容は変わっていませんが、この変換を経ると署名は有効なままでいられません。',
  'dkim.body.reencoded-base64':
    '本文は転送中に再エンコードされています。base64 の転送エンコーディングを解くと一致するため、エンコードされない状態で署名された後、中継サーバーやゲートウェイが base64 に変換したものです。内容は変わっていませんが、この変換を経ると署名は有効なままでいられません。',
  'dkim.body.too-large':
    '本文ハッシュが一致しません。本文 (正規化後 {canonical} バイト) が署名されたものと異なります。本文が大きすぎる ({mb} MB 超) ため、よくある変更 (改行コード、フッター、再エンコード) は試していません。',
  'dkim.body.whitespace-changed':
    '変わったのは空白だけです。スペースとタブを正規化 (relaxed 正規化) すると本文が一致します (行末の空白の削除やタブの展開など)。c=.../simple ではこの変化は許容されません。',
  'dkim.body.appended':
    'フッターが追加されています。正規化した本文の先頭 {appended} バイトは署名と一致し、署名後に {added} バイトが追加されました (多くはメーリングリストのフッターやゲートウェイの免責文です)。',
  'dkim.body.footer-in-part':
    'MIME 構造の中にフッターが追加されています。最後の MIME 境界の直前にある {bytes} バイト ({lines}) を除くと本文が一致します。この部分は署名後に挿入されたものです (多くはメーリングリストのフッターや免責文のパートです)。',
  'dkim.body.missing':
    '本文が空 (正規化後 {canonical} バイト) ですが、署名は空でない本文に対して作られています。本文が削除されたか、ヘッダーと空行だけが貼り付けられています。',
  'dkim.body.changed':
    '本文ハッシュが一致しません。受信した本文 (正規化後 {received} バイト{limit}) は署名されたものと異なり、改行コードの変更、空白の変更、フッターの追加、本文全体の転送エンコーディングの変換のどれでも説明できません。考えられる原因: 中継サーバーによる MIME パートの再エンコード (8bit から quoted-printable や base64 へ)、パート内へのフッターや免責文の挿入、ゲートウェイやウイルス対策ソフトによるメッセージの編集。',
  'dkim.body.changed.limit': '、先頭 l={l}',
  // verification steps and reasons (verify.ts)
  'dkim.verify.malformed': '{label} の形式が正しくありません: {problem}',
  'dkim.verify.tags-ok': '{label} のタグは正しい形式です: {tags}。',
  'dkim.verify.rsa-sha1': 'この署名は廃止された rsa-sha1 を使っています。SHA-1 は安全ではなく、検証側は受け入れてはいけません (RFC 8301 3.1)。',
  'dkim.verify.body-blank':
    '貼り付けられたテキストはヘッダーの直後 (空行のみで本文なし) で終わっており、署名は空でない本文に対して作られています。本文ハッシュ (bh=) は確認していません。ヘッダー署名は bh= の値も対象に含んでいます。',
  'dkim.verify.headers-only': 'ヘッダーだけが与えられたため、本文ハッシュ (bh=) は確認していません。ヘッダー署名は bh= の値も対象に含んでいます。',
  'dkim.verify.via-cname': ' (CNAME {chain} 経由)',
  'dkim.verify.key-failed': '鍵 {name}{via}: {reason}',
  'dkim.verify.key-found': '{name}{via} に {type} の鍵が見つかりました。',
  'dkim.verify.key-found.bits': '{name}{via} に {type} の鍵 ({bits} ビット) が見つかりました。',
  'dkim.verify.signature-failed':
    'ヘッダー署名 (b=) を検証できません。署名されたヘッダーフィールド ({signed}) のどれか、または {label} 自体が署名後に変更されたか、DNS の鍵が署名に使われた鍵ではありません。',
  'dkim.verify.body-also-failed': '本文ハッシュも一致しません。{why}',
  'dkim.verify.body-failed': 'ヘッダー署名は検証できましたが、本文ハッシュが一致しません。署名後に本文が変更されています。{why}',
  'dkim.verify.pass': 'ヘッダー署名と本文ハッシュの両方を検証できました。',
  'dkim.verify.pass-headers-only':
    'ヘッダー署名は検証できました。本文が与えられていないため本文ハッシュは確認しておらず、この結果はヘッダーだけを対象にしています。',
  // verification steps: body hash and header signature
  'dkim.verify.body-length.partial': '{canonical} バイト中 {signed}',
  'dkim.verify.body-evidence': '計算値 bh={computed}\n署名値 bh={expected}',
  'dkim.verify.body-evidence.not-computed': '(未計算)',
  'dkim.verify.body-pass': '本文ハッシュが一致しました (正規化後 {length} バイトをハッシュ)。',
  'dkim.verify.body-fail': '本文ハッシュが一致しません (正規化後 {length} バイト)。{why}',
  'dkim.verify.covered.line': '{name} ({line} 行目)',
  'dkim.verify.covered.absent': '{name} (なし: 空として署名)',
  'dkim.verify.header-signature-pass': 'ヘッダー署名 (b=) は {label} と署名対象のフィールドに対して検証できました。',
  'dkim.verify.header-signature-fail': 'ヘッダー署名 (b=) は {label} と署名対象のフィールドに対して検証できません。',
  // z= copies compared with the fields present, when the header signature fails
  'dkim.z.removed': '{name} が削除されています (署名時は "{was}")',
  'dkim.z.changed': '{name} は署名時に "{was}" でしたが、現在は "{now}" です',
  'dkim.z.list': '{list}。{change}',
  'dkim.z.summary': 'z= のコピーによると、{changes}。',
  'dkim.z.unchanged':
    'z= にあるヘッダーのコピーは (空白を除いて) 現在のフィールドと一致しているため、変更は別の場所にあります: z= にコピーされていないフィールド、署名フィールド自体、または鍵です。',
  // checks beyond the cryptography
  'dkim.verify.multiple-from':
    'メッセージに From フィールドが {n} 個あります ({lines} 行目)。RFC 5322 で許されるのは 1 個だけです。署名された From の上や下に追加された From をメールクライアントが表示することがあるため、この署名は作成者を保証できません (RFC 6376 8.15)。',
  'dkim.verify.untrusted': '署名は検証できましたが、信頼できません: {message}',
  'dkim.verify.expired': '署名は {at} に期限切れになりました (x={x})。',
  'dkim.verify.expired-neutral': '{message}署名は検証できましたが、検証側は期限切れの署名を無視できます。',
  'dkim.verify.t-future':
    '署名時刻 t={t} が未来になっています。署名者の時計がずれている可能性があります (RFC 6376 3.5 では、検証側はこのような署名を無視できます)。',
  'dkim.verify.too-many': '評価していません: 確認するのは最初の {max} 個の DKIM 署名だけです。',
  'dkim.verify.error': '予期しないエラーで検証が止まりました: {error}',
};
