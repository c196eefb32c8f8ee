/**
 * Content security of what patients write (the consultation rules): a local word list,
 * and the reasons for WeChat's labels (security.msgSecCheck / mediaCheckAsync, version 2:
 * `result.label`). A refused message is answered with its reason and never stored. Pure.
 */
import type { ContentVerdict } from '../../ports';

/** WeChat's labels (content security 2.0) in the words a patient is shown. */
const labelReasons: Record<string, string> = {
  '10001': '广告',
  '20001': '时政',
  '20002': '色情',
  '20003': '辱骂',
  '20006': '违法犯罪',
  '20008': '欺诈',
  '20012': '低俗',
  '20013': '版权',
  '21000': '其他违规',
};

export function labelReason(label: string): string {
  return `内容含有${labelReasons[label] ?? '违规'}信息，未能发送，请修改后再试`;
}

/**
 * The local list, by WeChat's labels: abuse, advertising and illegal trade. Medical words (drug
 * names, body parts, self-harm) are not here: a patient must be able to describe them.
 */
const WORDS: Array<[label: string, words: string[]]> = [
  ['20003', ['傻逼', '傻b', '煞笔', '操你妈', '草泥马', '你妈死了', '狗日的', '王八蛋']],
  ['10001', ['加微信返现', '刷单', '兼职日结', '代开发票', '办证刻章', '贷款秒批']],
  ['20006', ['出售枪支', '买卖器官', '代孕', '赌博网站', '六合彩', '卖冰毒']],
];

const squash = (text: string): string => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

export function wordListVerdict(text: string): ContentVerdict {
  const plain = squash(text);
  for (const [label, words] of WORDS) {
    if (words.some((w) => plain.includes(squash(w)))) return { ok: false, label, reason: labelReason(label) };
  }
  return { ok: true };
}

/** WeChat's verdict (`result.suggest`, `result.label`): only `risky` is refused; `review` passes. */
export function wechatVerdict(result: { suggest?: string; label?: number | string } | undefined): ContentVerdict {
  if (!result || result.suggest !== 'risky') return { ok: true };
  const label = String(result.label ?? '21000');
  return { ok: false, label, reason: labelReason(label) };
}
