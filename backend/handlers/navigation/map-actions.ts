/**
 * Staff keep the map: `getMap` answers it as stored, `replaceMap` replaces it whole after the
 * checks of backend/domain/navigation/check-map.ts (editors and admins of the hospital).
 */
import { navigation } from '../../../miniprogram/shared/contract/navigation';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { mapProblems } from '../../domain/navigation/check-map';
import { navigationDocId, type NavigationDoc } from '../../domain/navigation/docs';
import type { NavMap } from '../../domain/navigation/map';
import { AppError } from '../framework/app-error';
import { action } from '../framework/define';
import { hospitalOr404 } from '../framework/hospital';
import { hospitalMapOr404 } from './lookups';
import { staff } from '../framework/who';

export const getMap = action(navigation.getMap, {
  who: staff('editor'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, 'editor');
    const { doc } = await hospitalMapOr404(ctx.db, hospitalId);
    return { map: doc.map, payBeforeExam: doc.payBeforeExam, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy };
  },
});

export const replaceMap = action(navigation.replaceMap, {
  who: staff('editor'),
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
