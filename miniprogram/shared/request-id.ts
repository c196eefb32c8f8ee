/**
 * The request id of one create action (a booking, a family member, an article, a refund, an
 * invoice): made once per form and sent again on every retry, so a double tap or a retry after a
 * lost answer creates one record. `${time in base 36}-${10 random base-36 characters}`, 8–64
 * characters of [A-Za-z0-9_-], as the server requires.
 */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function makeRequestId(now: number, random: () => number): string {
  const noise = Array.from({ length: 2 }, () =>
    Math.floor(random() * 36 ** 5)
      .toString(36)
      .padStart(5, '0'),
  ).join('');
  return `${Math.max(0, Math.floor(now)).toString(36)}-${noise}`;
}
