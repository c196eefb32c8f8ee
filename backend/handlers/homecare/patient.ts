/**
 * The patient's side of 医护到家: the catalogue, photos, the request with its risk screen (a
 * refusal is recorded with its reason), following it, cancelling (free before the nurse leaves,
 * the travel fee kept after, none after arrival); the finished visit is rated through
 * feedback.rateService (backend/handlers/feedback/service-ratings.ts).
 */
import { homecare } from '../../../miniprogram/shared/contract/homecare';
import { HomecareStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import { catalogOf, type CatalogEntry } from '../../domain/homecare/catalog';
import type { HomecareRequestDoc, HomecareServiceDoc } from '../../domain/homecare/docs';
import { cancelRefundFen } from '../../domain/homecare/requests';
import { riskRefusal } from '../../domain/homecare/risk';
import type { PhotoDoc } from '../../domain/photos';
import { hashId } from '../../ids';
import { DuplicateKeyError, type Db } from '../../ports';
import { hospitalOr404 } from '../framework/hospital';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { attachPhotoAction } from '../framework/photo-upload';
import { checkUserTexts } from '../framework/text-check';
import { ownPatient } from '../patients';
import { move, requestFor } from './access';
import { settleCancelled, syncPaid } from './money';
import { catalogItemView, homecareView } from './views';
import { anyone, either, owner, signedIn, staff } from '../framework/who';

const PHOTOS = { collection: 'homecarePhotos', folder: 'homecare', prefix: 'hph' };
const DAY_MS = 86_400_000;

export async function hospitalCatalog(db: Db, hospitalId: string): Promise<CatalogEntry[]> {
  const own = await db.find<HomecareServiceDoc>('homecareServices', { where: { hospitalId }, limit: 100 });
  return catalogOf(own);
}

export const catalog = action(homecare.catalog, {
  who: anyone(),
  offer: { key: 'homecare' },
  async run({ hospitalId }, ctx) {
    await hospitalOr404(ctx.db, hospitalId);
    return { services: (await hospitalCatalog(ctx.db, hospitalId)).filter((e) => e.active).map(catalogItemView) };
  },
});

export const attach = attachPhotoAction(homecare.attach, PHOTOS, 'homecare');

export const photoLink = action(homecare.photoLink, {
  who: either(owner(), staff('homecare')),
  async run({ homecareId, photoId }, ctx) {
    const r = await requestFor(ctx, homecareId, 'owner', 'coordinator', 'nurse');
    const p = await ctx.db.get<PhotoDoc>('homecarePhotos', photoId);
    if (!p || (!r.photoIds.includes(photoId) && r.doctorOrderPhotoId !== photoId)) throw notFound('图片');
    return ctx.ports.files.link(p.filePath);
  },
});

async function ownPhotos(ctx: Ctx, hospitalId: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const p = await ctx.db.get<PhotoDoc>('homecarePhotos', id);
    if (!p || p.openid !== ctx.user() || p.hospitalId !== hospitalId) throw new AppError(ErrorCode.NOT_FOUND, '图片不存在，请重新上传', 'photoIds');
  }
}

/** The visit window as instants: tomorrow at the earliest, within 14 days, 1–4 hours, 07:00–20:00. */
export function windowOf(date: string, start: string, end: string, now: number): { windowStart: number; windowEnd: number } {
  const windowStart = shanghaiInstant(date, start);
  const windowEnd = shanghaiInstant(date, end);
  if (start < '07:00' || end > '20:00') throw new AppError(ErrorCode.VALIDATION_FAILED, '上门时间为每天07:00–20:00', 'startTime');
  if (windowEnd - windowStart < 3_600_000 || windowEnd - windowStart > 4 * 3_600_000)
    throw new AppError(ErrorCode.VALIDATION_FAILED, '时间段应为1–4小时', 'endTime');
  if (windowStart < now + 12 * 3_600_000 || windowStart > now + 14 * DAY_MS)
    throw new AppError(ErrorCode.VALIDATION_FAILED, '请预约12小时后、14天内的时间', 'date');
  return { windowStart, windowEnd };
}

