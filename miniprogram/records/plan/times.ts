/** The times a plan offers (Asia/Shanghai wall clock), marked when chosen. */
export const PLAN_TIMES = ['06:30', '07:00', '08:00', '12:00', '18:00', '20:00', '21:00', '22:00'];

export interface TimeChoice {
  time: string;
  on: boolean;
}

export function timeChoices(chosen: readonly string[]): TimeChoice[] {
  return [...new Set([...PLAN_TIMES, ...chosen])].sort().map((time) => ({ time, on: chosen.includes(time) }));
}

/** What the page says of how many times to pick: one per daily dose of the prescription's medicines. */
export function timesHint(p: { dosesPerDay: number; timesPerDay: number }): string {
  return `这张处方每天共服药${p.dosesPerDay}次，最多选${p.timesPerDay}个服药时间`;
}
