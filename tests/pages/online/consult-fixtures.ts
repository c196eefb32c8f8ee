/**
 * Shared steps of the 在线咨询 page tests: the real handlers on a seeded store (the demo doctor 陈立民
 * is online-qualified and charges ¥30; department questions are free), questions of demo-patient,
 * payment in the sandbox, and photos picked through wx.chooseMedia.
 */
import type { ConsultView } from '../../../miniprogram/shared/dto/consult';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { PATIENT, PNG, ZZ } from '../postvisit/feedback-fixtures';
import { wxMock } from '../setup/page';

export const DOCTOR = 'demo-doctor-zz';

export async function question(system: LocalSystem, extra: Record<string, unknown> = {}): Promise<ConsultView> {
  const { consultation } = await system.ok<{ consultation: ConsultView }>('consult', PATIENT, {
    action: 'ask',
    hospitalId: ZZ,
    doctorId: 'doc-zz-001',
    patientId: 'pat-demo-zhang-mother',
    text: '母亲早上血压160/95，需要加药吗？',
    requestId: 'req-page-cs-001',
    ...extra,
  });
  return consultation;
}

export async function paidQuestion(system: LocalSystem): Promise<ConsultView> {
  const c = await question(system);
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: c.orderId });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
  return c;
}

/** Accepted and answered once by 陈立民, suggesting 心血管内科. */
export async function answeredQuestion(system: LocalSystem): Promise<ConsultView> {
  const c = await paidQuestion(system);
  await system.ok('consult', DOCTOR, { action: 'accept', consultationId: c.id });
  await system.ok('consult', DOCTOR, {
    action: 'reply',
    consultationId: c.id,
    text: '血压偏高，先调整服药时间',
    assessment: '晨起血压控制欠佳',
    actNow: '氨氯地平改为睡前服用，早晚测血压',
    warningSigns: '胸痛、剧烈头痛时立即拨打120',
    visit: 'planned',
    visitWhen: '一周内',
    departmentId: 'd-zz-cardio',
    requestId: 'req-page-ans-01',
  });
  return c;
}

/** wx.chooseMedia and the file system answer one PNG. */
export function pickPhotos(): void {
  const chooseMedia = jest.fn((o: { success: (r: { tempFiles: Array<{ tempFilePath: string }> }) => void }) =>
    o.success({ tempFiles: [{ tempFilePath: 'wxfile://tmp/1.png' }] }),
  );
  const readFile = jest.fn((o: { success: (r: { data: string }) => void }) => o.success({ data: PNG }));
  Object.assign(wxMock, { chooseMedia, getFileSystemManager: () => ({ readFile }) });
}