export const request = action(homecare.request, {
  who: owner(),
  offer: { key: 'homecare' },
  async run(input, ctx) {
    const openid = ctx.user();
    const _id = hashId('hc', openid, input.requestId);
    const first = await ctx.db.get<HomecareRequestDoc>('homecareRequests', _id);
    if (first) return { request: homecareView(first, ctx.user()) };
    const hospital = await hospitalOr404(ctx.db, input.hospitalId);
    await checkUserTexts(ctx, { condition: input.condition });
    const patient = await ownPatient(ctx, input.patientId);
    const service = (await hospitalCatalog(ctx.db, hospital._id)).find((e) => e.code === input.serviceCode && e.active);
    if (!service) throw new AppError(ErrorCode.VALIDATION_FAILED, '本院没有该上门服务项目', 'serviceCode');
    if (service.needsOrder && !input.doctorOrderPhotoId)
      throw new AppError(ErrorCode.VALIDATION_FAILED, `${service.name}须上传医生开具的医嘱`, 'doctorOrderPhotoId');
    const photoIds = [...new Set(input.photoIds ?? [])];
    await ownPhotos(ctx, hospital._id, input.doctorOrderPhotoId ? [...photoIds, input.doctorOrderPhotoId] : photoIds);
    const window = windowOf(input.date, input.startTime, input.endTime, ctx.now);
    const refusal = riskRefusal(input.risk, service.code);
    const status = refusal ? HomecareStatus.declined : HomecareStatus.requested;
    const doc: HomecareRequestDoc = {
      _id,
      hospitalId: hospital._id,
      hospitalName: hospital.name,
      openid,
      patientId: patient._id,
      patientName: patient.name,
      group: input.group,
      serviceCode: service.code,
      serviceName: service.name,
      serviceFen: service.serviceFen,
      travelFen: service.travelFen,
      doctorOrderPhotoId: input.doctorOrderPhotoId ?? null,
      photoIds,
      address: input.address,
      homeLocation: input.location ?? null,
      ...window,
      condition: input.condition,
      risk: input.risk,
      status,
      reason: refusal ?? '',
      assessment: '',
      nurseOpenid: null,
      nurseName: '',
      orderId: null,
      refund: 'none',
      refundFen: 0,
      serviceNote: '',
      startLocation: null,
      startDistanceM: null,
      vitals: null,
      steps: [
        { status: HomecareStatus.requested, by: openid, byName: '申请人', at: ctx.now, note: '' },
        ...(refusal ? [{ status: HomecareStatus.declined, by: 'system', byName: '风险筛查', at: ctx.now, note: refusal }] : []),
      ],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    try {
      await ctx.db.insert('homecareRequests', doc);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    return { request: homecareView((await ctx.db.get<HomecareRequestDoc>('homecareRequests', _id)) ?? doc, ctx.user()) };
  },
});

export const mine = action(homecare.mine, {
  who: signedIn(),
  async run(_input, ctx) {
    const list = await ctx.db.find<HomecareRequestDoc>('homecareRequests', { where: { openid: ctx.user() }, orderBy: [['createdAt', 'desc']], limit: 50 });
    return { requests: (await Promise.all(list.map((r) => syncPaid(ctx.ports, r, ctx.now)))).map((x) => homecareView(x, ctx.user())) };
  },
});

export const get = action(homecare.get, {
  who: either(owner(), staff('homecare')),
  async run({ homecareId }, ctx) {
    const r = await requestFor(ctx, homecareId, 'owner', 'coordinator', 'nurse');
    return { request: homecareView(await syncPaid(ctx.ports, r, ctx.now), ctx.user()) };
  },
});

export const cancel = action(homecare.cancel, {
  who: owner(),
  async run({ homecareId }, ctx) {
    const r = await syncPaid(ctx.ports, await requestFor(ctx, homecareId, 'owner'), ctx.now);
    const refundFen = r.status === HomecareStatus.accepted ? r.serviceFen + r.travelFen : cancelRefundFen(r.status, r);
    const cancelled = await move(
      ctx,
      r,
      'cancel',
      '申请人',
      '',
      { refund: r.orderId ? 'owed' : 'none', refundFen },
      (x) => x.status === HomecareStatus.cancelled,
    );
    await settleCancelled(ctx.ports, cancelled, ctx.now);
    return { request: homecareView((await ctx.db.get<HomecareRequestDoc>('homecareRequests', r._id)) ?? cancelled, ctx.user()) };
  },
});
