import { answerHits, isPatientFacing, textHits } from '../pages/setup/page-scan';

describe('the page tests’ scanner', () => {
  it('finds planted full numbers in an answer, wherever they sit', () => {
    const answer = { ok: true, data: { a: '110101199003074518', b: [{ tel: '13812345678' }], c: '11010119900307451X' } };
    expect(answerHits('booking/index/index', answer).map((h) => h.rule)).toEqual(['a full ID number', 'a full ID number', 'a full mobile number']);
  });

  it('passes masked numbers, timestamps, amounts and an e-invoice number', () => {
    const answer = {
      ok: true,
      data: { idNumberMasked: '1****************8', phoneMasked: '138****5678', at: 1765000000000, fen: 12800, number: '816120261125000001' },
    };
    expect(answerHits('booking/index/index', answer)).toEqual([]);
  });

  it('finds internal ids and file names in rendered text, not Chinese text or dates', () => {
    const text = '订单 appt-0123456789abcdef0123456789abcdef 就诊人 pat-demo-zhang 医院 h-zzcentral 文件 0123456789abcdef0123456789abcdef.pdf 2026-12-07 09:30';
    expect(textHits('records/index/index', text).map((h) => h.match)).toEqual([
      'appt-0123456789abcdef0123456789abcdef',
      'pat-demo-zhang',
      'h-zzcentral',
      '0123456789abcdef0123456789abcdef',
    ]);
    expect(textHits('records/index/index', '张三 138****5678 已预约 2026-12-07 09:30 ¥128.00')).toEqual([]);
  });

  it('leaves staff pages out of scope', () => {
    expect(isPatientFacing('staff/console/index')).toBe(false);
    expect(isPatientFacing('booking/index/index')).toBe(true);
  });
});
