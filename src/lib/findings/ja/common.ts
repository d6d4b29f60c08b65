import type { common as en } from '../en/common.ts';

export const common: Record<keyof typeof en, string> = {
  'actor.owner': 'ドメインの所有者',
  'actor.service': '送信サービス',
  'actor.forwarder': '転送元',
  'actor.list': 'メーリングリストの運営者',
  'actor.receiver': '受信側の管理者',
  'actor.none': '対応不要',
  'importance.required': '必須',
  'importance.recommended': '推奨',
  'importance.optional': '任意の強化',
  'importance.info': '参考',
};
