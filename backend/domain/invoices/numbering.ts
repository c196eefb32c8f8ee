/**
 * Invoice numbers and verification codes.
 *
 * Number: a 4-digit hospital code, the issue date and the day's sequence from a per-hospital,
 * per-day counter (claimed with a conditional update, so two invoices never share one):
 * '3187' + '20261125' + '000001'. This build's hospitals carry no fiscal billing code, so the code
 * is derived from the hospital id (stable, 1000–9999); the number is unique per hospital (a unique
 * key on hospitalId + number), and the PDF path includes the hospital id.
 *
 * Verification code: 20 digits from 16 random bytes supplied by the caller (the handler uses the
 * system's CSPRNG). It is a bearer secret printed on the PDF, stored with the invoice and never
 * recomputed, so it needs no key to manage; a retried request answers the stored invoice.
 */
import { createHash } from 'node:crypto';

export const MAX_DAILY_SEQUENCE = 999_999;

/** 'h-zzcentral' → a stable 4-digit code (first digit never 0). */
export function hospitalInvoiceCode(hospitalId: string): string {
  const n = createHash('sha256').update(hospitalId).digest().readUInt32BE(0);
  return String(1000 + (n % 9000));
}

/** invoiceNumber('3187', '2026-11-25', 1) → '318720261125000001'. */
export function invoiceNumber(hospitalCode: string, day: string, seq: number): string {
  if (!/^\d{4}$/.test(hospitalCode)) throw new RangeError(`hospital code must be 4 digits: ${hospitalCode}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`day must be YYYY-MM-DD: ${day}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_DAILY_SEQUENCE) throw new RangeError(`sequence out of range: ${seq}`);
  return `${hospitalCode}${day.replace(/-/g, '')}${String(seq).padStart(6, '0')}`;
}

/** 16 random bytes → 20 decimal digits (the bytes as a 128-bit number mod 10^20). */
export function verificationCode(random: Uint8Array): string {
  if (random.length < 16) throw new RangeError('need 16 random bytes');
  let n = 0n;
  for (let i = 0; i < 16; i++) n = (n << 8n) | BigInt(random[i]);
  return (n % 10n ** 20n).toString().padStart(20, '0');
}

/** '12345678901234567890' → '12345 67890 12345 67890'. */
export function groupedCode(code: string): string {
  return code.replace(/(\d{5})(?=\d)/g, '$1 ');
}
