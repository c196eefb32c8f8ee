/** What the 朗读 button reads on the records pages, in the order the page shows it. */
import type { DrugMonographView, PlanAnswer } from '../../shared/dto/records';

/** A sentence ending in 。 (or the mark it already has). */
function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[。！？；]$/.test(t) ? t : `${t}。`;
}

function section(title: string, body: string | string[]): string {
  const text = Array.isArray(body) ? body.map((b) => b.trim().replace(/[。；]$/, '')).join('；') : body;
  return text.trim() === '' ? '' : `${title}：${sentence(text)}`;
}

/** The monograph: what it is for, how to take it, what to avoid, side effects, when to see a doctor at once, special groups, and that it is information, not advice. */
export function monographSpeech(drug: DrugMonographView): string {
  return [
    sentence(drug.name),
    section('用来治什么', drug.uses),
    section('怎么吃、什么时候吃', drug.howToTake),
    section('注意避免', drug.avoid),
    section('常见不良反应', drug.sideEffects),
    section('出现以下情况请立即就医', drug.seeDoctorAtOnce),
    section('储存', drug.storage),
    section('孕期', drug.pregnancy),
    section('哺乳期', drug.breastfeeding),
    section('儿童', drug.children),
    section('老年人', drug.elderly),
    sentence(drug.disclaimer),
  ].join('');
}

/** The medication plan: the medicines with dose and frequency, the times chosen, and the summary for the doctor. */
export function planSpeech(answer: PlanAnswer): string {
  const plan = answer.plan;
  return [section('用药计划', answer.drugs), plan ? section('每天服药时间', plan.times.join('、')) : '', plan ? section('服药小结', plan.summary) : ''].join(
    '',
  );
}
