/** An order and an appointment as the server answers them, with what a test changes: the journey and store tests' fixtures. */
import type { OrderView } from '../../miniprogram/shared/dto/billing';
import type { AppointmentView } from '../../miniprogram/shared/dto/booking';

export const order = (over: Partial<OrderView>): OrderView => ({
  id: 'o1', hospitalId: 'h', kind: 'outpatient', title: '检验', status: 'unpaid', statusLabel: '待支付', hospitalName: 'H', patientName: '张建国', departmentName: '心血管内科', doctorName: '陈立民',
  visitId: 'a', items: [], totalFen: 1500, totalText: '¥15.00', paidFen: 0, refundedFen: 0, refundedText: '¥0.00', refundableFen: 0, holdUntil: null, createdAt: 0, paidAt: null,
  refunds: [], payable: true, ...over,
});

export const visit = (over: Partial<AppointmentView>): AppointmentView => ({
  id: 'a1', status: 'booked', statusLabel: '已预约', hospitalId: 'h', hospitalName: 'H', patientId: 'p', patientName: '张建国', ownerType: 'doctor', ownerName: '陈立民', departmentName: '心血管内科',
  location: '门诊楼2楼A区', date: '2026-11-28', session: 'am', sessionLabel: '上午', start: 2, end: 3, timeText: '2026-11-28 周六 上午 08:00-08:30', feeFen: 0, feeText: '免费', holdUntil: null,
  cancellable: true, cancelReason: '', refund: 'none', refundText: '', prepNotes: [], examOrderId: null, placeId: 'd-zz-cardio', createdAt: 0, ...over,
});
