import { applyPatch } from '../../backend/patch';
import { toCronerPattern } from '../../backend/dev-server/timers';

describe('applyPatch', () => {
  it('sets dotted paths and increments, leaving the original alone', () => {
    const doc = { _id: 'x', a: { b: 1 }, n: 2 };
    const next = applyPatch(doc, { set: { 'a.c': 'y', m: [1] }, inc: { n: -1, 'a.b': 5, fresh: 1 } });
    expect(next).toEqual({ _id: 'x', a: { b: 6, c: 'y' }, n: 1, m: [1], fresh: 1 });
    expect(doc).toEqual({ _id: 'x', a: { b: 1 }, n: 2 });
  });

  it('never changes _id', () => {
    expect(() => applyPatch({ _id: 'x' }, { set: { _id: 'y' } })).toThrow();
  });
});

describe('WeChat cron', () => {
  it('drops the year field of a 7-field pattern', () => {
    expect(toCronerPattern('0 */5 * * * * *')).toBe('0 */5 * * * *');
  });
  it('refuses other shapes', () => {
    expect(() => toCronerPattern('*/5 * * * *')).toThrow();
    expect(() => toCronerPattern('0 0 8 * * * 2027')).toThrow();
  });
});
