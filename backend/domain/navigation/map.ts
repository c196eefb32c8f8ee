/** A hospital's map: its types are the client's too (staff edit the map), in miniprogram/shared/dto/navigation.ts. */
import type { EdgeKind } from '../../../miniprogram/shared/dto/navigation';

export type { Building, Edge, EdgeKind, Floor, NavMap, Point, PointKind } from '../../../miniprogram/shared/dto/navigation';

/** Edges a wheelchair, a pram or an elderly patient should not take. */
export const NOT_STEP_FREE: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['stairs', 'escalator']);
