/**
 * The world the authorization matrix runs in: the seeded store, the identities, and resources
 * made by patient A through the real actions (so IDOR is tried on real ids).
 */
import type { Envelope } from '../../../miniprogram/shared/envelope';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { firstOpenSlot, requestIdOf } from '../../support/booking-fixtures';
import { applied } from '../../pages/postvisit/record-fixtures';
import { slotToday } from '../../support/care-day';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { startLocalSystem, type LocalSystem } from '../../support/local-system';

export const ZZ = 'h-zzcentral';
export const XY = 'h-xinyang-county';
export const PLATFORM = 'acc-platform-admin';
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]).toString('base64');
export const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };

/** A valid home-nursing request of 张建国 (dressing a wound) on `date`. */
export const homecareRequest = (date: string, photoIds: string[], requestId: string) => ({
  hospitalId: ZZ,
  patientId: 'pat-demo-zhang',
  group: 'elderly',
  serviceCode: 'dressing',
  address: ADDRESS,
  date,
  startTime: '09:00',
  endTime: '11:00',
  condition: '右小腿术后伤口，需换药',
  photoIds,
  risk: { drugAllergy: false, infectious: false, consciousness: 'clear', aggression: false },
  requestId,
});

/** Each identity of the matrix, by the name its expectation rows use. */
export const identities = {
  anonymous: null,
  /** A caller without an openid that says it is a timer: the same as anonymous to every action. */
  system: null,
  patientA: 'demo-patient',
  patientB: 'demo-patient-2',
  'Z:admin': 'demo-admin-zz',
  'Z:scheduler': 'demo-scheduler-zz',
  'Z:nurse': 'demo-nurse-zz',
  'Z:doctor': 'demo-doctor-zz',
  'Z:pharmacist': 'acc-pharmacist-zz',
  'Z:billing': 'demo-billing-zz',
  'Z:records': 'demo-records-zz',
  'Z:editor': 'demo-editor-zz',
  'Z:service': 'demo-service-zz',
  'Z:homecare': 'demo-homecare-zz',
  /** A second doctor of hospital Z: 郭文涛 of 呼吸内科 (`doc-zz-008`), online-qualified; none of the world's resources is his. */
  'Z:doctor2': 'acc-doctor-resp-zz',
  'Y:admin': 'acc-admin-xy',
  platformAdmin: PLATFORM,
} as const satisfies Record<string, string | null>;

export type Identity = keyof typeof identities;
export const IDENTITIES = Object.keys(identities) as Identity[];
export const ZZ_ROLES = Object.values(StaffRole).map((r) => `Z:${r}` as const);

/** Patient B's identifiers (ID numbers: their first 17 characters, which any full number contains): no answer to anyone else may contain them (response-scanner.ts). */
export const B_SECRETS = {
  openid: 'demo-patient-2',
  names: ['李明', '李小雨'],
  idNumbers: ['41152119880722401', '41152120190412602'],
  phones: ['13903760002'],
};

export interface World {
  sys: LocalSystem;
  /** A fresh requestId each call. */
  rid(): string;
  a: {
    patientId: string;
    /** 张建国's visit today with 陈立民, paid and completed (visit orders made). */
    visitId: string;
    /** Its registration order, paid. */
    orderId: string;
    /** A visit on 2026-11-28 with 陈立民, paid (active). */
    upcomingId: string;
    /** 王秀兰's visit today with 陈立民, paid and checked in by the nurse: in the queue. */
    queuedId: string;
    invoiceId: string;
    complaintId: string;
    feedbackPhotoId: string;
    proofId: string;
    applicationId: string;
    homecareId: string;
    homecarePhotoId: string;
    reportId: string;
    prescriptionId: string;
    planId: string;
    examOrderId: string;
    /** 张建国's follow-up in 心血管内科 with a photo, paid and accepted by 陈立民. */
    followupId: string;
    followupPhotoId: string;
    /** Its prescription: approved by the pharmacist, paid, to be posted (fee paid), packed by the pharmacy. */
    onlineRxId: string;
    /** 王秀兰's question to 陈立民, paid, accepted and answered by him. */
    consultId: string;
  };
  /** Open 陈立民 slot on 2026-11-30 (for booking rows). */
  openSlotId: string;
  examSlotId: string;
  /** A session of another doctor of hospital Z in the window, without bookings, to stop. */
  stopSession: { ownerId: string; date: string; session: string };
  /** 陈立民's slot today, for a walk-in. */
  todaySlotId: string;
  /** The check-in code of 心血管内科. */
  areaCode: string;
  /** A published article and a draft of hospital Z. */
  articleId: string;
  draftId: string;
  columnId: string;
  /** 王秀兰's report with the critical potassium, waiting for its handover. */
  criticalReportId: string;
}

