/**
 * The booking rules form of a hospital. Every number has the range the server accepts; the
 * release time may not fall between 22:00 and 06:00 (the server's own message is shown).
 */
import type { BookingSettingsView } from '../../shared/dto/schedule';
import { releaseTimeProblem } from '../../shared/schedule-rules';
import { normalizeTime, timeFormatProblem, wholeOf } from '../common/schedule-rules';

export type SettingsField = keyof BookingSettingsView;
export type NumberField = Exclude<SettingsField, 'releaseTime'>;
export type SettingsForm = Record<SettingsField, string>;
export type SettingsErrors = Record<SettingsField, string>;

/** [min, max] of each number, as the server validates it. */
export const settingsRanges: Record<NumberField, readonly [number, number]> = {
  windowDays: [1, 14],
  cancelDeadlineMinutes: [0, 2880],
  holdMinutes: [5, 60],
  dailyCap: [1, 10],
  noShowCount: [1, 10],
  noShowWithinDays: [7, 365],
  noShowRestrictDays: [1, 365],
};

export const numberFields: readonly NumberField[] = [
  'windowDays',
  'cancelDeadlineMinutes',
  'holdMinutes',
  'dailyCap',
  'noShowCount',
  'noShowWithinDays',
  'noShowRestrictDays',
];
export const settingsFields: readonly SettingsField[] = ['releaseTime', ...numberFields];

function blank(): SettingsForm {
  return {
    windowDays: '',
    releaseTime: '',
    cancelDeadlineMinutes: '',
    holdMinutes: '',
    dailyCap: '',
    noShowCount: '',
    noShowWithinDays: '',
    noShowRestrictDays: '',
  };
}

export const emptySettingsForm = blank;
export const noSettingsErrors = blank;

export function formOfSettings(s: BookingSettingsView): SettingsForm {
  const form = blank();
  for (const f of numberFields) form[f] = String(s[f]);
  form.releaseTime = s.releaseTime;
  return form;
}

export function validateSettings(form: SettingsForm): SettingsErrors {
  const errors = blank();
  for (const f of numberFields) {
    const [min, max] = settingsRanges[f];
    const n = wholeOf(form[f], min, max);
    if (!n.ok) errors[f] = n.error;
  }
  const time = normalizeTime(form.releaseTime);
  errors.releaseTime = timeFormatProblem(time) || releaseTimeProblem(time);
  return errors;
}

/** What saveSettings takes, from a form that passed validateSettings. */
export function settingsInput(form: SettingsForm): BookingSettingsView {
  const n = (f: NumberField): number => Number(form[f].trim());
  return {
    windowDays: n('windowDays'),
    releaseTime: normalizeTime(form.releaseTime),
    cancelDeadlineMinutes: n('cancelDeadlineMinutes'),
    holdMinutes: n('holdMinutes'),
    dailyCap: n('dailyCap'),
    noShowCount: n('noShowCount'),
    noShowWithinDays: n('noShowWithinDays'),
    noShowRestrictDays: n('noShowRestrictDays'),
  };
}

/** How the rules read to a patient: '提前7天预约，每天08:00放号；就诊前120分钟可取消'. */
export function settingsSummary(s: BookingSettingsView): string {
  return `提前${s.windowDays}天预约，每天${s.releaseTime}放号；就诊前${s.cancelDeadlineMinutes}分钟可取消；未支付保留${s.holdMinutes}分钟；每人每天最多${s.dailyCap}个预约；${s.noShowWithinDays}天内爽约${s.noShowCount}次，${s.noShowRestrictDays}天内不能预约`;
}

/** The settings field a server error names, or ''. */
export function settingsFieldOf(field: string | undefined): SettingsField | '' {
  return settingsFields.find((f) => f === field) ?? '';
}
