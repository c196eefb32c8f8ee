/** What the `navigation` cloud function takes and answers (院内导航, function 11; the care path). */

export interface RouteInput {
  hospitalId: string;
  /** A point id; the hospital's main outpatient entrance when missing. */
  from?: string;
  /** A point id, a department id or an exam room (resource) id. */
  to: string;
  /** No stairs or escalators. Defaults to `elder`. */
  stepFree?: boolean;
  /** Elder mode: a slower walking pace, and step-free unless asked otherwise. */
  elder?: boolean;
}

export interface RouteStepView {
  text: string;
  /** 门诊楼1楼, 室外 … */
  floor: string;
  /** Which floor plan shows the step. */
  planId: string;
}

export interface FloorPlanView {
  planId: string;
  label: string;
  /** An SVG drawing as a data: URI, for `<image src>`. */
  image: string;
}

export interface PlaceRef {
  id: string;
  name: string;
}

/** The other choice (step-free or the quickest), always offered. */
export interface RouteAlternative {
  stepFree: boolean;
  seconds: number;
  minutesText: string;
}

export interface RouteView {
  hospitalId: string;
  from: PlaceRef;
  to: PlaceRef;
  meters: number;
  seconds: number;
  /** 约3分钟 · 120米. */
  summary: string;
  steps: RouteStepView[];
  usesStairs: boolean;
  stepFree: boolean;
  plans: FloorPlanView[];
  /** null when no route of the other kind exists. */
  alternative: RouteAlternative | null;
}

export type CareStopKind = 'cashier' | 'blood' | 'ultrasound' | 'ct' | 'mri' | 'endoscopy' | 'exam' | 'pharmacy' | 'visit' | 'revisit';

export interface CareStopView {
  kind: CareStopKind;
  /** 缴费, 采血检验, CT检查 … */
  label: string;
  /** Where: 门诊楼1楼挂号收费处. */
  place: string;
  /** The map point, for 带我去. */
  pointId: string;
  /** Where the patient comes from: the stop before, or where the day starts. */
  fromPointId: string;
  /** Minutes from now until its turn. */
  etaMinutes: number;
  walkMinutes: number;
  waitMinutes: number;
  /** From the stop's live queue: 前面3人，约 16–27 分钟; empty where the wait is a default. */
  queueText: string;
  /** The wait is a guess more than a measure (a default, a desk counted from orders, an exam room, few data): shown as 估算. */
  uncertain: boolean;
  /** 空腹, 先缴费, 出结果后 … */
  notes: string[];
  /** It may be closed by the time the patient gets there. */
  late: boolean;
}

export interface DoneStopView {
  kind: CareStopKind;
  label: string;
  place: string;
}

export interface CarePathView {
  appointmentId: string;
  hospitalId: string;
  patientName: string;
  stops: CareStopView[];
  /** Stops already done today (paid, sampled, examined, seen, dispensed). */
  done: DoneStopView[];
  totalMinutes: number;
  /** 最优 (every order tried) or 近似. */
  exact: boolean;
}

/** A place to go to: a department (its id) or a facility (its point id). */
export interface PlaceItem {
  id: string;
  /** 心血管内科, 挂号收费处 … */
  name: string;
  /** Where: 门诊楼2楼A区. */
  detail: string;
}

export interface PlaceGroup {
  title: string;
  places: PlaceItem[];
}

/** 院内导航's list of destinations: facilities first, then departments by building. */
export interface PlacesView {
  hospitalId: string;
  groups: PlaceGroup[];
}
