/**
 * What the hospital information system may answer for a finished visit. Its answers become
 * payable orders, so they are checked as strictly as client input: integer fen within bounds,
 * integer quantities, known categories, bounded text and bounded counts. Every HIS adapter's
 * answer passes through this schema (backend/handlers/clinic/his-answer.ts).
 */
import { z } from 'zod';

/** The most one order may cost: ¥100,000, the largest refund billing staff may enter. */
export const MAX_ORDER_FEN = 10_000_000;

export const HIS_LIMITS = { orders: 20, items: 30, quantity: 999, title: 40, name: 60, code: 32, unit: 8 } as const;

export const HIS_CATEGORIES = ['consultation', 'drug', 'lab', 'imaging', 'treatment'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

const hisOrderItem = z.object({
  code: text(HIS_LIMITS.code).regex(/^[A-Za-z0-9._-]+$/, { message: '项目编码只能包含字母、数字和 . _ -' }),
  name: text(HIS_LIMITS.name),
  category: z.enum(HIS_CATEGORIES),
  quantity: z.number().int().min(1).max(HIS_LIMITS.quantity),
  unit: text(HIS_LIMITS.unit),
  unitFen: z.number().int().min(0).max(MAX_ORDER_FEN),
});

const hisOrder = z
  .object({ title: text(HIS_LIMITS.title), items: z.array(hisOrderItem).min(1).max(HIS_LIMITS.items) })
  .refine((o) => o.items.reduce((sum, i) => sum + i.quantity * i.unitFen, 0) <= MAX_ORDER_FEN, { message: '单张医嘱金额超过上限', path: ['items'] });

export const hisAnswerSchema = z.object({ orders: z.array(hisOrder).max(HIS_LIMITS.orders) });

export type HisOrderItem = z.infer<typeof hisOrderItem>;
/** One order the doctor placed: a prescription, a set of lab tests, an imaging exam … */
export type HisOrder = z.infer<typeof hisOrder>;
export type HisAnswer = z.infer<typeof hisAnswerSchema>;
