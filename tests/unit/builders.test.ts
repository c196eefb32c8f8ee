import { newOrder, visitOfAppointment } from '../../backend/domain/billing/orders';
import { newAppointment } from '../../backend/domain/booking/appointment';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import { defaultBookingSettings } from '../../backend/domain/scheduling/settings';
import { AppointmentStatus } from '../../miniprogram/shared/enums';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const NOW = shanghaiInstant('2026-12-08', '08:10');
const START = shanghaiInstant('2026-12-08', '09:00');

const slot: SlotDoc = {
  _id: 'slot-1',
  hospitalId: 'h-1',
  hospitalName: '中心医院',
  ownerType: 'doctor',
  ownerId: 'doc-1',
  ownerName: '王医生',
  ownerTitle: '主任医师',
  departmentId: 'd-1',
  departmentName: '心内科',
  location: '门诊楼3楼',
  prepNotes: ['带上既往病历'],
  settings: defaultBookingSettings,
  templateId: 't-1',
  date: '2026-12-08',
  session: 'am',
  start: START,
  end: START + 15 * 60_000,
  capacity: 10,
  onsiteReserve: 2,
  onlineRemaining: 8,
  booked: 0,
  feeFen: 5000,
  state: 'open',
  stopReason: '',
  addOns: [],
  createdAt: NOW,
  updatedAt: NOW,
  touchedAt: 0,
};

describe('newAppointment (the one appointment builder)', () => {
  const booked = newAppointment(
    {
      _id: 'appt-1',
      slot,
      openid: 'o-1',
      patientId: 'p-1',
      person: 'person-1',
      patientName: '李四',
      state: { status: AppointmentStatus.pending_payment, holdUntil: NOW + 15 * 60_000 },
      examOrderId: null,
      requestId: 'req-1',
    },
    NOW,
  );

  test('takes the place, the time and the fee from the slot', () => {
    expect(booked).toMatchObject({
      hospitalId: 'h-1',
      ownerId: 'doc-1',
      ownerName: '王医生',
      departmentName: '心内科',
      location: '门诊楼3楼',
      slotId: 'slot-1',
      date: '2026-12-08',
      start: START,
      end: START + 15 * 60_000,
      feeFen: 5000,
    });
    expect(booked.prepNotes).toEqual(['带上既往病历']);
  });

  test('starts in the state given, with nothing cancelled, refunded or counted', () => {
    expect(booked).toMatchObject({ status: AppointmentStatus.pending_payment, holdUntil: NOW + 15 * 60_000, cancelReason: '', refund: 'none' });
    expect(booked).toMatchObject({ noticePending: false, noShowCounted: false, createdAt: NOW, updatedAt: NOW, person: 'person-1' });
  });

  test('a walk-in without the app has no account, no family member and no person hash', () => {
    const walkIn = newAppointment(
      {
        _id: 'w-1',
        slot,
        openid: '',
        patientId: '',
        patientName: '张三',
        state: { status: AppointmentStatus.booked, holdUntil: null },
        examOrderId: null,
        requestId: 'r',
      },
      NOW,
    );
    expect(walkIn.openid).toBe('');
    expect('person' in walkIn).toBe(false);
    expect(walkIn.status).toBe(AppointmentStatus.booked);
  });
});

describe('newOrder (the one order builder)', () => {
  const appointment = newAppointment(
    {
      _id: 'appt-2',
      slot,
      openid: 'o-1',
      patientId: 'p-1',
      patientName: '李四',
      state: { status: AppointmentStatus.booked, holdUntil: null },
      examOrderId: null,
      requestId: 'r',
    },
    NOW,
  );
  const items = [
    { code: 'LAB-1', name: '血常规', category: 'lab', quantity: 1, unit: '次', unitFen: 2500, amountFen: 2500 },
    { code: 'DRUG-1', name: '阿莫西林胶囊', category: 'drug', quantity: 2, unit: '盒', unitFen: 1280, amountFen: 2560 },
  ] as const;
  const order = newOrder({ ...visitOfAppointment(appointment), _id: 'vo-appt-2-0', kind: 'outpatient', title: '检验与药品', items: [...items] }, NOW);

  test('the total is the sum of the items', () => {
    expect(order.totalFen).toBe(5060);
  });

  test('an order starts unpaid with no money moved, and its merchant number is 32 characters derived from its id', () => {
    expect(order).toMatchObject({ status: 'unpaid', paidFen: 0, refundableFen: 0, refundedFen: 0, paidAt: null, closedAt: null, holdUntil: null });
    expect(order.outTradeNo).toHaveLength(32);
    expect(newOrder({ ...visitOfAppointment(appointment), _id: 'vo-appt-2-0', kind: 'outpatient', title: 'x', items: [] }, NOW).outTradeNo).toBe(
      order.outTradeNo,
    );
  });

  test('an order of an appointment belongs to its account, patient, visit, department and doctor', () => {
    expect(order).toMatchObject({
      openid: 'o-1',
      patientId: 'p-1',
      patientName: '李四',
      visitId: 'appt-2',
      visitDate: '2026-12-08',
      departmentName: '心内科',
      doctorName: '王医生',
    });
  });

  test('a hold is kept when given (a registration closes when its appointment is released)', () => {
    const held = newOrder({ ...visitOfAppointment(appointment), _id: 'reg-1', kind: 'registration', title: '挂号费', items: [], holdUntil: NOW + 60_000 }, NOW);
    expect(held.holdUntil).toBe(NOW + 60_000);
  });
});