async function paidVisit(sys: LocalSystem, date: string, n: string, patientId = 'pat-demo-zhang'): Promise<{ id: string; orderId: string }> {
  const slot = await firstOpenSlot(sys, 'doc-zz-001', date);
  const { id } = await sys.ok<{ id: string }>('booking', 'demo-patient', { action: 'book', slotId: slot.id, patientId, requestId: requestIdOf(n) });
  const { order } = await sys.ok<{ order: { id: string } }>('orders', 'demo-patient', { action: 'payAppointment', appointmentId: id });
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId: order.id });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
  return { id, orderId: order.id };
}

async function payOrder(sys: LocalSystem, orderId: string): Promise<void> {
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
}

/** A follow-up through review, pay and a chosen delivery, and a paid consultation (as tests/integration/followup.test.ts and consult.test.ts reach them). */
async function onlineResources(sys: LocalSystem, rid: () => string) {
  const A = 'demo-patient';
  const doctor = 'demo-doctor-zz';
  const { photoId: followupPhotoId } = await sys.ok<{ photoId: string }>('followup', A, { action: 'attach', hospitalId: ZZ, image: PNG, requestId: rid() });
  const { followup } = await sys.ok<{ followup: { id: string; orderId: string | null } }>('followup', A, {
    action: 'start',
    patientId: 'pat-demo-zhang',
    departmentId: 'd-zz-cardio',
    changes: '血压近两周在130/85左右，药快吃完了',
    photoIds: [followupPhotoId],
    requestId: rid(),
  });
  await payOrder(sys, followup.orderId ?? '');
  await sys.ok('followup', doctor, { action: 'accept', followupId: followup.id });
  const { prescription } = await sys.ok<{ prescription: { id: string } }>('followup', doctor, {
    action: 'prescribe',
    followupId: followup.id,
    type: 'long_term',
    items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }],
    requestId: rid(),
  });
  await sys.ok('followup', identities['Z:pharmacist'], { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
  await payOrder(sys, `rx-${prescription.id}`);
  await sys.ok('delivery', A, { action: 'choose', prescriptionId: prescription.id, mode: 'delivery', address: ADDRESS });
  await payOrder(sys, `dlfee-${prescription.id}`);
  await sys.ok('delivery', identities['Z:pharmacist'], { action: 'pack', prescriptionId: prescription.id });
  const { consultation } = await sys.ok<{ consultation: { id: string; orderId: string | null } }>('consult', A, {
    action: 'ask',
    hospitalId: ZZ,
    doctorId: 'doc-zz-001',
    patientId: 'pat-demo-zhang-mother',
    text: '我母亲血压最近早上160/95，吃着氨氯地平，需要加药吗？',
    requestId: rid(),
  });
  if (consultation.orderId) await payOrder(sys, consultation.orderId);
  await sys.ok('consult', doctor, { action: 'accept', consultationId: consultation.id });
  await sys.ok('consult', doctor, {
    action: 'reply',
    consultationId: consultation.id,
    text: '血压偏高，可以先调整用药时间',
    visit: 'planned',
    visitWhen: '一周内',
    requestId: rid(),
  });
  return { followupId: followup.id, followupPhotoId, onlineRxId: prescription.id, consultId: consultation.id };
}

/** Sees every answer of the system: (function, caller, event, answer). */
export type Observer = (fn: string, openid: string | null, event: Record<string, unknown>, answer: unknown) => void;

/** The system, with every answer shown to `observe`. */
function observed(sys: LocalSystem, observe: Observer): LocalSystem {
  const call = async <T>(fn: string, openid: string | null, event: Record<string, unknown>): Promise<Envelope<T>> => {
    const res = await sys.call<T>(fn, openid, event);
    observe(fn, openid, event, res);
    return res;
  };
  return {
    ...sys,
    call,
    async ok(fn, openid, event) {
      const res = await call(fn, openid, event);
      if (!res.ok) throw new Error(`${fn}.${String(event.action)} failed: ${res.error.code} ${res.error.message}`);
      return res.data as never;
    },
  };
}

export async function buildWorld(observe?: Observer): Promise<World> {
  const plain = await startLocalSystem({ adminOpenids: [PLATFORM], rateLimits: null, history: true });
  const sys = observe ? observed(plain, observe) : plain;
  let seq = 0;
  const rid = () => requestIdOf(`acc${++seq}`);
  const A = 'demo-patient';
  await sys.ok('staff', PLATFORM, { action: 'grant', hospitalId: ZZ, openid: identities['Z:pharmacist'], name: '药师周明', role: 'pharmacist' });
  await sys.ok('staff', PLATFORM, { action: 'grant', hospitalId: XY, openid: identities['Y:admin'], name: '管理员孙伟', role: 'admin' });
  await sys.ok('staff', PLATFORM, {
    action: 'grant',
    hospitalId: ZZ,
    openid: identities['Z:doctor2'],
    name: '郭文涛',
    role: 'doctor',
    doctorId: 'doc-zz-008',
    practiceSinceYear: 2000,
  });

  const visit = await paidVisit(sys, shanghaiDate(sys.ports.clock.now()), 'acc-visit');
  await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: visit.id, diagnosis: '原发性高血压' });
  const upcoming = await paidVisit(sys, '2026-11-28', 'acc-upcoming');
  const queued = await paidVisit(sys, shanghaiDate(sys.ports.clock.now()), 'acc-queued', 'pat-demo-zhang-mother');
  await sys.ok('queue', 'demo-nurse-zz', { action: 'checkInFor', appointmentId: queued.id, requestId: rid() });
  const [other] = await sys.ports.db.find<{ _id: string; ownerId: string; date: string; session: string }>('slots', {
    where: { hospitalId: ZZ, ownerType: 'doctor', date: '2026-12-01', booked: 0, ownerId: { neq: 'doc-zz-001' } },
    limit: 1,
  });
  const { invoice } = await sys.ok<{ invoice: { id: string } }>('invoices', A, {
    action: 'request',
    orderId: visit.orderId,
    titleType: 'personal',
    titleName: '张建国',
    requestId: rid(),
  });
  const { photoId: feedbackPhotoId } = await sys.ok<{ photoId: string }>('feedback', A, { action: 'attach', hospitalId: ZZ, image: PNG, requestId: rid() });
  const { complaint } = await sys.ok<{ complaint: { id: string } }>('feedback', A, {
    action: 'complain',
    hospitalId: ZZ,
    category: 'service',
    text: '候诊时间太长，希望改进',
    appointmentId: visit.id,
    photoIds: [feedbackPhotoId],
    requestId: rid(),
  });
  const application = await applied(sys, visit.id);
  const proofId = application.proofs[0].proofId;
  const { photoId: homecarePhotoId } = await sys.ok<{ photoId: string }>('homecare', A, { action: 'attach', hospitalId: ZZ, image: PNG, requestId: rid() });
  const { request } = await sys.ok<{ request: { id: string } }>('homecare', A, {
    action: 'request',
    ...homecareRequest('2026-11-27', [homecarePhotoId], rid()),
  });
  const { reports } = await sys.ok<{ reports: Array<{ id: string }> }>('records', A, { action: 'reports', patientId: 'pat-demo-zhang' });
  const { prescriptions } = await sys.ok<{ prescriptions: Array<{ id: string }> }>('records', A, { action: 'prescriptions', patientId: 'pat-demo-zhang' });
  let planned: { prescriptionId: string; planId: string } | null = null;
  for (const rx of prescriptions) {
    const res = await sys.call<{ plan: { id: string } }>('records', A, {
      action: 'savePlan',
      prescriptionId: rx.id,
      times: ['08:00', '20:00'],
      remind: false,
      requestId: rid(),
    });
    if (res.ok) planned = { prescriptionId: rx.id, planId: res.data.plan.id };
    if (planned) break;
  }
  if (!planned) throw new Error('no dispensed prescription to plan');
  const openSlotId = (await firstOpenSlot(sys, 'doc-zz-001', '2026-11-30')).id;
  const { slots } = await sys.ok<{ slots: Array<{ id: string; status: string }> }>('booking', A, {
    action: 'listResourceSlots',
    resourceId: 'res-zz-us-abd',
    date: '2026-11-26',
  });
  const todaySlotId = (await slotToday(sys, { ownerId: 'doc-zz-001' }))._id;
  const { code: areaCode } = await sys.ok<{ code: string }>('queue', 'demo-nurse-zz', { action: 'areaCode', departmentId: 'd-zz-cardio' });
  const { columns } = await sys.ok<{ columns: Array<{ id: string }> }>('content', null, { action: 'listColumns', hospitalId: ZZ });
  const { items } = await sys.ok<{ items: Array<{ id: string }> }>('content', null, { action: 'listArticles', hospitalId: ZZ });
  const { article } = await sys.ok<{ article: { id: string } }>('content', 'demo-editor-zz', {
    action: 'createArticle',
    hospitalId: ZZ,
    requestId: rid(),
    columnId: columns[0].id,
    title: '冬季护心',
    summary: '摘要',
    body: '正文',
    images: [],
    videoUrl: '',
    departmentIds: [],
    author: '心内科',
  });
  const { tasks } = await sys.ok<{ tasks: Array<{ reportId: string }> }>('records', 'demo-nurse-zz', { action: 'criticalList', hospitalId: ZZ });
  const online = await onlineResources(sys, rid);
  return {
    sys,
    rid,
    todaySlotId,
    stopSession: { ownerId: other.ownerId, date: other.date, session: other.session },
    areaCode,
    articleId: items[0].id,
    draftId: article.id,
    columnId: columns[0].id,
    criticalReportId: tasks[0]?.reportId ?? 'rep-none',
    a: {
      patientId: 'pat-demo-zhang',
      visitId: visit.id,
      orderId: visit.orderId,
      upcomingId: upcoming.id,
      queuedId: queued.id,
      invoiceId: invoice.id,
      complaintId: complaint.id,
      feedbackPhotoId,
      proofId,
      applicationId: application.id,
      homecareId: request.id,
      homecarePhotoId,
      reportId: reports[0].id,
      ...planned,
      examOrderId: 'exo-demo-us',
      ...online,
    },
    openSlotId,
    examSlotId: slots.find((s) => s.status === 'open')?.id ?? 'slot-none',
  };
}
