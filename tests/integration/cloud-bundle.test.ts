/**
 * The cloud path end to end: each function bundled by esbuild as `npm run build` does, loaded with
 * a stub of wx-server-sdk in place of the real one, called as WeChat calls it (event, context).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collections } from '../../backend/collections';
import { CloudDb } from '../../backend/adapters/cloud/cloud-db';
import { hospitals, departments, doctors, staff } from '../../backend/dev-server/seed/content';
import { patients, templates } from '../../backend/dev-server/seed/schedule';
import { navigationMaps } from '../../backend/dev-server/seed/navigation';
import { publishHospital } from '../../backend/handlers/schedule/publish';
import type { Envelope } from '../../miniprogram/shared/envelope';
import { bundleFunctions } from '../../scripts/build';
import { functions } from '../../backend/functions';
import { createWxServerSdkStub } from '../support/wx-server-sdk-stub';

const stub = createWxServerSdkStub({ collections });
jest.mock('wx-server-sdk', () => stub, { virtual: true });

type Main = (event: unknown, context: { request_id?: string }) => Promise<Envelope<unknown>>;

function dataOf<T>(res: Envelope<unknown>): T {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data as T;
}
let outDir: string;
const load = (name: string): Main => (require(join(outDir, name, 'index.js')) as { main: Main }).main;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'pz-bundles-'));
  const sizes = await bundleFunctions(outDir);
  expect(sizes.map((s) => s.name).sort()).toEqual([...Object.keys(functions), 'payCallback'].sort());
  stub.init({ env: stub.DYNAMIC_CURRENT_ENV });
  const db = new CloudDb(stub.database({ throwOnNotFound: false }));
  for (const h of hospitals) await db.insert('hospitals', h);
  for (const d of departments.filter((x) => x.hospitalId === 'h-zzcentral')) await db.insert('departments', d);
  for (const d of doctors.filter((x) => x.departmentId === 'd-zz-cardio')) await db.insert('doctors', d);
  for (const t of templates.filter((x) => x.ownerId === 'doc-zz-001')) await db.insert('scheduleTemplates', t);
  for (const p of patients) await db.insert('patients', p);
  for (const m of navigationMaps) await db.insert('navigation', m);
  await publishHospital(db, hospitals[0], Date.now(), 'doc-zz-001');
}, 60_000);

describe('bundled cloud functions on a stub of wx-server-sdk', () => {
  it('no bundle holds the emulator or its development endpoints', () => {
    for (const name of [...Object.keys(functions), 'payCallback']) {
      const code = readFileSync(join(outDir, name, 'index.js'), 'utf8');
      for (const marker of ['dev\\/timers', 'dev\\/pay', '/dev/outbox', '/dev/clock', 'x-openid', 'createEmulator'])
        expect({ name, marker, found: code.includes(marker) }).toEqual({ name, marker, found: false });
    }
  });

  it('the invoices bundle leaves pdf-lib and fontkit to invoice-pdf.js beside it, required on first use', () => {
    const main = readFileSync(join(outDir, 'invoices', 'index.js'), 'utf8');
    const renderer = readFileSync(join(outDir, 'invoices', 'invoice-pdf.js'), 'utf8');
    expect(main).toContain('require("./invoice-pdf.js")');
    for (const marker of ['PDFDocument', 'registerFontkit'])
      expect({ marker, inMain: main.includes(marker), inRenderer: renderer.includes(marker) }).toEqual({ marker, inMain: false, inRenderer: true });
  });

  it('the consult bundle leaves the triage engine to consult-red-flags.js, required when a question is asked; the question (default fee: unpaid) is checked by msgSecCheck and marked', async () => {
    const main = readFileSync(join(outDir, 'consult', 'index.js'), 'utf8');
    expect(main).toContain('require("./consult-red-flags.js")');
    const engine = readFileSync(join(outDir, 'consult', 'consult-red-flags.js'), 'utf8');
    expect({ inMain: main.includes('crushing_chest_pain'), inEngine: engine.includes('crushing_chest_pain') }).toEqual({ inMain: false, inEngine: true });
    const db = new CloudDb(stub.database({ throwOnNotFound: false }));
    const doctor = staff.find((s) => s.openid === 'demo-doctor-zz');
    if (doctor && !(await db.get('staff', doctor._id))) await db.insert('staff', doctor);
    stub.setOpenid('demo-patient');
    const res = await load('consult')(
      {
        action: 'ask',
        hospitalId: 'h-zzcentral',
        departmentId: 'd-zz-cardio',
        patientId: 'pat-demo-zhang',
        text: '胸口疼，出了一身冷汗',
        requestId: 'req-bundle-cs1',
      },
      {},
    );
    expect(dataOf<{ consultation: { redFlag: boolean; status: string } }>(res).consultation).toMatchObject({ redFlag: true, status: 'unpaid' });
    expect(stub.securityCalls).toEqual(expect.arrayContaining([{ version: 2, openid: 'demo-patient', scene: 2, content: '胸口疼，出了一身冷汗' }]));
  });

  it('content answers the contract', async () => {
    stub.setOpenid('demo-patient');
    const res = await load('content')({ action: 'listHospitals', userInfo: { appId: 'wx', openId: 'demo-patient' } }, { request_id: 'r1' });
    expect(res).toMatchObject({ ok: true, data: { hospitals: [expect.objectContaining({ id: 'h-zzcentral', level: 'grade3a' }), expect.anything()] } });
    const bad = await load('content')({ action: 'getHospital', hospitalId: 'x'.repeat(10_000) }, {});
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'hospitalId' } });
  });

  it('navigation answers a route with steps and floor plans', async () => {
    stub.setOpenid('demo-patient');
    const res = await load('navigation')({ action: 'route', hospitalId: 'h-zzcentral', to: 'd-zz-cardio', stepFree: true }, {});
    expect(res).toMatchObject({
      ok: true,
      data: { usesStairs: false, steps: [expect.objectContaining({ floor: '门诊楼1楼' }), expect.anything()], plans: expect.any(Array) },
    });
  });

  it('booking takes a place for the caller from the WeChat context, and its timer runs', async () => {
    stub.setOpenid('demo-patient');
    const schedule = await load('booking')({ action: 'doctorSchedule', doctorId: 'doc-zz-001' }, {});
    const days = dataOf<{ schedule: { days: Array<{ date: string; sessions: Array<{ status: string }> }> } }>(schedule).schedule.days;
    const day = days.find((d) => d.sessions.some((s) => s.status === 'open'));
    expect(day).toBeDefined();
    const slots = await load('booking')({ action: 'listSlots', doctorId: 'doc-zz-001', date: day!.date }, {});
    const slot = dataOf<{ slots: Array<{ id: string; status: string }> }>(slots).slots.find((s) => s.status === 'open')!;
    const booked = await load('booking')({ action: 'book', slotId: slot.id, patientId: 'pat-demo-zhang', requestId: 'req-cloud-0001' }, {});
    expect(booked).toMatchObject({ ok: true, data: { status: 'pending_payment' } });
    stub.setOpenid('demo-patient-2');
    const other = await load('booking')({ action: 'get', appointmentId: dataOf<{ id: string }>(booked).id }, {});
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    stub.setOpenid(undefined);
    expect(await load('booking')({ Type: 'Timer', TriggerName: 'holdsAndNoShows', Time: new Date().toISOString() }, {})).toMatchObject({ ok: true });
    expect(await load('booking')({ action: 'mine' }, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a timer event sent by a signed-in user: only the trigger runs timers', async () => {
    const timer = { Type: 'Timer', TriggerName: 'nightlyPublish', Time: new Date().toISOString() };
    stub.setOpenid('demo-patient');
    for (const name of ['schedule', 'booking', 'orders', 'reminders', 'feedback', 'recordCopies', 'homecare']) {
      expect(await load(name)(timer, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    stub.setOpenid(undefined);
    expect(await load('schedule')(timer, {})).toMatchObject({ ok: true });
  });

  it('feedback receives a complaint with its deadline, and its escalation timer runs', async () => {
    stub.setOpenid('demo-patient');
    const res = await load('feedback')(
      { action: 'complain', hospitalId: 'h-zzcentral', category: 'suggestion', text: '建议增加停车位', requestId: 'req-cloud-fb-01' },
      {},
    );
    expect(res).toMatchObject({ ok: true, data: { complaint: { status: 'received', limitDays: 5, dueAt: expect.any(Number) } } });
    stub.setOpenid(undefined);
    expect(await load('feedback')({ Type: 'Timer', TriggerName: 'escalateComplaints', Time: new Date().toISOString() }, {})).toMatchObject({
      ok: true,
      data: { escalated: 0 },
    });
  });

  it('recordCopies answers its fees and its timer runs', async () => {
    stub.setOpenid('demo-patient');
    expect(await load('recordCopies')({ action: 'fees', hospitalId: 'h-zzcentral' }, {})).toMatchObject({
      ok: true,
      data: { fees: { perPageFen: 50, postageFen: 1200 } },
    });
    stub.setOpenid(undefined);
    expect(await load('recordCopies')({ Type: 'Timer', TriggerName: 'copiesPaidRefundsPurge', Time: new Date().toISOString() }, {})).toMatchObject({
      ok: true,
      data: { proofsPurged: 0 },
    });
  });

  it('homecare answers its catalogue and its timer runs', async () => {
    stub.setOpenid('demo-patient');
    const res = await load('homecare')({ action: 'catalog', hospitalId: 'h-zzcentral' }, {});
    expect(res).toMatchObject({ ok: true, data: { services: expect.arrayContaining([expect.objectContaining({ code: 'picc', needsOrder: true })]) } });
    stub.setOpenid(undefined);
    expect(await load('homecare')({ Type: 'Timer', TriggerName: 'homecarePaidAndRefunds', Time: new Date().toISOString() }, {})).toMatchObject({
      ok: true,
      data: { paid: 0 },
    });
  });

  it('selftest passes on the stub for a call without a user, refuses other users and timer events', async () => {
    stub.setOpenid(undefined);
    const report = await load('selftest')({ action: 'run' }, {});
    expect(report).toMatchObject({ ok: true, data: { verdict: 'pass' } });
    expect(dataOf<{ checks: Array<{ name: string }> }>(report).checks.map((c) => c.name)).toContain('booking race: 24 concurrent takes of 6 places');
    expect(await load('selftest')({ Type: 'Timer', TriggerName: 'x', Time: new Date().toISOString() }, {})).toMatchObject({ ok: false });
    stub.setOpenid('demo-patient');
    expect(await load('selftest')({ action: 'run' }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await load('selftest')({ Type: 'Timer', TriggerName: 'x', Time: new Date().toISOString() }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('pays through cloudPay: the notice reaches payCallback, which believes WeChat Pay only', async () => {
    stub.setOpenid('demo-patient');
    const slots = dataOf<{ slots: Array<{ id: string; status: string; date: string }> }>(
      await load('booking')(
        {
          action: 'listSlots',
          doctorId: 'doc-zz-001',
          date: dataOf<{ schedule: { days: Array<{ date: string; sessions: Array<{ status: string }> }> } }>(
            await load('booking')({ action: 'doctorSchedule', doctorId: 'doc-zz-001' }, {}),
          ).schedule.days.filter((d) => d.sessions.some((s) => s.status === 'open'))[1].date,
        },
        {},
      ),
    ).slots.filter((s) => s.status === 'open');
    const booked = dataOf<{ id: string }>(
      await load('booking')({ action: 'book', slotId: slots[0].id, patientId: 'pat-demo-zhang-mother', requestId: 'req-cloud-0002' }, {}),
    );
    const order = dataOf<{ order: { id: string } }>(await load('orders')({ action: 'payAppointment', appointmentId: booked.id }, {})).order;
    const payment = dataOf<{ payment: { outTradeNo: string; sandbox: boolean; params: Record<string, string> } }>(
      await load('orders')({ action: 'pay', orderId: order.id }, {}),
    ).payment;
    expect(payment.sandbox).toBe(false);
    expect(payment.params.package).toMatch(/^prepay_id=/);
    const notice = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: payment.outTradeNo, transactionId: '4200001', totalFee: 3500 };
    const callback = require(join(outDir, 'payCallback', 'index.js')) as { main: (e: unknown) => Promise<{ errcode: number }> };
    expect(await callback.main(notice)).toMatchObject({ errcode: 403 });
    stub.setOpenid(undefined);
    expect(await callback.main(notice)).toMatchObject({ errcode: 0 });
    stub.setOpenid('demo-patient');
    expect(dataOf<{ order: { status: string } }>(await load('orders')({ action: 'get', orderId: order.id }, {})).order.status).toBe('unpaid');
    stub.cloudPay.payTrade(payment.outTradeNo);
    stub.setOpenid(undefined);
    expect(await callback.main(notice)).toMatchObject({ errcode: 0 });
    stub.setOpenid('demo-patient');
    expect(dataOf<{ order: { status: string } }>(await load('orders')({ action: 'get', orderId: order.id }, {})).order.status).toBe('paid');
  });
});
