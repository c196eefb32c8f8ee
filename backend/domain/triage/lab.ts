/**
 * A pasted laboratory report: recognized by its units, reference ranges and ↑/↓ marks. Only the
 * lines marked abnormal (or whose value is outside the printed range) count, and their items say
 * which clinic should read the report.
 *
 * Example: "谷丙转氨酶(ALT)  86  U/L  ↑  9-50" → 肝功能异常 → 消化内科 / 感染科.
 */
import { labItems } from './data/lab-items';
import type { Mention } from './analyze';

const UNIT =
  /(mmol\/l|μmol\/l|umol\/l|g\/l|mg\/l|mg\/dl|u\/l|iu\/l|miu\/l|ng\/ml|pg\/ml|iu\/ml|μg\/l|ug\/l|pmol\/l|nmol\/l|10\^9\/l|10\^12\/l|×10|x10\^|fl\b|%)/gi;
const HEADER = /参考范围|参考区间|参考值|检验结果|检验项目|检测项目|结果\s*单位|报告单|检验报告|化验单/;
const MARK = /[↑↓]|偏高|偏低|升高|降低|阳性|\(\+\)|（\+）|异常|高于|低于|(^|\s)[HL](\s|$)/;
const RANGE = /(\d+(?:\.\d+)?)\s*[-~–—]\s*(\d+(?:\.\d+)?)/;
const UPPER = /[<≤]\s*(\d+(?:\.\d+)?)/;

export function looksLikeLabReport(raw: string): boolean {
  const text = raw.normalize('NFKC');
  const units = text.match(UNIT)?.length ?? 0;
  const marks = (text.match(/[↑↓]/g) ?? []).length;
  const digits = (text.match(/\d+(\.\d+)?/g) ?? []).length;
  return units >= 3 || marks >= 2 || (HEADER.test(text) && digits >= 6);
}

function outOfRange(line: string): boolean {
  const range = RANGE.exec(line);
  if (range) {
    const rest = line.replace(range[0], ' ');
    const value = /(\d+(?:\.\d+)?)/.exec(rest.replace(/[a-z]+\d+/gi, ' '));
    if (!value) return false;
    const v = Number(value[1]);
    return v < Number(range[1]) || v > Number(range[2]);
  }
  const upper = UPPER.exec(line);
  if (upper) {
    const rest = line.replace(upper[0], ' ');
    const value = /(\d+(?:\.\d+)?)/.exec(rest.replace(/[a-z]+\d+/gi, ' '));
    return value !== null && Number(value[1]) > Number(upper[1]);
  }
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const itemPatterns = labItems.map((entry) => ({
  entry,
  re: new RegExp(
    entry.phrases
      .slice()
      .sort((a, b) => b.length - a.length)
      .map((p) => (/^[a-z0-9β\-]+$/.test(p) ? `(?<![a-z0-9])${escapeRegExp(p)}(?![a-z])` : escapeRegExp(p)))
      .join('|'),
  ),
}));

export interface LabReading {
  findings: Mention[];
  /** The report's lines without numbers: notes the patient typed around it. */
  freeText: string;
}

export function readLabReport(raw: string): LabReading {
  const lines = raw.normalize('NFKC').split(/\r?\n/);
  const findings: Mention[] = [];
  const notes: string[] = [];
  for (const line of lines) {
    if (!/\d/.test(line)) {
      notes.push(line);
      continue;
    }
    if (!MARK.test(line) && !outOfRange(line)) continue;
    const lower = line.toLowerCase();
    for (const { entry, re } of itemPatterns) {
      const m = re.exec(lower);
      if (!m || findings.some((f) => f.id === entry.id)) continue;
      findings.push({
        id: entry.id,
        start: -1,
        end: -1,
        surface: `检验：${m[0].toUpperCase()}异常`,
        negated: false,
        severity: 0,
        sudden: false,
        source: 'lab',
      });
    }
  }
  return { findings, freeText: notes.join('\n') };
}
