/**
 * The emulator's stand-in for cloud storage's temporary URLs: a private file's link carries its
 * expiry and an HMAC-SHA256 of the path and the expiry under a secret only the server knows
 * (PEIZHEN_FILE_SECRET), so a link cannot be made for another file or kept working longer.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The emulator's default secret; set PEIZHEN_FILE_SECRET to your own outside a throwaway setup. */
export const DEV_FILE_SECRET = 'peizhen-dev-file-secret';

export class LinkSigner {
  constructor(private readonly secret: string) {
    if (secret === '') throw new Error('the file link secret must not be empty');
  }

  sign(path: string, expiresAt: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expiresAt}`).digest('base64url');
  }

  /** True when `sig` is this server's signature of the path and expiry, and the expiry is after `now`. */
  verify(path: string, exp: string | null, sig: string | null, now: number): boolean {
    if (exp === null || sig === null || !/^\d{1,16}$/.test(exp)) return false;
    const expiresAt = Number(exp);
    if (expiresAt <= now) return false;
    const expected = Buffer.from(this.sign(path, expiresAt));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
