/** The `navigation` cloud function (backend/handlers/navigation/): routes inside a hospital, its places, the map staff keep. */
import { z } from 'zod';
import type { EdgeKind, MapSaved, MapView, PlacesView, PointKind, RouteView } from '../dto/navigation';
import { act } from './define';
import { fields } from './fields';

const name = () => fields.requiredText(40);
const metres = () => z.number().min(-5000).max(5000);
const ids = () => z.array(fields.id()).max(20).optional();

const POINT_KINDS = [
  'entrance',
  'department',
  'exam_room',
  'lab',
  'pharmacy',
  'cashier',
  'kiosk',
  'info',
  'toilet',
  'lift',
  'stairs',
  'escalator',
  'junction',
] as const satisfies readonly PointKind[];
const EDGE_KINDS = ['corridor', 'stairs', 'lift', 'escalator', 'outdoor'] as const satisfies readonly EdgeKind[];

/** The map as staff send it (the hospital comes from the input); backend/domain/navigation/check-map.ts checks the rest. */
const mapSchema = z.object({
  buildings: z
    .array(
      z.object({ id: fields.id(), name: name(), x: metres(), y: metres(), width: z.number().positive().max(2000), depth: z.number().positive().max(2000) }),
    )
    .min(1)
    .max(50),
  floors: z
    .array(z.object({ id: fields.id(), buildingId: fields.id(), level: z.number().int().min(-5).max(60), label: fields.requiredText(8) }))
    .min(1)
    .max(500),
  points: z
    .array(
      z.object({
        id: fields.id(),
        kind: z.enum(POINT_KINDS),
        name: name(),
        floorId: fields.id().nullable(),
        x: metres(),
        y: metres(),
        departmentIds: ids(),
        resourceIds: ids(),
        examTypes: ids(),
        main: z.boolean().optional(),
      }),
    )
    .min(2)
    .max(5000),
  edges: z
    .array(
      z.object({
        from: fields.id(),
        to: fields.id(),
        kind: z.enum(EDGE_KINDS),
        meters: z.number().positive().max(5000),
        oneWay: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(20000),
});

export const navigation = {
  route: act<RouteView>()(
    z.object({
      hospitalId: fields.id(),
      /** A point id; the hospital's main outpatient entrance when missing. */
      from: fields.id().optional(),
      /** A point id, a department id or an exam room (resource) id. */
      to: fields.id(),
      /** No stairs or escalators. Defaults to `elder`. */
      stepFree: z.boolean().optional(),
      /** Elder mode: a slower walking pace, and step-free unless asked otherwise. */
      elder: z.boolean().optional(),
    }),
  ),
  places: act<PlacesView>()(z.object({ hospitalId: fields.id() })),
  getMap: act<MapView>()(z.object({ hospitalId: fields.id() })),
  replaceMap: act<MapSaved>()(z.object({ hospitalId: fields.id(), map: mapSchema, payBeforeExam: z.boolean().optional() })),
};
