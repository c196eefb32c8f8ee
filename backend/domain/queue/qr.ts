/**
 * The QR code of a clinic area's check-in code, made on the server so the mini program draws it
 * without a QR package of its own (miniprogram/staff/queue/qr-rows.ts draws the rows): the module
 * matrix of the smallest version that holds the text at error correction M (15 % of the code may
 * be soiled or torn and it still reads), one string per row, '1' dark and '0' light. The drawing
 * adds the 4-module quiet zone the standard asks for.
 */
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side: 17 + 4 × the version. */
  size: number;
  rows: string[];
}

export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const rows = Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => (qr.isDark(r, c) ? '1' : '0')).join(''));
  return { size, rows };
}
