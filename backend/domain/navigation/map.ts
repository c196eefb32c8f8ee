/**
 * A hospital's map as data: buildings, floors, points and the walkable edges between them.
 * Coordinates are metres on the building's own floor plan (x east, y south); each floor of a
 * building shares them, so a lift or a staircase joins points with the same x, y on two floors.
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

/** Edges a wheelchair, a pram or an elderly patient should not take. */
export const NOT_STEP_FREE: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['stairs', 'escalator']);
