/**
 * The patient's side of 在线咨询: what a doctor or department offers (fee, deadline), pictures, the
 * question (for oneself or a family member, red flags marked), the list, the thread, two follow-up
 * questions, ending the thread, and withdrawing before a doctor accepts (refunded).
 */
import { consult } from '../../../miniprogram/shared/contract/consult';
import type { ConsultOfferView } from '../../../miniprogram/shared/dto/consult';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiYear } from '../../../miniprogram/shared/time';
import type { DepartmentDoc, DoctorDoc } from '../../domain/content/docs';
import { answerDeadline, consultFeeFen, followUpRefusal, settingsOf } from '../../domain/online/consult';
import type { ConsultDoc, ConsultMessageDoc, ConsultPhotoDoc, ConsultSettingsDoc } from '../../domain/online/consult-docs';
import { ageInYears } from '../../domain/triage/age';
import { hashId } from '../../ids';
import { DuplicateKeyError, type Db } from '../../ports';
import { findAll } from '../framework/find-all';
import { hospitalOr404 } from '../framework/hospital';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { storePhoto } from '../framework/photo-upload';
import { ownPatient } from '../patients';
import { availability, moveConsult, ownConsult } from './access';
import { SCENE, checkText, ownPhotos } from './content';
import { consultOrderId, endUnanswered, ensureConsultOrder, syncPaid } from './money';
import { redFlagEngine } from './red-flags-lazy';
import { threadView } from './thread';
import { consultView } from './views';
import { anyone, owner, signedIn } from '../framework/who';

const PHOTOS = { collection: 'consultPhotos', folder: 'consult', prefix: 'cph' };

export async function settingsFor(db: Db, hospitalId: string): Promise<ConsultSettingsDoc> {
  return settingsOf(hospitalId, await db.get<ConsultSettingsDoc>('consultSettings', hospitalId));
}

interface Target {
  doctor: DoctorDoc | null;
  department: DepartmentDoc;
}

async function targetOf(db: Db, hospitalId: string, doctorId: string | undefined, departmentId: string | undefined): Promise<Target> {
  if (doctorId) {
    const doctor = await db.get<DoctorDoc>('doctors', doctorId);
    if (!doctor || doctor.hospitalId !== hospitalId) throw notFound('医生');
    const department = await db.get<DepartmentDoc>('departments', doctor.departmentId);
    if (!department) throw notFound('科室');
    return { doctor, department };
  }
  const department = departmentId ? await db.get<DepartmentDoc>('departments', departmentId) : null;
  if (!department || department.hospitalId !== hospitalId) throw notFound('科室');
  return { doctor: null, department };
}

export const offer = action(consult.offer, {
  who: anyone(),
  offer: { key: 'consultation' },
  async run({ hospitalId, doctorId, departmentId }, ctx): Promise<{ offer: ConsultOfferView }> {
    await hospitalOr404(ctx.db, hospitalId);
    const t = await targetOf(ctx.db, hospitalId, doctorId, departmentId);
    const settings = await settingsFor(ctx.db, hospitalId);
    const refusal = await availability(ctx.db, hospitalId, t.doctor ? t.doctor._id : null, t.department._id, shanghaiYear(ctx.now));
    const fen = consultFeeFen(settings, t.doctor ? t.doctor._id : null);
    return {
      offer: {
        hospitalId,
        target: t.doctor ? 'doctor' : 'department',
        doctorId: t.doctor ? t.doctor._id : '',
        doctorName: t.doctor ? t.doctor.name : '',
        departmentId: t.department._id,
        departmentName: t.department.name,
        available: refusal === null,
        refusal: refusal ?? '',
        feeFen: fen,
        feeText: fen === 0 ? '免费' : feeText(fen),
        answerHours: settings.answerHours,
      },
    };
  },
});

