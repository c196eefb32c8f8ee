/**
 * The weekly template form: weekday and session (fixed once the template exists), hours, slot
 * length, places per slot, places kept on site, and the fee in yuan. Checked here by the rules the
 * server applies, so a mistake shows on its field before anything is sent.
 */
import { weekdayLabels } from '../../shared/time';
import type { TemplateInput, TemplateView } from '../../shared/dto/schedule';
import { Session, enumValues, sessionLabels } from '../../shared/enums';
import { defaultSessionHours, sessionBounds, SLOT_LENGTHS, templateProblem } from '../../shared/schedule-rules';
import { feeFenOf, normalizeTime, slotCount, timeFormatProblem, wholeOf, yuanOf } from '../common/schedule-rules';

export const CAPACITY_MAX = 50;

export interface TemplateForm {
  weekday: number;
  session: Session;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacity: string;
  onsiteReserve: string;
  fee: string;
}

export type TemplateField = keyof TemplateForm;
export type TemplateErrors = Record<TemplateField, string>;

export const templateFields: readonly TemplateField[] = ['weekday', 'session', 'startTime', 'endTime', 'slotMinutes', 'capacity', 'onsiteReserve', 'fee'];

export const weekdayChoices = weekdayLabels.slice(1).map((label, i) => ({ value: i + 1, label }));
export const sessionChoices = enumValues(Session).map((value) => ({ value, label: sessionLabels[value] }));
export const slotChoices = SLOT_LENGTHS.map((value) => ({ value, label: `${value}分钟` }));

export function isSession(value: string | undefined): value is Session {
  return (enumValues(Session) as string[]).includes(value ?? '');
}

/** A query value that was URI-encoded, or the value itself when it cannot be decoded. */
export function decodedQuery(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

/** A weekday from a query: 1 (周一) … 7 (周日), else 1. */
export function weekdayOf(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 7 ? n : 1;
}

export function noTemplateErrors(): TemplateErrors {
  return { weekday: '', session: '', startTime: '', endTime: '', slotMinutes: '', capacity: '', onsiteReserve: '', fee: '' };
}

/** A new template: the session's usual hours, half-hour slots, 4 places with 1 kept on site. */
export function newTemplateForm(weekday: number, session: Session): TemplateForm {
  const hours = defaultSessionHours[session];
  return { weekday, session, startTime: hours.start, endTime: hours.end, slotMinutes: 30, capacity: '4', onsiteReserve: '1', fee: '' };
}

export function formOfTemplate(t: TemplateView): TemplateForm {
  return {
    weekday: t.weekday,
    session: t.session,
    startTime: t.startTime,
    endTime: t.endTime,
    slotMinutes: t.slotMinutes,
    capacity: String(t.capacity),
    onsiteReserve: String(t.onsiteReserve),
    fee: yuanOf(t.feeFen),
  };
}

/** The key of a weekday and session: '1-am'. */
export const keyOf = (weekday: number, session: Session): string => `${weekday}-${session}`;

/**
 * The form's problems, each on its field. `taken` holds the keys of the owner's other templates,
 * since saving a new template on one of them would replace it.
 */
export function validateTemplate(form: TemplateForm, taken: readonly string[]): TemplateErrors {
  const errors = noTemplateErrors();
  if (taken.includes(keyOf(form.weekday, form.session))) {
    errors.session = `${weekdayChoices[form.weekday - 1].label}${sessionLabels[form.session]}已有排班，请返回列表修改`;
  }
  errors.startTime = timeFormatProblem(normalizeTime(form.startTime));
  errors.endTime = timeFormatProblem(normalizeTime(form.endTime));
  const capacity = wholeOf(form.capacity, 1, CAPACITY_MAX);
  const reserve = wholeOf(form.onsiteReserve, 0, CAPACITY_MAX);
  const fee = feeFenOf(form.fee);
  if (!capacity.ok) errors.capacity = capacity.error;
  if (!reserve.ok) errors.onsiteReserve = reserve.error;
  if (!fee.ok) errors.fee = fee.error;
  if (errors.startTime || errors.endTime || !capacity.ok || !reserve.ok) return errors;
  const problem = templateProblem({
    session: form.session,
    startTime: normalizeTime(form.startTime),
    endTime: normalizeTime(form.endTime),
    slotMinutes: form.slotMinutes,
    capacity: capacity.value,
    onsiteReserve: reserve.value,
  });
  if (problem) errors[templateFieldOf(problem[0]) || 'startTime'] = problem[1];
  return errors;
}

/** The form field a server error names ('feeFen' is the fee field), or ''. */
export function templateFieldOf(field: string | undefined): TemplateField | '' {
  if (field === 'feeFen') return 'fee';
  const head = (field ?? '').split('.')[0];
  return templateFields.find((f) => f === head) ?? '';
}

/** What saveTemplate takes, from a form that passed validateTemplate. */
export function templateInput(form: TemplateForm, ownerType: 'doctor' | 'resource', ownerId: string): TemplateInput {
  const fee = feeFenOf(form.fee);
  return {
    ownerType,
    ownerId,
    weekday: form.weekday,
    session: form.session,
    startTime: normalizeTime(form.startTime),
    endTime: normalizeTime(form.endTime),
    slotMinutes: form.slotMinutes,
    capacity: Number(form.capacity.trim()),
    onsiteReserve: Number(form.onsiteReserve.trim()),
    feeFen: fee.ok ? fee.value : 0,
  };
}

/** '上午的出诊时间须在07:00至12:30之间'. */
export function boundsHint(session: Session): string {
  const b = sessionBounds[session];
  return `${sessionLabels[session]}的出诊时间须在${b.start}至${b.end}之间`;
}

/** What the hours make, while the form is being filled: '共8个时段，每半天32个号，其中网上可约24个'. */
export function templatePreview(form: TemplateForm): string {
  const start = normalizeTime(form.startTime);
  const end = normalizeTime(form.endTime);
  const capacity = wholeOf(form.capacity, 1, CAPACITY_MAX);
  const reserve = wholeOf(form.onsiteReserve, 0, CAPACITY_MAX);
  if (timeFormatProblem(start) || timeFormatProblem(end) || !capacity.ok || !reserve.ok) return '';
  const n = slotCount(start, end, form.slotMinutes);
  if (n === 0) return '';
  return `共${n}个时段，每半天${n * capacity.value}个号，其中网上可约${n * Math.max(0, capacity.value - reserve.value)}个`;
}
