/** Invoice rules: credit codes (GB 32100-2015), capital numerals, titles, numbers, amounts. */
import type { OrderDoc, OrderItem } from '../../backend/domain/billing/docs';
import { invoiceAmounts } from '../../backend/domain/invoices/amounts';
import { rmbCapital } from '../../backend/domain/invoices/capital';
import { groupedCode, hospitalInvoiceCode, invoiceNumber, verificationCode } from '../../backend/domain/invoices/numbering';
import { CREDIT_CODE_CHARS, creditCodeCheckChar, creditCodeProblem } from '../../miniprogram/shared/credit-code';
import { invoiceTitleProblems, normalizeTitle, sameTitle } from '../../miniprogram/shared/invoice-title';

describe('unified social credit code check character (GB 32100-2015)', () => {
  // Published codes of well-known companies: the check character computed here equals theirs.
  it.each([
    ['91440300708461136', 'T'],
    ['91440300192203821', '6'],
    ['91330100716105852', 'F'],
    ['91110000802100433', 'B'],
    ['91310000717866186', 'P'],
    ['9111000071093123X', 'X'],
  ])('%s → %s', (first17, check) => {
    expect(creditCodeCheckChar(first17)).toBe(check);
    expect(creditCodeProblem(first17 + check)).toBeNull();
  });

  it('computes 0 when the weighted sum is a multiple of 31, and codes built here validate', () => {
    // Σ = 0 for seventeen zeros: 31 − 0 = 31, written 0.
    expect(creditCodeCheckChar('0'.repeat(17))).toBe('0');
    for (const body of ['12410100MB1234567', '52410000MJ0000001', '93410102MA9XY70Q1']) {
      const code = body + creditCodeCheckChar(body);
      expect(creditCodeProblem(code)).toBeNull();
      expect(creditCodeProblem(code.toLowerCase())).toBeNull();
      const wrong = body + CREDIT_CODE_CHARS[(CREDIT_CODE_CHARS.indexOf(code[17]) + 1) % 31];
      expect(creditCodeProblem(wrong)).toBe('统一社会信用代码校验位不正确，请核对');
    }
  });

  it('refuses the wrong length, letters outside the alphabet and a non-numeric division', () => {
    expect(creditCodeProblem('')).toBe('请填写统一社会信用代码');
    expect(creditCodeProblem('9144030070846113')).toBe('统一社会信用代码应为18位');
    expect(creditCodeProblem('91440300708461136TT')).toBe('统一社会信用代码应为18位');
    for (const bad of ['9I440300708461136T', '914403007084611O6T', '91440300708461136S', '91440300708461136Z', '914A0300708461136T']) {
      expect(creditCodeProblem(bad)).toMatch(/格式不正确/);
    }
    expect(creditCodeCheckChar('9144030070846113I')).toBeNull();
  });
});

