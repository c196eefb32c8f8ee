/**
 * A requestId names one request: the same key with the same parameters answers as before, the same
 * key with other parameters is refused on `requestId` (backend/handlers/framework/request-keys.ts),
 * and a refused or crashed call leaves the key usable for an honest retry.
 */
import { ErrorCode } from '../../miniprogram/shared/errors';
import { AppError } from '../../backend/handlers/framework/app-error';
import { action, defineFunction } from '../../backend/handlers/framework/define';
import { dispatch } from '../../backend/handlers/framework/dispatch';
import { fields, z } from '../../backend/handlers/framework/validation';
import { signedIn } from '../../backend/handlers/framework/who';
import { firstOpenSlot, requestIdOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox, startPaidBooking } from '../support/payment-fixtures';

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

const reused = { ok: false, error: { code: 'VALIDATION_FAILED', field: 'requestId', message: expect.stringMatching(/请求编号/) } };

describe('the same requestId with other parameters is refused', () => {
  it('booking.book', async () => {
    const [a, b] = [await firstOpenSlot(sys, 'doc-zz-001', '2026-11-28'), await firstOpenSlot(sys, 'doc-zz-001', '2026-11-30')];
    const book = (slotId: string) =>
      sys.call<{ id: string }>('booking', 'demo-patient', { action: 'book', slotId, patientId: 'pat-demo-zhang', requestId: requestIdOf(1) });
    const first = await book(a.id);
    expect(first.ok).toBe(true);
    expect(await book(b.id)).toMatchObject(reused);
    expect(await sys.ports.db.count('appointments', { slotId: b.id })).toBe(0);
    const again = await book(a.id);
    expect(again.ok && first.ok && again.data.id === first.data.id).toBe(true);
  });

  it('orders.refund by billing staff: 2000 fen under the key of a 1000 fen refund', async () => {
    const paid = await startPaidBooking(sys, 1);
    await deliver(sys, await payInSandbox(sys, paid.outTradeNo));
    const refund = (amountFen: number) =>
      sys.call<{ refund: { id: string; amountFen: number } }>('orders', 'demo-billing-zz', {
        action: 'refund',
        orderId: paid.orderId,
        amountFen,
        reason: '多收费用',
        requestId: requestIdOf(2),
      });
    const first = await refund(1000);
    expect(first).toMatchObject({ ok: true, data: { refund: { amountFen: 1000 } } });
    expect(await refund(2000)).toMatchObject(reused);
    expect(await refund(1000)).toMatchObject({ ok: true, data: { refund: { amountFen: 1000 } } });
    expect(await sys.ports.db.count('refunds', { orderId: paid.orderId })).toBe(1);
  });

  it('invoices.request', async () => {
    const paid = await startPaidBooking(sys, 1);
    await deliver(sys, await payInSandbox(sys, paid.outTradeNo));
    const request = (titleName: string) =>
      sys.call('invoices', 'demo-patient', { action: 'request', orderId: paid.orderId, titleType: 'personal', titleName, requestId: requestIdOf(3) });
    expect(await request('张建国')).toMatchObject({ ok: true });
    expect(await request('李秀英')).toMatchObject(reused);
    expect(await request('张建国')).toMatchObject({ ok: true });
  });

  it('patients.add', async () => {
    const add = (name: string) =>
      sys.call<{ id: string }>('patients', 'idem-patient', {
        action: 'add',
        name,
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        phone: '13800000000',
        relation: 'self',
        requestId: requestIdOf(4),
      });
    const first = await add('王芳');
    expect(first.ok).toBe(true);
    expect(await add('王小芳')).toMatchObject(reused);
    expect(await add(' 王芳 ')).toMatchObject({ ok: true, data: { id: first.ok ? first.data.id : '' } });
  });

  it('the key is the caller’s: another account may use the same requestId', async () => {
    const add = (openid: string, name: string) =>
      sys.call('patients', openid, {
        action: 'add',
        name,
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        phone: '13800000000',
        relation: 'self',
        requestId: requestIdOf(5),
      });
    expect(await add('idem-a', '王芳')).toMatchObject({ ok: true });
    expect(await add('idem-b', '李芳')).toMatchObject({ ok: true });
  });
});

describe('an honest retry is never locked out', () => {
  it('after a refusal, the corrected request under the same key goes through', async () => {
    const add = (idNumber: string) =>
      sys.call('patients', 'idem-retry', {
        action: 'add',
        name: '王芳',
        idType: 'resident_id',
        idNumber,
        phone: '13800000000',
        relation: 'self',
        requestId: requestIdOf(6),
      });
    expect(await add('110105194912310021')).toMatchObject({ ok: false, error: { field: 'idNumber' } });
    expect(await add('11010519491231002X')).toMatchObject({ ok: true });
  });

  it('after a crash, the same request under the same key runs again', async () => {
    let crashes = 1;
    let runs = 0;
    const fn = defineFunction('probe', {
      make: action({
        who: signedIn(),
        input: z.object({ name: fields.requiredText(10), requestId: fields.requestId() }),
        async run({ name }) {
          runs += 1;
          if (crashes-- > 0) throw new Error('the process died');
          if (name === 'refuse') throw new AppError(ErrorCode.STATE_CONFLICT);
          return { name };
        },
      }),
    });
    const call = (name: string) => dispatch(fn, { action: 'make', name, requestId: requestIdOf(7) }, { openid: 'idem-crash', requestId: 'r' }, sys.ports);
    expect(await call('甲')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await call('乙')).toMatchObject(reused);
    expect(await call('甲')).toMatchObject({ ok: true, data: { name: '甲' } });
    expect(runs).toBe(2);
  });
});
