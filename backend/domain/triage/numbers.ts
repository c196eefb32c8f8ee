/**
 * Numbers in complaints: ages (五岁, 8个月大, 出生10天), durations (三天, 半年, 两三周), body
 * temperature (38.5度), blood pressure (血压180/110), heart rate, blood sugar. Chinese numerals
 * are read too: 三十五 = 35, 两 = 2, 半 = 0.5, 几 ≈ 3, 十几 ≈ 15.
 */
import type { DurationClass } from './types';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 几: 3 };

/** Reads 35, 3.5, 三十五, 十五, 二十, 两三 (→ 3), 十几 (→ 15), 半 (→ 0.5); NaN when unreadable. */
export function readNumber(s: string): number {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const shorthand = /^([一二两三四五六七八九])百([一二三四五六七八九])$/.exec(s);
  if (shorthand) return DIGIT[shorthand[1]] * 100 + DIGIT[shorthand[2]] * 10;
  if (s === '半') return 0.5;
  if (/^[一二两三四五六七八九几]{2}$/.test(s)) return Math.max(DIGIT[s[0]], DIGIT[s[1]]);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch in DIGIT) {
      current = DIGIT[ch];
    } else {
      return NaN;
    }
  }
  if (s.endsWith('十几')) return total - 10 + 15;
  return total + current;
}

export interface NumberSpan {
  start: number;
  end: number;
  kind: 'age' | 'duration' | 'temperature' | 'systolic' | 'heart_rate' | 'glucose' | 'gestation';
  value: number;
  duration?: DurationClass;
}

/**
 * A number as written: runs are bounded (no real age, duration or reading needs more than 8 digits
 * or 6 Chinese numerals), so a regular expression never rescans a long run and a hostile text of
 * 20,000 characters is read in linear time.
 */
const NUM = '(\\d{1,8}(?:\\.\\d{1,3})?|[零〇一二两三四五六七八九十百几半]{1,6})';

