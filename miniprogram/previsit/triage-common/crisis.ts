/**
 * The self-harm screen's facts: when an answer goes there instead of the emergency screen, the
 * national 24-hour psychological assistance line, and the hospital's own line when its phone book
 * has one (a 24-hour entry whose label names 心理).
 */
import type { PhoneBook, PhoneEntryView } from '../../shared/dto/content';
import type { TriageResult } from '../../shared/dto/triage';

/** The red flag of backend/domain/triage/data/red-flags.ts that opens this screen. */
export const SELF_HARM_FLAG = 'suicidal';
/** 全国统一心理援助热线, answered day and night. */
export const NATIONAL_CRISIS_LINE = '12356';

export function isSelfHarm(result: TriageResult): boolean {
  return result.redFlags.some((f) => f.id === SELF_HARM_FLAG);
}

/** Other dangers said alongside (pills taken, bleeding): then 120 comes first. */
export function hasBodilyDanger(result: TriageResult): boolean {
  return result.redFlags.some((f) => f.id !== SELF_HARM_FLAG);
}

export function hospitalCrisisLine(book: PhoneBook): PhoneEntryView | null {
  return book.hospitalPhones.find((p) => p.label.includes('心理') && p.hours.includes('24')) ?? null;
}
