import { defineFunction } from '../framework/define';
import * as booking from './book-actions';
import * as browse from './browse-actions';
import * as exams from './exam-actions';
import { bookingTimer } from './timers';

/** The `booking` cloud function: function 8 (预约挂号) for patients, with exam booking; its timer expires holds and marks no-shows. */
export const bookingFunction = defineFunction(
  'booking',
  {
    ...browse,
    book: booking.book,
    cancel: booking.cancel,
    mine: booking.mine,
    get: booking.get,
    ...exams,
  },
  bookingTimer,
);
