// The domain check's form, heading and link (src/app/DomainCheck.svelte; dc.ui.service is also the
// service step's title when no service was chosen). A page area; the check's findings are in domain.ts.
import type { domainform as en } from '../en/domainform.ts';

export const domainform: Readonly<Record<keyof typeof en, string>> = {
  'dc.ui.tabDomain': 'ドメインを検査',
  'dc.ui.intro':
    'まだメッセージがなくても、ドメインが公開しているもの (SPF、DMARC、DKIM、MX、MTA-STS、TLS-RPT、BIMI) と、送信に使うサービスに必要なレコードを検査できます。',
  'dc.ui.domain': 'ドメイン',
  'dc.ui.service': '送信サービス',
  'dc.ui.serviceNone': 'なし (ドメインだけを検査)',
  'dc.ui.region': 'リージョン',
  'dc.ui.regionHelp': '例: ap-northeast-1 (Amazon SES、Resend)、SparkPost の EU リージョンなら eu',
  'dc.ui.selectors': 'DKIM セレクター',
  'dc.ui.selectorsHelp': '任意。スペースかカンマで区切ります',
  'dc.ui.check': 'ドメインを検査',
  'dc.ui.checking': '検査中…',
  'dc.ui.invalid':
    '"{domain}" はドメイン名ではありません。ドメイン名は、英数字とハイフンからなるラベル (それぞれ 63 文字まで、全体で 253 文字まで) をドットでつないだものです (例: example.jp)。',
  'dc.ui.empty': '検査するドメイン名 (例: example.jp) を入力してください。',
  'dc.ui.badRegion': '"{region}" はリージョン名ではありません。ap-northeast-1 の形で (サービスの管理画面に表示されるとおりに) 入力してください。',
  'dc.ui.badSelector':
    '"{selector}" は DKIM セレクターではありません。セレクターは英数字・ハイフン・アンダースコアからなるラベルを、ドットでつないだものです。',
  'dc.ui.heading': 'ドメインの検査: {domain}',
  'dc.ui.link': 'この検査へのリンク',
  'dc.ui.dns': 'DNS 問い合わせ ({n})',
};
