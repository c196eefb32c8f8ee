/** The `delivery` cloud function (backend/handlers/delivery/): 药品快递 of a paid online prescription, the pharmacy's console. */
import { z } from 'zod';
import type { DeliveryView, QuoteView } from '../dto/online';
import { act } from './define';
import { fields } from './fields';

type One = { delivery: DeliveryView };
const byPrescription = () => z.object({ prescriptionId: fields.id() });

export const delivery = {
  quote: act<QuoteView>()(z.object({ prescriptionId: fields.id(), province: fields.text(20).optional() })),
  choose: act<One>()(z.object({ prescriptionId: fields.id(), mode: z.enum(['delivery', 'pickup']), address: fields.address().optional() })),
  get: act<One>()(byPrescription()),
  receive: act<One>()(byPrescription()),
  cancel: act<{ delivery: DeliveryView | null; refundText: string }>()(byPrescription()),
  worklist: act<{ deliveries: DeliveryView[] }>()(z.object({ hospitalId: fields.id() })),
  pack: act<One>()(byPrescription()),
  ship: act<One>()(
    z.object({
      prescriptionId: fields.id(),
      carrier: fields.requiredText(20),
      trackingNo: z
        .string()
        .min(6)
        .max(30)
        .regex(/^[A-Za-z0-9]+$/, { message: '运单号只能包含字母和数字' }),
    }),
  ),
  handOver: act<One>()(byPrescription()),
};
