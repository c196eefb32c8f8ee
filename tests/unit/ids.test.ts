/**
 * Ids derived from keys are how retries find their first result, so moving their derivation to the
 * one helper (backend/ids.ts hashId) must not change one stored id: each derivation is checked
 * against the formula it replaced.
 */
import { createHash } from 'node:crypto';
import { hashId, hashIdOf } from '../../backend/ids';
import { outboxId } from '../../backend/domain/messages/outbox';
import { subscriptionId } from '../../backend/handlers/reminders/dispatch';
import { visitOrderId } from '../../backend/handlers/orders/lookups';
import { refundIdOf } from '../../backend/handlers/orders/refunds';
import { invoiceIdOf } from '../../backend/handlers/invoices/issue';

const before = (prefix: string, key: string): string => `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
const long = (prefix: string, key: string): string => `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;

describe('ids derived by hashId are the ids stored before', () => {
  test.each([
    ['visit orders', visitOrderId('appt-1', 2), before('ord-opd', 'appt-1|2')],
    ['refunds', refundIdOf('ord-9', 'cancel:appt-1'), before('rf', 'ord-9|cancel:appt-1')],
    ['invoices', invoiceIdOf('o-1', 'req-7'), before('inv', 'o-1|req-7')],
    ['a family member (joined by a colon)', hashId('pat', 'o-1:req-7'), before('pat', 'o-1:req-7')],
    ['an invoice following money', hashId('inv', 'inv-1', 'follow-money'), before('inv', 'inv-1|follow-money')],
    ['an HIS issue', hashId('hisissue', 'appt-1', 'bad total'), before('hisissue', 'appt-1|bad total')],
    ['an outbox message (32)', outboxId('remind:appt-1'), long('msg', 'remind:appt-1')],
    ['a subscription credit (32)', subscriptionId('o-1', 'tpl-1'), long('sub', 'o-1|tpl-1')],
    ['a rate counter (32)', hashIdOf('rate-booking', 'o-1', 32), long('rate-booking', 'o-1')],
  ])('%s', (_, now, then) => {
    expect(now).toBe(then);
  });
});