describe('amounts in Chinese capital numerals', () => {
  it.each([
    [1, '壹分'],
    [1000, '壹拾元整'],
    [10050, '壹佰元伍角整'],
    [100100, '壹仟零壹元整'],
    [12000000, '壹拾贰万元整'],
    [12000, '壹佰贰拾元整'],
    [0, '零元整'],
    [50, '伍角整'],
    [55, '伍角伍分'],
    [10005, '壹佰元零伍分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [10001000, '壹拾万零壹拾元整'],
    [10010000, '壹拾万零壹佰元整'],
    [10100000, '壹拾万壹仟元整'],
    [10000000000, '壹亿元整'],
    [10001000000, '壹亿零壹万元整'],
    [11000000000, '壹亿壹仟万元整'],
    [10000000100, '壹亿零壹元整'],
    [999999999, '玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%i fen → %s', (fen, text) => {
    expect(rmbCapital(fen)).toBe(text);
  });

  it('refuses what is not a whole number of fen', () => {
    for (const bad of [-1, 0.5, Number.NaN, 1e16]) expect(() => rmbCapital(bad)).toThrow(RangeError);
  });
});

describe('invoice titles', () => {
  it('accepts a personal name and a company with a valid code; normalizes spaces and case', () => {
    expect(invoiceTitleProblems({ titleType: 'personal', titleName: '张建国' })).toEqual({});
    expect(invoiceTitleProblems({ titleType: 'company', titleName: '深圳市腾讯计算机系统有限公司', taxCode: '9144 0300 7084 6113 6t' })).toEqual({});
    expect(normalizeTitle({ titleType: 'company', titleName: '  郑州  康宁 医药有限公司 ', taxCode: '9144 0300 7084 6113 6t' })).toEqual({
      type: 'company',
      name: '郑州 康宁 医药有限公司',
      taxCode: '91440300708461136T',
    });
    expect(normalizeTitle({ titleType: 'personal', titleName: '王芳', taxCode: '' }).taxCode).toBe('');
  });

  it('names each field at fault', () => {
    expect(invoiceTitleProblems({ titleType: 'personal', titleName: '张' })).toEqual({ titleName: '姓名至少2个字' });
    expect(invoiceTitleProblems({ titleType: 'company', titleName: '公'.repeat(41), taxCode: '91440300708461136T' })).toEqual({
      titleName: '单位名称最多40个字',
    });
    expect(invoiceTitleProblems({ titleType: 'company', titleName: '<script>', taxCode: '91440300708461136T' }).titleName).toMatch(/只能包含/);
    expect(invoiceTitleProblems({ titleType: 'company', titleName: '某某有限公司', taxCode: '91440300708461136A' })).toEqual({
      taxCode: '统一社会信用代码校验位不正确，请核对',
    });
    expect(invoiceTitleProblems({ titleType: 'company', titleName: '某某有限公司' })).toEqual({ taxCode: '请填写统一社会信用代码' });
    expect(invoiceTitleProblems({ titleType: 'personal', titleName: '王芳', taxCode: '91440300708461136T' })).toEqual({ taxCode: '个人抬头无需填写税号' });
  });

  it('compares titles as printed', () => {
    const a = normalizeTitle({ titleType: 'personal', titleName: '王芳 ' });
    expect(sameTitle(a, normalizeTitle({ titleType: 'personal', titleName: '王芳' }))).toBe(true);
    expect(sameTitle(a, normalizeTitle({ titleType: 'personal', titleName: '王芳芳' }))).toBe(false);
  });
});

describe('invoice numbers and verification codes', () => {
  it('joins the hospital code, the date and the sequence', () => {
    const code = hospitalInvoiceCode('h-zzcentral');
    expect(code).toMatch(/^[1-9]\d{3}$/);
    expect(hospitalInvoiceCode('h-zzcentral')).toBe(code);
    expect(hospitalInvoiceCode('h-xinyang-county')).not.toBe(code);
    expect(invoiceNumber(code, '2026-11-25', 1)).toBe(`${code}20261125000001`);
    expect(invoiceNumber('1234', '2026-01-05', 999_999)).toBe('123420260105999999');
    expect(() => invoiceNumber('1234', '2026-01-05', 0)).toThrow(RangeError);
    expect(() => invoiceNumber('1234', '2026-01-05', 1_000_000)).toThrow(RangeError);
  });

  it('turns 16 random bytes into 20 digits, grouped by five for reading', () => {
    expect(verificationCode(new Uint8Array(16))).toBe('0'.repeat(20));
    const all = verificationCode(new Uint8Array(16).fill(255));
    expect(all).toBe(((2n ** 128n - 1n) % 10n ** 20n).toString().padStart(20, '0'));
    expect(groupedCode('12345678901234567890')).toBe('12345 67890 12345 67890');
    expect(() => verificationCode(new Uint8Array(8))).toThrow(RangeError);
  });
});

describe('what an order is invoiced for', () => {
  const item = (category: OrderItem['category'], name: string, amountFen: number): OrderItem => ({
    code: name,
    name,
    category,
    quantity: 1,
    unit: '次',
    unitFen: amountFen,
    amountFen,
  });
  const order = (o: Partial<OrderDoc>) => ({
    status: 'paid' as OrderDoc['status'],
    items: [item('drug', '布洛芬', 2000), item('registration', '挂号费', 3500), item('lab', '血常规', 2500), item('drug', '阿莫西林', 1500)],
    paidFen: 9500,
    refundedFen: 0,
    refundableFen: 9500,
    ...o,
  });

  it('groups items by category in the printed order and totals what was finally paid', () => {
    const a = invoiceAmounts(order({}));
    expect(a).toMatchObject({ ok: true, paidFen: 9500, refundedFen: 0, totalFen: 9500 });
    if (!a.ok) throw new Error('not invoiceable');
    expect(a.lines.map((l) => [l.label, l.amountFen, l.items.length])).toEqual([
      ['挂号费', 3500, 1],
      ['化验费', 2500, 1],
      ['药品费', 3500, 2],
    ]);
    expect(invoiceAmounts(order({ status: 'partially_refunded', refundedFen: 1500, refundableFen: 8000 }))).toMatchObject({ ok: true, totalFen: 8000 });
  });

  it('refuses unpaid, closed, fully refunded and refund-in-progress orders', () => {
    expect(invoiceAmounts(order({ status: 'unpaid', paidFen: 0, refundableFen: 0 }))).toEqual({ ok: false, reason: '订单尚未支付，不能开具发票' });
    expect(invoiceAmounts(order({ status: 'closed', paidFen: 0, refundableFen: 0 }))).toEqual({ ok: false, reason: '订单尚未支付，不能开具发票' });
    expect(invoiceAmounts(order({ status: 'refunded', refundedFen: 9500, refundableFen: 0 }))).toEqual({ ok: false, reason: '订单已全额退款，不能开具发票' });
    expect(invoiceAmounts(order({ refundableFen: 7000 }))).toEqual({ ok: false, reason: '订单有退款正在处理，请退款完成后再开具发票' });
  });
});
