import { booking } from '../../../miniprogram/shared/contract/booking';
import { defineFunction } from '../framework/define';
import * as booked from './book-actions';
import * as browse from './browse-actions';
import * as exams from './exam-actions';
import { bookingTimer } from './timers';

/** The `booking` cloud function: function 8 (预约挂号) for patients, with exam booking; its timer expires holds and marks no-shows. */
export const bookingFunction = defineFunction(
  'booking',
  booking,
  {
    ...browse,
    book: booked.book,
    cancel: booked.cancel,
    mine: booked.mine,
    get: booked.get,
    ...exams,
  },
  bookingTimer,
);
