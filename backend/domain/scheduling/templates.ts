/** The rules of a weekly template: one copy with the staff forms, in miniprogram/shared/schedule-rules.ts. */
import type { TemplateDoc } from './docs';

export { SLOT_LENGTHS, templateProblem } from '../../../miniprogram/shared/schedule-rules';

export type TemplateRule = Pick<TemplateDoc, 'session' | 'startTime' | 'endTime' | 'slotMinutes' | 'capacity' | 'onsiteReserve' | 'feeFen' | 'weekday'>;
