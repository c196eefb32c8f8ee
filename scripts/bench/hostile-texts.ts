/**
 * Hostile texts of the longest length the `triage` function accepts (backend/handlers/triage.ts,
 * MAX_TEXT): each shape once stressed a different part of the engine (numbers, the phrase trie,
 * negation, part + sensation pairing, modifiers). Shared by tests/unit/triage-linear.test.ts and
 * `npm run bench`.
 */
import { assess } from '../../backend/domain/triage/assess';
import { TRIAGE_MAX_TEXT as MAX_TEXT } from '../../miniprogram/shared/contract/triage';
import { hospitalDepartments } from './triage';

const fill = (unit: string, length = MAX_TEXT): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const hostileTexts: Array<{ name: string; text: string }> = [
  { name: 'repeated units 三十三十…', text: fill('三十') },
  { name: 'numerals 一二一二…', text: fill('一二') },
  { name: 'numerals with units 八百三天…', text: fill('八百三天') },
  { name: 'digits', text: fill('1234567890') },
  { name: 'digits and dots', text: fill('3.14.') },
  { name: 'one character', text: fill('疼') },
  { name: 'numbers, ages, temperatures', text: fill('3天5岁38度血压180心率130') },
  { name: 'body parts without a pause', text: fill('头肚子手脚') },
  { name: 'part + sensation chain', text: `头${fill('疼痒胀麻', MAX_TEXT - 1)}` },
  { name: 'negations and symptoms', text: fill('没有头疼不发烧也不咳') },
  { name: 'severity and sudden words', text: fill('突然疼得厉害剧烈') },
  { name: 'red-flag phrases', text: fill('吐血胸痛大汗想死') },
  { name: 'mixed scripts and emoji', text: fill('头疼3天abc🤒，Fever مرحبا 😀') },
  { name: 'punctuation and spaces', text: fill('， 。！\n') },
  { name: 'lab report lines', text: fill('ALT 156 U/L ↑ 9-50\n') },
];

export interface HostileTiming {
  name: string;
  /** The first assessment of this shape. */
  firstMs: number;
  /** The median of `runs` assessments (the first included). */
  ms: number;
}

/** Each shape assessed `runs` times after one short warm-up complaint (as a running function would be). */
export function timeHostileTexts(runs = 3): HostileTiming[] {
  const departments = hospitalDepartments();
  assess({ text: '头疼三天，有点发烧' }, departments);
  return hostileTexts.map(({ name, text }) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      assess({ text }, departments);
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { name, firstMs: times[0], ms: sorted[Math.floor(runs / 2)] };
  });
}
