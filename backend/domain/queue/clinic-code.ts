/**
 * The clinic-area check-in code: `pzq1.<hospitalId>.<departmentId>.<signature>`, signed with the
 * hospital's key (HMAC-SHA256), so a code of another hospital or area, or an edited one, fails.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'pzq1';

export interface ClinicArea {
  hospitalId: string;
  departmentId: string;
}

function signature(secret: string, area: ClinicArea): string {
  return createHmac('sha256', secret).update(`${area.hospitalId}|${area.departmentId}`).digest('base64url').slice(0, 22);
}

export function clinicCode(secret: string, area: ClinicArea): string {
  return [PREFIX, area.hospitalId, area.departmentId, signature(secret, area)].join('.');
}

/** The area a code names, without checking its signature (to find the key), or null. */
export function areaOf(code: string): ClinicArea | null {
  const parts = code.split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  return { hospitalId: parts[1], departmentId: parts[2] };
}

/** True when the code is signed with `secret` and names `area`. */
export function codeMatches(secret: string, code: string, area: ClinicArea): boolean {
  const named = areaOf(code);
  if (!named || named.hospitalId !== area.hospitalId || named.departmentId !== area.departmentId) return false;
  const given = Buffer.from(code.split('.')[3]);
  const expected = Buffer.from(signature(secret, area));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