/** A picture (base64 JPEG/PNG ≤ 1 MB): stored privately, then checked; refused at once → deleted and refused with the reason. */
export const attach = action(consult.attach, {
  who: signedIn(),
  offer: { key: 'consultation' },
  async run({ hospitalId, image, requestId }, ctx) {
    await hospitalOr404(ctx.db, hospitalId);
    const photoId = await storePhoto(ctx, PHOTOS, hospitalId, image, requestId);
    const p = await ctx.db.get<ConsultPhotoDoc>('consultPhotos', photoId);
    if (!p) throw notFound('图片');
    if (p.check === 'pass' || (p.check === 'pending' && p.traceId)) return { photoId };
    const link = await ctx.ports.files.link(p.filePath);
    const started = await ctx.ports.contentCheck.media({ openid: ctx.user(), scene: SCENE, url: link.url });
    if (started.verdict && !started.verdict.ok) {
      await ctx.ports.files.remove(p.filePath);
      await ctx.db.remove('consultPhotos', { _id: photoId });
      throw new AppError(ErrorCode.VALIDATION_FAILED, started.verdict.reason, 'image');
    }
    await ctx.db.update('consultPhotos', { _id: photoId }, { set: { check: started.verdict ? 'pass' : 'pending', traceId: started.traceId, reason: '' } });
    return { photoId };
  },
});

async function redFlagsFor(ctx: Ctx, hospitalId: string, text: string, patient: { birthDate: string; sex: 'male' | 'female' | '' }) {
  const departments = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
  return redFlagEngine().consultRedFlags(
    text,
    { age: ageInYears(patient.birthDate, ctx.now), sex: patient.sex },
    departments.map((d) => ({ id: d._id, name: d.name, category: d.category, location: d.location, phone: d.phone })),
  );
}

