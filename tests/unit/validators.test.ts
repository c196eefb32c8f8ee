import { documentProblem, isMobile, maskIdNumber, maskPhone, nameProblem, parseResidentId, residentIdCheckChar } from '../../miniprogram/shared/validators';

describe('resident ID numbers (GB 11643)', () => {
  it('computes the check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('reads birth date and sex from a valid number', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
    expect(parseResidentId('11010519491231002x')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
    expect(parseResidentId('41010519900307123X')).toEqual({ birthDate: '1990-03-07', sex: 'male' });
  });

  it.each([
    ['wrong check character', '110105194912310021'],
    ['17 characters', '11010519491231002'],
    ['letters inside', '1101051949123100AX'],
    ['February 30th', '110105199002300011'],
    ['year before 1900', '110105189912310011'],
  ])('refuses %s', (_why, id) => {
    expect(parseResidentId(id)).toBeNull();
    expect(documentProblem('resident_id', id)).toMatch(/身份证/);
  });

  it('checks other documents by their format', () => {
    expect(documentProblem('passport', 'E12345678')).toBeNull();
    expect(documentProblem('hk_macau_permit', 'H12345678')).toBeNull();
    expect(documentProblem('hk_macau_permit', 'X12345678')).toBe('证件号码格式不正确');
    expect(documentProblem('taiwan_permit', '12345678')).toBeNull();
    expect(documentProblem('passport', '')).toBe('请填写证件号码');
  });
});

describe('phones, names and masks', () => {
  it('accepts mainland mobiles only', () => {
    expect(isMobile('13812345678')).toBe(true);
    expect(isMobile('12812345678')).toBe(false);
    expect(isMobile('1381234567')).toBe(false);
  });

  it('names are 2–30 characters of Chinese or letters', () => {
    expect(nameProblem('王芳')).toBeNull();
    expect(nameProblem('阿依古丽·买买提')).toBeNull();
    expect(nameProblem('王')).toBe('姓名至少2个字');
    expect(nameProblem('王'.repeat(31))).toBe('姓名最多30个字');
    expect(nameProblem('王2')).toMatch(/只能/);
  });

  it('masks ID numbers and phones', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1****************X');
    expect(maskIdNumber('AB')).toBe('**');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('E1234567')).toBe('E******7');
  });
});
