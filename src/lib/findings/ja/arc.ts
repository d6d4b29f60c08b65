// ARC (src/lib/arc): chain parsing and validation.
import type { arc as en } from '../en/arc.ts';

export const arc: Readonly<Record<keyof typeof en, string>> = {
  // two sentences one after the other (Japanese puts nothing between them)
  'arc.text.two-sentences': '{first}{second}',
  // structure of the ARC sets (parse.ts, RFC 8617 4.2.1)
  'arc.structure.no-instance': '{line} 行目の {name} には有効なインスタンスタグ (i=1 から i={max}) がないため、どの ARC セットにも属しません。',
  'arc.structure.no-instance.aar':
    '{line} 行目の {name} には有効なインスタンスタグ (i=1 から i={max}、先頭に書き ";" を続ける) がないため、どの ARC セットにも属しません。',
  'arc.structure.missing': 'ARC セット {set} に {name} がありません。各セットには各フィールドがちょうど 1 つずつ必要です (RFC 8617 4.2.1)。',
  'arc.structure.duplicate': 'ARC セット {set} に {name} フィールドが {n} 個あります ({lines} 行目)。許されるのは 1 つだけです (RFC 8617 4.2.1)。',
  // one signature of a set, before it is checked
  'arc.check.not-checked': '確認していません。',
  // ARC-Seal of one set (validate.ts)
  'arc.seal.malformed': 'ARC-Seal の形式が正しくありません: {problem}',
  'arc.seal.cv-recorded-fail': 'この中継者自身が、チェーンがすでに壊れていたと記録しています',
  'arc.seal.cv-required': 'インスタンス {set} には cv={cv} が必要です',
  'arc.seal.cv-wrong': 'セット {set} の ARC-Seal は cv={cv} です: {why}。',
  'arc.seal.cv-step': 'cv={cv} ですが、cv={expected} であるべきです。',
  'arc.seal.rsa-sha1': 'ARC-Seal は廃止された rsa-sha1 を使っているため、拒否されます (RFC 8301 3.1)。',
  'arc.seal.rsa-sha1-step': 'rsa-sha1 は拒否されます。',
  'arc.seal.key-found': '{name} に {type} の鍵が見つかりました。',
  'arc.seal.failed':
    'セット {set} の ARC-Seal を検証できません。セット 1 から {set} の ARC ヘッダーのどれかが変更されたか、鍵が署名に使われたものではありません。',
  'arc.seal.failed-step': 'シール署名 (b=) を検証できません。',
  'arc.seal.passed-step': 'シール署名 (b=) は、このセットとそれ以前のセットの ARC ヘッダーに対して検証できました。',
  'arc.seal.passed': 'セット {set} の ARC-Seal を検証できました (d={d}、cv={cv})。',
  // the chain as a whole (validate.ts, RFC 8617 5.2)
  'arc.chain.none': 'メッセージに ARC ヘッダーはありません。どの中継者もシールしていません。',
  'arc.chain.error': '予期しないエラーで ARC の検証が止まりました: {error}',
  'arc.chain.malformed': 'ARC チェーンの形式が正しくありません: {problem}',
  'arc.chain.complete.one': '完全な ARC セットが {n} 個あります (インスタンス 1 から {n})。',
  'arc.chain.complete.many': '完全な ARC セットが {n} 個あります (インスタンス 1 から {n})。',
  'arc.chain.newest-cv-fail': '最新の ARC-Seal (セット {set}) は cv=fail です。これを追加した中継者は、チェーンがすでに壊れていることを確認しています。',
  'arc.chain.newest-ams-fail': '最新の ARC-Message-Signature (セット {set}、d={d}) を検証できません: {reason}',
  'arc.chain.set-list': '{list}、{set}',
  'arc.chain.later-seals.one': 'セット {set} を対象に含む後のセット {sets} のシールも失敗しています。',
  'arc.chain.later-seals.many': 'セット {set} を対象に含む後のセット {sets} のシールも失敗しています。',
  'arc.chain.seal-fail': 'セット {set} の ARC-Seal (d={d}) を検証できません: {reason}',
  'arc.chain.pass': '{n} 個の ARC シールすべてと最新の ARC-Message-Signature (d={d}) を検証できました。チェーンは損なわれていません。',
  'arc.chain.pass-headers-only': '本文が与えられていないため、最新の AMS の本文ハッシュは確認していません。',
};
