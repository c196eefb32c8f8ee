/** A visit that took place (completed) or was missed (no-show) used its place: recounting a slot leaves it held. */
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import { completeAsItsDoctor, visitToday } from '../support/care-day';
import { FROZEN_NOW, startLocalSystem } from '../support/local-system';

it('the reconciler counts completed visits as holding their places and repairs nothing', async () => {
  const sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  const visitId = await visitToday(sys);
  const visit = await sys.ports.db.get<{ _id: string; slotId: string }>('appointments', visitId);
  const before = await sys.ports.db.get<SlotDoc>('slots', visit?.slotId ?? '');
  await completeAsItsDoctor(sys, visitId, '高血压');
  sys.setNow(FROZEN_NOW + 10 * 60_000);
  const { tally } = await sys.ok<{ tally: { repaired: number } }>('schedule', 'demo-admin-zz', { action: 'reconcilePlaces', hospitalId: 'h-zzcentral' });
  expect(tally.repaired).toBe(0);
  const after = await sys.ports.db.get<SlotDoc>('slots', visit?.slotId ?? '');
  expect({ booked: after?.booked, onlineRemaining: after?.onlineRemaining }).toEqual({ booked: before?.booked, onlineRemaining: before?.onlineRemaining });
});
