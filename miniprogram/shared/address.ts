/** An address on one line, as pages and staff read it: 张建国 13800000000 河南省郑州市金水区花园路100号. */
import type { MailAddress } from './dto/record-copies';
import { maskPhone } from './validators';

export const addressText = (a: MailAddress | null): string => (a ? `${a.name} ${a.phone} ${a.province}${a.city}${a.district}${a.detail}` : '');

/** The same line as its owner reads it back: the phone masked (138****5678), as everywhere a patient sees one. */
export const maskedAddressText = (a: MailAddress | null): string => addressText(a && { ...a, phone: maskPhone(a.phone) });
