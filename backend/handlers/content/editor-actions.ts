/** What content editors do: write, publish and unpublish articles; edit hospital and department introductions. */
import { ArticleStatus, StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { publish, publishProblem, unpublish } from '../../domain/content/articles';
import type { ArticleDoc, DepartmentDoc, HospitalDoc } from '../../domain/content/docs';
import { newId } from '../../ids';
import type { Db, Where } from '../../ports';
import { DuplicateKeyError } from '../../ports';
import { AppError } from '../framework/app-error';
import { audit } from '../framework/audit';
import type { Ctx } from '../framework/context';
import { content } from '../../../miniprogram/shared/contract/content';
import { action } from '../framework/define';
import { articleOr404, columnName, departmentOr404 } from './lookups';
import { findAll } from '../framework/find-all';
import { hospitalOr404 } from '../framework/hospital';
import { articleDraft, articleSummary } from './views';
import { staff } from '../framework/who';

async function checkReferences(db: Db, h: HospitalDoc, columnId: string, departmentIds: string[]): Promise<void> {
  if (!h.columns.some((c) => c.id === columnId)) throw new AppError(ErrorCode.VALIDATION_FAILED, '栏目不存在', 'columnId');
  if (departmentIds.length === 0) return;
  const found = await db.count('departments', { hospitalId: h._id, _id: { in: departmentIds } });
  if (found !== new Set(departmentIds).size) throw new AppError(ErrorCode.VALIDATION_FAILED, '关联科室不存在', 'departmentIds');
}

/** Loads an article and checks the caller edits content in its hospital. */
async function editableArticle(ctx: Ctx, articleId: string): Promise<ArticleDoc> {
  const a = await articleOr404(ctx.db, articleId);
  await ctx.requireRole(a.hospitalId, StaffRole.editor);
  return a;
}

export const listAllArticles = action(content.listAllArticles, {
  who: staff('editor'),
  async run({ hospitalId, status, page, pageSize }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.editor);
    const h = await hospitalOr404(ctx.db, hospitalId);
    const where: Where = status ? { hospitalId, status } : { hospitalId };
    const [docs, total] = await Promise.all([
      ctx.db.find<ArticleDoc>('articles', {
        where,
        orderBy: [
          ['updatedAt', 'desc'],
          ['_id', 'asc'],
        ],
        limit: pageSize,
        skip: (page - 1) * pageSize,
      }),
      ctx.db.count('articles', where),
    ]);
    return { items: docs.map((a) => articleSummary(a, columnName(h, a.columnId))), total, page, pageSize, hasMore: page * pageSize < total };
  },
});

export const getArticleDraft = action(content.getArticleDraft, {
  who: staff('editor'),
  async run({ articleId }, ctx) {
    return { article: articleDraft(await editableArticle(ctx, articleId)) };
  },
});

export const createArticle = action(content.createArticle, {
  who: staff('editor'),
  async run({ hospitalId, requestId, ...input }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.editor);
    const openid = ctx.user();
    const previous = await ctx.db.find<ArticleDoc>('articles', { where: { createdBy: openid, requestId }, limit: 1 });
    if (previous[0]) return { article: articleDraft(previous[0]) };
    const h = await hospitalOr404(ctx.db, hospitalId);
    await checkReferences(ctx.db, h, input.columnId, input.departmentIds);
    const doc: ArticleDoc = {
      _id: newId('art'),
      hospitalId,
      ...input,
      status: ArticleStatus.draft,
      publishedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      requestId,
      createdBy: openid,
    };
    try {
      await ctx.db.transaction(async (tx) => {
        await tx.insert('articles', doc);
        await audit(tx, ctx, hospitalId, 'createArticle', doc._id);
      });
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
      const first = await ctx.db.find<ArticleDoc>('articles', { where: { createdBy: openid, requestId }, limit: 1 });
      if (!first[0]) throw e;
      return { article: articleDraft(first[0]) };
    }
    return { article: articleDraft(doc) };
  },
});

export const updateArticle = action(content.updateArticle, {
  who: staff('editor'),
  async run({ articleId, ...input }, ctx) {
    const a = await editableArticle(ctx, articleId);
    const h = await hospitalOr404(ctx.db, a.hospitalId);
    await checkReferences(ctx.db, h, input.columnId, input.departmentIds);
    if (a.status === ArticleStatus.published) {
      const problem = publishProblem(input);
      if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem);
    }
    const next: ArticleDoc = { ...a, ...input, updatedAt: ctx.now };
    await ctx.db.transaction(async (tx) => {
      await tx.set('articles', next);
      await audit(tx, ctx, a.hospitalId, 'updateArticle', a._id);
    });
    return { article: articleDraft(next) };
  },
});

export const publishArticle = action(content.publishArticle, {
  who: staff('editor'),
  async run({ articleId }, ctx) {
    const a = await editableArticle(ctx, articleId);
    const problem = publishProblem(a);
    if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem);
    if (a.status === ArticleStatus.published) return { article: articleDraft(a) };
    const change = publish(a, ctx.now);
    await ctx.db.transaction(async (tx) => {
      const current = await tx.get<ArticleDoc>('articles', a._id);
      if (current?.status !== ArticleStatus.draft) return;
      await tx.updateById('articles', a._id, { set: { ...change } });
      await audit(tx, ctx, a.hospitalId, 'publishArticle', a._id);
    });
    return { article: articleDraft(await articleOr404(ctx.db, a._id)) };
  },
});

export const unpublishArticle = action(content.unpublishArticle, {
  who: staff('editor'),
  async run({ articleId }, ctx) {
    const a = await editableArticle(ctx, articleId);
    if (a.status === ArticleStatus.draft) return { article: articleDraft(a) };
    const change = unpublish(a, ctx.now);
    await ctx.db.transaction(async (tx) => {
      const current = await tx.get<ArticleDoc>('articles', a._id);
      if (current?.status !== ArticleStatus.published) return;
      await tx.updateById('articles', a._id, { set: { ...change } });
      await audit(tx, ctx, a.hospitalId, 'unpublishArticle', a._id);
    });
    return { article: articleDraft(await articleOr404(ctx.db, a._id)) };
  },
});

export const listAllDepartmentsForEdit = action(content.listAllDepartmentsForEdit, {
  who: staff('editor'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.editor);
    const docs = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
    return { departments: docs.map((d) => ({ id: d._id, name: d.name, intro: d.intro, location: d.location, phone: d.phone, conditions: d.conditions })) };
  },
});

export const updateHospitalIntro = action(content.updateHospitalIntro, {
  who: staff('editor'),
  async run({ hospitalId, intro, specialties, photos }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.editor);
    await hospitalOr404(ctx.db, hospitalId);
    await ctx.db.transaction(async (tx) => {
      await tx.updateById('hospitals', hospitalId, { set: { intro, specialties, photos, updatedAt: ctx.now } });
      await audit(tx, ctx, hospitalId, 'updateHospitalIntro', hospitalId);
    });
    return { hospitalId };
  },
});

export const updateDepartmentIntro = action(content.updateDepartmentIntro, {
  who: staff('editor'),
  async run({ departmentId, ...change }, ctx) {
    const d = await departmentOr404(ctx.db, departmentId);
    await ctx.requireRole(d.hospitalId, StaffRole.editor);
    await ctx.db.transaction(async (tx) => {
      await tx.updateById('departments', departmentId, { set: { ...change, updatedAt: ctx.now } });
      await audit(tx, ctx, d.hospitalId, 'updateDepartmentIntro', departmentId);
    });
    return { departmentId };
  },
});
