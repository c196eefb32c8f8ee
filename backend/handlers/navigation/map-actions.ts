/**
 * Staff keep the map: `getMap` answers it as stored, `replaceMap` replaces it whole after the
 * checks of backend/domain/navigation/check-map.ts (editors and admins of the hospital).
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { mapProblems } from '../../domain/navigation/check-map';
import { navigationDocId, type NavigationDoc } from '../../domain/navigation/docs';
import type { NavMap } from '../../domain/navigation/map';
import { AppError } from '../framework/app-error';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { hospitalOr404 } from '../content/lookups';
import { hospitalMapOr404 } from './lookups';

const name = () => fields.requiredText(40);
const metres = () => z.number().min(-5000).max(5000);
const ids = () => z.array(fields.id()).max(20).optional();

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
        kind: z.enum([
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
        ]),
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
        kind: z.enum(['corridor', 'stairs', 'lift', 'escalator', 'outdoor']),
        meters: z.number().positive().max(5000),
        oneWay: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(20000),
});

export const getMap = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id() }),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, 'editor');
    const { doc } = await hospitalMapOr404(ctx.db, hospitalId);
    return { map: doc.map, payBeforeExam: doc.payBeforeExam, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy };
  },
});

export const replaceMap = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id(), map: mapSchema, payBeforeExam: z.boolean().optional() }),
  async run({ hospitalId, map: input, payBeforeExam }, ctx) {
    await ctx.requireRole(hospitalId, 'editor');
    await hospitalOr404(ctx.db, hospitalId);
    const map: NavMap = { hospitalId, ...input };
    const problems = mapProblems(map);
    if (problems.length > 0) throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0], 'map');
    const _id = navigationDocId(hospitalId);
    const before = await ctx.db.get<NavigationDoc>('navigation', _id);
    const doc: NavigationDoc = {
      _id,
      hospitalId,
      map,
      payBeforeExam: payBeforeExam ?? (before ? before.payBeforeExam : true),
      updatedAt: ctx.now,
      updatedBy: ctx.user(),
    };
    await ctx.db.transaction((tx) => tx.set('navigation', doc));
    return { hospitalId, points: map.points.length, edges: map.edges.length, updatedAt: doc.updatedAt };
  },
});
