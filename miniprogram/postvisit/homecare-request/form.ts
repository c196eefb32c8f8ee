/** The request form's choices: the days and time windows offered, who it is for, consciousness. */
import { Consciousness, HomecareGroup, homecareGroupLabels } from '../../shared/enums';
import { shanghaiDate } from '../../shared/time';

const DAY_MS = 86_400_000;

export const groupOptions = Object.values(HomecareGroup).map((value) => ({ value, label: homecareGroupLabels[value] }));
export const consciousnessOptions = [
  { value: Consciousness.clear, label: '清醒' },
  { value: Consciousness.drowsy, label: '嗜睡' },
  { value: Consciousness.unconscious, label: '昏迷或意识不清' },
];
export { visitWindows as windowOptions } from '../../shared/visit-windows';

/** Tomorrow and the 6 days after (the server takes 12 hours to 14 days ahead). */
export function dayOptions(now: number): Array<{ value: string; label: string }> {
  return Array.from({ length: 7 }, (_, i) => {
    const date = shanghaiDate(now + (i + 1) * DAY_MS);
    return { value: date, label: i === 0 ? `明天 ${date}` : date };
  });
}

export interface HomecareFormState {
  patientId: string;
  condition: string;
  addressChosen: boolean;
  needsOrder: boolean;
  doctorOrderPhotoId: string;
}

export function formProblem(f: HomecareFormState): string {
  if (!f.patientId) return '请选择就诊人';
  if (!f.addressChosen) return '请选择上门地址';
  if (!f.condition.trim()) return '请描述病情和护理需求';
  if (f.needsOrder && !f.doctorOrderPhotoId) return '该项目须上传医生开具的医嘱';
  return '';
}
