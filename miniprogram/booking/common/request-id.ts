/**
 * The request id of one booking or one new family member: made once per page visit and sent again
 * on every retry, so a double tap or a retry after a lost answer creates one record.
 * `${Date.now().toString(36)}-${random}`, 8–64 characters of [A-Za-z0-9_-], as the server requires.
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
