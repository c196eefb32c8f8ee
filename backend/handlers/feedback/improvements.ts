/** 你说我改: the changes the hospital made after feedback, written by service staff, public. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import type { ImprovementDoc } from '../../domain/feedback/docs';
import { hashId } from '../../ids';
import { DuplicateKeyError } from '../../ports';
import { hospitalOr404 } from '../framework/hospital';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { checkUserTexts } from '../framework/text-check';
import { staffName } from './access';
import { improvementView } from './views';
import { anyone, staff } from '../framework/who';

export const changes = action(feedback.changes, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    const list = await ctx.db.find<ImprovementDoc>('improvements', { where: { hospitalId }, orderBy: [['publishedAt', 'desc']], limit: 50 });
    return { changes: list.map(improvementView) };
  },
});

export const addChange = action(feedback.addChange, {
  who: staff('service'),
  async run({ hospitalId, title, text, departmentName, requestId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.service);
    await hospitalOr404(ctx.db, hospitalId);
    await checkUserTexts(ctx, { title, text, departmentName });
    const doc: ImprovementDoc = {
      _id: hashId('imp', ctx.user(), requestId),
      hospitalId,
      title,
      text,
      departmentName: departmentName ?? '',
      by: ctx.user(),
      byName: await staffName(ctx, hospitalId),
      publishedAt: ctx.now,
    };
    try {
      await ctx.db.insert('improvements', doc);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
      const first = await ctx.db.get<ImprovementDoc>('improvements', doc._id);
      if (first) return { change: improvementView(first) };
      throw e;
    }
    return { change: improvementView(doc) };
  },
});