export const ask = action(consult.ask, {
  who: owner(),
  offer: { key: 'consultation' },
  async run(input, ctx) {
    const openid = ctx.user();
    const _id = hashId('cs', openid, input.requestId);
    const first = await ctx.db.get<ConsultDoc>('consults', _id);
    if (first) return { consultation: consultView(first, ctx.now) };
    const hospital = await hospitalOr404(ctx.db, input.hospitalId);
    const patient = await ownPatient(ctx, input.patientId);
    const t = await targetOf(ctx.db, hospital._id, input.doctorId, input.departmentId);
    const refusal = await availability(ctx.db, hospital._id, t.doctor ? t.doctor._id : null, t.department._id, shanghaiYear(ctx.now));
    if (refusal) throw new AppError(ErrorCode.STATE_CONFLICT, refusal);
    const photoIds = await ownPhotos(ctx, hospital._id, input.images ?? []);
    await checkText(ctx, input.text);
    const flags = await redFlagsFor(ctx, hospital._id, input.text, patient);
    const settings = await settingsFor(ctx.db, hospital._id);
    const feeFen = consultFeeFen(settings, t.doctor ? t.doctor._id : null);
    const doc: ConsultDoc = {
      _id,
      hospitalId: hospital._id,
      hospitalName: hospital.name,
      openid,
      patientId: patient._id,
      patientName: patient.name,
      relation: patient.relation,
      target: t.doctor ? 'doctor' : 'department',
      doctorId: t.doctor ? t.doctor._id : '',
      doctorName: t.doctor ? t.doctor.name : '',
      departmentId: t.department._id,
      departmentName: t.department.name,
      status: feeFen > 0 ? 'unpaid' : 'waiting',
      feeFen,
      orderId: feeFen > 0 ? consultOrderId(_id) : null,
      answerHours: settings.answerHours,
      waitingSince: feeFen > 0 ? null : ctx.now,
      answerBy: feeFen > 0 ? null : answerDeadline(ctx.now, settings),
      acceptedBy: '',
      acceptedByName: '',
      acceptedAt: null,
      lastAnswerAt: null,
      closesAt: null,
      followUps: 0,
      redFlag: flags.redFlag,
      redFlagLabels: flags.labels,
      summary: input.text.slice(0, 40),
      reason: '',
      refund: 'none',
      steps: [{ status: feeFen > 0 ? 'unpaid' : 'waiting', by: openid, byName: '提问人', at: ctx.now, note: '' }],
      requestId: input.requestId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const question: ConsultMessageDoc = {
      _id: hashId('cm', _id, 'question'),
      consultId: _id,
      kind: 'question',
      by: openid,
      byName: patient.name,
      at: ctx.now,
      text: input.text,
      photoIds,
      answer: null,
    };
    if (feeFen > 0) await ensureConsultOrder(ctx.ports, doc, ctx.now);
    try {
      await ctx.db.transaction(async (tx) => {
        await tx.insert('consults', doc);
        await tx.insert('consultMessages', question);
      });
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    return { consultation: consultView((await ctx.db.get<ConsultDoc>('consults', _id)) ?? doc, ctx.now) };
  },
});

export const mine = action(consult.mine, {
  who: signedIn(),
  async run(_input, ctx) {
    const list = await ctx.db.find<ConsultDoc>('consults', { where: { openid: ctx.user() }, orderBy: [['createdAt', 'desc']], limit: 50 });
    const synced = await Promise.all(list.map((c) => syncPaid(ctx.ports, c, ctx.now)));
    return { consultations: synced.map((c) => consultView(c, ctx.now)) };
  },
});

export const followUp = action(consult.followUp, {
  who: owner(),
  async run({ consultationId, text, images, requestId }, ctx) {
    const c = await ownConsult(ctx, consultationId);
    const messageId = hashId('cm', c._id, ctx.user(), requestId);
    if (!(await ctx.db.get<ConsultMessageDoc>('consultMessages', messageId))) {
      const refusal = followUpRefusal(c, ctx.now);
      if (refusal) throw new AppError(ErrorCode.STATE_CONFLICT, refusal);
      const photoIds = await ownPhotos(ctx, c.hospitalId, images ?? []);
      await checkText(ctx, text);
      const patient = await ownPatient(ctx, c.patientId);
      const flags = await redFlagsFor(ctx, c.hospitalId, text, patient);
      await ctx.db.transaction(async (tx) => {
        const now = await tx.get<ConsultDoc>('consults', c._id);
        if (!now) throw notFound('咨询');
        const late = followUpRefusal(now, ctx.now);
        if (late) throw new AppError(ErrorCode.STATE_CONFLICT, late);
        await tx.insert<ConsultMessageDoc>('consultMessages', {
          _id: messageId,
          consultId: c._id,
          kind: 'followup',
          by: ctx.user(),
          byName: patient.name,
          at: ctx.now,
          text,
          photoIds,
          answer: null,
        });
        const labels = [...new Set([...now.redFlagLabels, ...flags.labels])];
        await tx.updateById('consults', c._id, {
          set: { redFlag: now.redFlag || flags.redFlag, redFlagLabels: labels, updatedAt: ctx.now },
          inc: { followUps: 1 },
        });
      });
    }
    return threadView(ctx, (await ctx.db.get<ConsultDoc>('consults', c._id)) ?? c, false);
  },
});

export const end = action(consult.end, {
  who: owner(),
  async run({ consultationId }, ctx) {
    const c = await ownConsult(ctx, consultationId);
    const ended = await moveConsult(
      ctx.ports,
      c,
      'end',
      { by: ctx.user(), byName: '提问人', now: ctx.now, note: '患者结束咨询' },
      { reason: '患者已结束咨询' },
      (x) => x.status === 'closed',
    );
    return { consultation: consultView(ended, ctx.now) };
  },
});

export const withdraw = action(consult.withdraw, {
  who: owner(),
  async run({ consultationId }, ctx) {
    const c = await syncPaid(ctx.ports, await ownConsult(ctx, consultationId), ctx.now);
    const ended = await endUnanswered(ctx.ports, c, 'withdraw', { by: ctx.user(), byName: '提问人', now: ctx.now }, '患者已撤回');
    return { consultation: consultView(ended, ctx.now) };
  },
});
