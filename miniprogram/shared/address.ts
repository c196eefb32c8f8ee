/** An address on one line, as pages and staff read it: 张建国 13800000000 河南省郑州市金水区花园路100号. */
import type { MailAddress } from './dto/record-copies';

export const addressText = (a: MailAddress | null): string => (a ? `${a.name} ${a.phone} ${a.province}${a.city}${a.district}${a.detail}` : '');
