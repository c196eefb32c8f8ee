import { shapeField, truncate, wechatTime, wechatTimeRange } from '../../backend/domain/messages/shape';
import { fillTemplate, templates } from '../../backend/domain/messages/templates';
import { classify, retryDelayMs } from '../../backend/domain/messages/delivery';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const len = (s: string) => Array.from(s).length;

describe('field shaping', () => {
  it('thing: at most 20 characters, cut with an ellipsis; 20 stays whole', () => {
    expect(shapeField('thing', '一'.repeat(20))).toBe('一'.repeat(20));
    expect(shapeField('thing', '一'.repeat(21))).toBe('一'.repeat(19) + '…');
    expect(len(shapeField('thing', '郑州康宁医院心血管内科主任医师陈立民专家门诊（冠心病介入）'))).toBe(20);
    expect(len(shapeField('thing', 'Department of Cardiology, Zhengzhou'))).toBe(20);
  });

  it('counts characters, not UTF-16 units, and drops emoji and line breaks', () => {
    expect(shapeField('thing', '请按时就诊😀\n谢谢')).toBe('请按时就诊 谢谢');
    expect(len(truncate('𠀀'.repeat(25), 20))).toBe(20);
  });

  it('phrase: up to 5 Chinese characters only', () => {
    expect(shapeField('phrase', '已预约成功啦')).toBe('已预约成功');
    expect(shapeField('phrase', 'OK 已取消')).toBe('已取消');
    expect(shapeField('phrase', 'done')).toBe('通知');
  });

  it('name: 10 Chinese characters, or 20 letters', () => {
    expect(shapeField('name', '阿依古丽·买买提江·艾合买提')).toBe('阿依古丽·买买提江…');
    expect(len(shapeField('name', '阿依古丽·买买提江·艾合买提'))).toBe(10);
    expect(shapeField('name', 'Alexander Maximilian Smith')).toHaveLength(20);
    expect(shapeField('name', '王芳123')).toBe('王芳');
  });

  it('character_string: 32 printable ASCII characters', () => {
    expect(shapeField('character_string', 'SF1234567890 顺丰')).toBe('SF1234567890');
    expect(shapeField('character_string', 'A'.repeat(40))).toHaveLength(32);
  });

  it('number, amount and phone keep their formats', () => {
    expect(shapeField('number', '前面还有3位')).toBe('3');
    expect(shapeField('amount', '¥35.00')).toBe('¥35.00');
    expect(shapeField('amount', '1,234.5')).toBe('¥1234.5');
    expect(shapeField('amount', '12')).toBe('¥12.00');
    expect(shapeField('phone_number', '0371-6612 8201')).toBe('0371-66128201');
  });

  it('times are 24-hour in Asia/Shanghai; ranges join with ~', () => {
    expect(wechatTime(shanghaiInstant('2026-11-26', '00:30'))).toBe('2026年11月26日 00:30');
    expect(wechatTimeRange(shanghaiInstant('2026-11-26', '14:00'), shanghaiInstant('2026-11-26', '14:30'))).toBe('2026年11月26日 14:00~14:30');
  });
});

describe('templates', () => {
  it('every kind fills every field with a valid value, even from empty data', () => {
    for (const kind of Object.keys(templates) as Array<keyof typeof templates>) {
      const data = fillTemplate(kind, {}, shapeField);
      expect(Object.keys(data)).toEqual(templates[kind].fields.map((f) => f.key));
      for (const v of Object.values(data)) expect(v.value.length).toBeGreaterThan(0);
    }
  });

  it('WeChat answers are classified', () => {
    expect(classify(0)).toBe('sent');
    expect(classify(43101)).toBe('no_credit');
    expect(classify(-1)).toBe('retry');
    expect(classify(47003)).toBe('failed');
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(3)).toBe(240_000);
  });
});
