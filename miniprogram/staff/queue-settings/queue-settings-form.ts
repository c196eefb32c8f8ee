/** The queue settings form of a hospital: every number with the range the server accepts (backend/handlers/queue/settings-actions.ts). */
import type { QueueSettingsView } from '../../shared/dto/queue';
import { wholeOf } from '../common/schedule-rules';

export type QueueField = keyof QueueSettingsView;
export type QueueForm = Record<QueueField, string>;

export const queueRanges: Record<QueueField, readonly [number, number]> = {
  checkInOpensMinutes: [0, 720],
  checkInClosesMinutes: [0, 240],
  skipPlaces: [1, 20],
  locationRadiusMeters: [0, 5000],
};

export const queueFields = Object.keys(queueRanges) as QueueField[];

export function blankQueueForm(): QueueForm {
  return { checkInOpensMinutes: '', checkInClosesMinutes: '', skipPlaces: '', locationRadiusMeters: '' };
}

export function formOfQueueSettings(s: QueueSettingsView): QueueForm {
  const form = blankQueueForm();
  for (const f of queueFields) form[f] = String(s[f]);
  return form;
}

export function validateQueueForm(form: QueueForm): QueueForm {
  const errors = blankQueueForm();
  for (const f of queueFields) {
    const n = wholeOf(form[f], queueRanges[f][0], queueRanges[f][1]);
    if (!n.ok) errors[f] = n.error;
  }
  return errors;
}

/** What saveSettings takes, from a form that passed validateQueueForm. */
export function queueSettingsInput(form: QueueForm): QueueSettingsView {
  const n = (f: QueueField): number => Number(form[f].trim());
  return {
    checkInOpensMinutes: n('checkInOpensMinutes'),
    checkInClosesMinutes: n('checkInClosesMinutes'),
    skipPlaces: n('skipPlaces'),
    locationRadiusMeters: n('locationRadiusMeters'),
  };
}

/** How the rules read: '就诊前60分钟至开始后30分钟可签到；过号后移3位；仅扫码签到'. */
export function queueSummary(s: QueueSettingsView): string {
  const where = s.locationRadiusMeters > 0 ? `扫码或在医院${s.locationRadiusMeters}米内定位签到` : '仅扫码签到';
  return `就诊前${s.checkInOpensMinutes}分钟至开始后${s.checkInClosesMinutes}分钟可签到；过号后移${s.skipPlaces}位（两次后排到最后）；${where}`;
}
