/** What the `navigation` cloud function takes and answers (院内导航, function 11; the care path). */

/**
 * A hospital's map as data: buildings, floors, points and the walkable edges between them.
 * Coordinates are metres on the building's own floor plan (x east, y south); each floor of a
 * building shares them, so a lift or a staircase joins points with the same x, y on two floors.
 * The server's rules on it are in backend/domain/navigation/.
 */
export type PointKind =
  | 'entrance'
  | 'department'
  | 'exam_room'
  | 'lab'
  | 'pharmacy'
  | 'cashier'
  | 'kiosk'
  | 'info'
  | 'toilet'
  | 'lift'
  | 'stairs'
  | 'escalator'
  | 'junction';

export type EdgeKind = 'corridor' | 'stairs' | 'lift' | 'escalator' | 'outdoor';

export interface Building {
  id: string;
  name: string;
  /** Where the building's plan sits on the site plan, in metres. */
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface Floor {
  /** `${buildingId}-f${level}`. */
  id: string;
  buildingId: string;
  level: number;
  /** e.g. 1楼, B1. */
  label: string;
}

export interface Point {
  id: string;
  kind: PointKind;
  /** What a patient reads: 门诊楼2楼A区, 收费处, 电梯 … */
  name: string;
  /** null for points outdoors (paths between buildings). */
  floorId: string | null;
  x: number;
  y: number;
  /** Departments whose rooms are here. */
  departmentIds?: string[];
  /** Exam and treatment rooms (resources) here. */
  resourceIds?: string[];
  /** Exam types done here (ct, ultrasound_abdomen, ecg …): where an ordered exam takes the patient. */
  examTypes?: string[];
  /** The hospital's main outpatient entrance: the default start of a route. */
  main?: boolean;
}

export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  meters: number;
  /** Set for an escalator that runs one way only. */
  oneWay?: boolean;
}

export interface NavMap {
  hospitalId: string;
  buildings: Building[];
  floors: Floor[];
  points: Point[];
  edges: Edge[];
}

/** The map as staff edit it (`getMap`). */
export interface MapView {
  map: NavMap;
  /** Whether a patient pays before an exam (the care path puts the cashier first). */
  payBeforeExam: boolean;
  updatedAt: number;
  updatedBy: string;
}

/** What `replaceMap` stored. */
export interface MapSaved {
  hospitalId: string;
  points: number;
  edges: number;
  updatedAt: number;
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
