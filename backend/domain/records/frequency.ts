/** Dosing frequencies as prescriptions write them (Latin abbreviations), with their Chinese labels and times a day. */
export const FREQUENCY_CODES = ['qd', 'bid', 'tid', 'qid', 'qn', 'q8h', 'q12h', 'qw', 'prn', 'st'] as const;
export type Frequency = (typeof FREQUENCY_CODES)[number];

export const FREQUENCIES: Record<Frequency, { label: string; perDay: number | null }> = {
  qd: { label: '每日1次', perDay: 1 },
  bid: { label: '每日2次', perDay: 2 },
  tid: { label: '每日3次', perDay: 3 },
  qid: { label: '每日4次', perDay: 4 },
  qn: { label: '每晚1次', perDay: 1 },
  q8h: { label: '每8小时1次', perDay: 3 },
  q12h: { label: '每12小时1次', perDay: 2 },
  qw: { label: '每周1次', perDay: 1 / 7 },
  prn: { label: '必要时', perDay: null },
  st: { label: '立即1次', perDay: null },
};

export const ROUTE_CODES = ['po', 'sl', 'inh', 'top', 'eye', 'sc', 'im', 'iv'] as const;
export type Route = (typeof ROUTE_CODES)[number];
export const ROUTES: Record<Route, string> = {
  po: '口服',
  sl: '舌下含服',
  inh: '吸入',
  top: '外用',
  eye: '滴眼',
  sc: '皮下注射',
  im: '肌内注射',
  iv: '静脉滴注',
};

/** Dose units taken a day (e.g. tablets), or null when the frequency has no daily count (as needed, once). */
export function unitsPerDay(unitsPerTake: number, frequency: Frequency): number | null {
  const perDay = FREQUENCIES[frequency].perDay;
  return perDay === null ? null : unitsPerTake * perDay;
}