const patterns: Array<{ re: RegExp; make: (m: RegExpExecArray) => Omit<NumberSpan, 'start' | 'end'> | null }> = [
  {
    re: new RegExp(`(?:孕|怀孕)${NUM}(?:个)?(周|月)`, 'g'),
    make: (m) => ({ kind: 'gestation', value: readNumber(m[1]) }),
  },
  {
    re: new RegExp(`${NUM}(?:周)?岁(半)?(?:多)?`, 'g'),
    make: (m) => ({ kind: 'age', value: readNumber(m[1]) + (m[2] ? 0.5 : 0) }),
  },
  {
    re: new RegExp(`(?:出生|生下来|生了)第?${NUM}(?:多)?(天|个月|周)|${NUM}(?:多)?(天|个月|周)(?:大|的(?:宝宝|婴儿|孩子|新生儿|小孩))`, 'g'),
    make: (m) => {
      const n = readNumber(m[1] ?? m[3]);
      const unit = m[2] ?? m[4];
      return { kind: 'age', value: unit === '天' ? n / 365 : unit === '周' ? (n * 7) / 365 : n / 12 };
    },
  },
  {
    re: new RegExp(`差${NUM}天满月`, 'g'),
    make: (m) => ({ kind: 'age', value: Math.max(0, 30 - readNumber(m[1])) / 365 }),
  },
  {
    re: new RegExp(`(?:宝宝|婴儿|孩子|小孩|女儿|儿子|闺女|娃)(?:才|刚|刚满|只有|今年|现在)?${NUM}(?:个)(半)?(?:多)?月`, 'g'),
    make: (m) => ({ kind: 'age', value: (readNumber(m[1]) + (m[2] ? 0.5 : 0)) / 12 }),
  },
  {
    re: /(?<![\d一二两三四五六七八九十百])([四五六七八九])十多(?:了|岁)?(?![\d斤块公度次天个分元米年里毫斤克])/g,
    make: (m) => ({ kind: 'age', value: readNumber(`${m[1]}十`) + 5 }),
  },
  {
    re: /(?:我|他|她|本人)?今年(\d{2})了?(?![\d天日月周年个岁多度分小点.斤块元])/g,
    make: (m) => ({ kind: 'age', value: Number(m[1]) }),
  },
  {
    re: /(?:女儿|儿子|闺女|孙子|孙女|姑娘|小伙子|小伙)(?:今年|已经|都)?([一二两三四五六七八九]?十[一二三四五六七八九]?|[1-9]\d)(?![\d天日月周年个岁多度分小点.])/g,
    make: (m) => ({ kind: 'age', value: readNumber(m[1]) }),
  },
  {
    re: /(?:体温|发烧|发热|烧到|烧了|高烧|低烧|温度|烧)[^\d一二三四五六七八九十]{0,4}(\d{2}(?:\.\d)?|三十[五六七八九](?:点[一二三四五六七八九])?|四十(?:点[一二三四五])?)(?:度|°c|°|℃)?/g,
    make: (m) => {
      const v = readTemperature(m[1]);
      return v >= 35 && v <= 43 ? { kind: 'temperature', value: v } : null;
    },
  },
  {
    re: /(\d{2}(?:\.\d)?)\s*(?:度|°c|°|℃)/g,
    make: (m) => {
      const v = Number(m[1]);
      return v >= 37 && v <= 43 ? { kind: 'temperature', value: v } : null;
    },
  },
  {
    re: /(?:血压|高压|收缩压)[^\d]{0,6}?(\d{2,3}|[一二两三][百][零一二两三四五六七八九十]*|[一二两三]百多?)(?:\s*[/／]\s*(\d{2,3}))?/g,
    make: (m) => {
      const v = readNumber(m[1].replace('多', ''));
      return v >= 60 && v <= 300 ? { kind: 'systolic', value: v } : null;
    },
  },
  {
    re: /(?:心率|心跳|脉搏|一分钟|每分钟)[^\d，。,.;；]{0,8}?(\d{2,3}|[一二三四五六七八九][百十][一二三四五六七八九十]*)(多)?(?:下|次)?/g,
    make: (m) => {
      const v = readNumber(m[1]) + (m[2] ? 5 : 0);
      return v >= 20 && v <= 300 ? { kind: 'heart_rate', value: v } : null;
    },
  },
  {
    re: /(?:血糖|空腹|餐后)[^\d]{0,6}(\d{1,2}(?:\.\d+)?)/g,
    make: (m) => {
      const v = Number(m[1]);
      return v >= 1 && v <= 40 ? { kind: 'glucose', value: v } : null;
    },
  },
  {
    re: new RegExp(`${NUM}(?:个)?(?:多|来)?(?:个)?(半)?(秒钟|秒|分钟|小时|钟头|天|日|晚|夜|周|星期|礼拜|个月|月|年)(?:多|左右|了|来)?`, 'g'),
    make: (m) => {
      const n = readNumber(m[1]) + (m[2] ? 0.5 : 0);
      if (Number.isNaN(n)) return null;
      const days = toDays(n, m[3]);
      return { kind: 'duration', value: days, duration: classify(days) };
    },
  },
];

function readTemperature(s: string): number {
  if (/^\d/.test(s)) return Number(s);
  const [whole, frac] = s.split('点');
  return readNumber(whole) + (frac ? readNumber(frac) / 10 : 0);
}

function toDays(n: number, unit: string): number {
  switch (unit) {
    case '秒':
    case '秒钟':
      return n / 86_400;
    case '分钟':
      return n / 1440;
    case '小时':
    case '钟头':
      return n / 24;
    case '周':
    case '星期':
    case '礼拜':
      return n * 7;
    case '个月':
    case '月':
      return n * 30;
    case '年':
      return n * 365;
    default:
      return n;
  }
}

/** 今天 … 2 days: acute; to 4 weeks: subacute; a month or more: chronic. Under an hour: sudden. */
export function classify(days: number): DurationClass {
  if (days < 1 / 24) return 'sudden';
  if (days <= 2) return 'acute';
  if (days < 30) return 'subacute';
  return 'chronic';
}

/** Every number span, earlier patterns first; later patterns do not overlap earlier ones. */
export function findNumbers(text: string): NumberSpan[] {
  const taken: NumberSpan[] = [];
  const covered = new Uint8Array(text.length);
  const overlaps = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (covered[i] === 1) return true;
    return false;
  };
  for (const { re, make } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (overlaps(start, end)) continue;
      const made = make(m);
      if (made && !Number.isNaN(made.value)) {
        taken.push({ start, end, ...made });
        covered.fill(1, start, end);
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
