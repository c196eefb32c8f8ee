/** The times a plan offers (Asia/Shanghai wall clock), marked when chosen. */
export const PLAN_TIMES = ['06:30', '07:00', '08:00', '12:00', '18:00', '20:00', '21:00', '22:00'];

export interface TimeChoice {
  time: string;
  on: boolean;
}

export function timeChoices(chosen: readonly string[]): TimeChoice[] {
  return [...new Set([...PLAN_TIMES, ...chosen])].sort().map((time) => ({ time, on: chosen.includes(time) }));
}
