/** The follow-up schedule of an unpaid order: 1, 3, 7, 15, 31, 63 minutes after the sheet opened, then no more. */
import { nextQueryAt } from '../../backend/domain/billing/follow-up';

const MIN = 60_000;

it('asks 1, 3, 7, 15, 31 and 63 minutes after the sheet opened, and not after two hours', () => {
  const start = 1_000_000;
  const times: number[] = [];
  let due = nextQueryAt(start, start);
  while (due !== null) {
    times.push((due - start) / MIN);
    due = nextQueryAt(start, due);
  }
  expect(times).toEqual([1, 3, 7, 15, 31, 63]);
});

it('a late run asks at the next point of the schedule, not at once again', () => {
  expect(nextQueryAt(0, 5 * MIN)).toBe(7 * MIN);
  expect(nextQueryAt(0, 200 * MIN)).toBeNull();
});
