/** Typed calls of the `clinic` cloud function: the doctor completes a visit (the HIS answers its orders). */
import { callFunction } from './transport';

export const completeVisit = (appointmentId: string, diagnosis: string) =>
  callFunction<{ status: string; orders: number }>('clinic', 'completeVisit', { appointmentId, diagnosis });
