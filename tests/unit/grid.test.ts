import { gridColumns, withGridFill } from '../../miniprogram/shared/grid';

describe('grid columns without ragged rows', () => {
  it.each([
    [8, false, 4],
    [10, false, 5],
    [6, false, 3],
    [15, false, 5],
    [5, false, 5],
    [10, true, 2],
    [9, true, 3],
    [15, true, 3],
    [6, true, 2],
  ])('%i entries (elder %s) → %i columns, every row full', (count, elder, columns) => {
    expect(gridColumns(count, elder)).toBe(columns);
    expect(count % columns).toBe(0);
  });

  it('takes the fullest last row when no candidate divides the count', () => {
    expect(gridColumns(7, false)).toBe(4); // 4 + 3 rather than 5 + 2 or 3 + 3 + 1
    expect(gridColumns(5, true)).toBe(3); // 3 + 2 rather than 2 + 2 + 1
    expect(gridColumns(1, true)).toBe(2);
    expect(gridColumns(0, false)).toBe(4);
  });
});

describe('a short last row shares the full width', () => {
  it('marks the entries of a short last row with their count, in each mode', () => {
    const five = withGridFill(['a', 'b', 'c', 'd', 'e'].map((key) => ({ key })));
    // Normal: 5 columns, one full row. Elder: 3 + 2, the last two share the row.
    expect(five.map((e) => e.fill)).toEqual(['', '', '', '', '']);
    expect(five.map((e) => e.elderFill)).toEqual(['', '', '', 'fill-2', 'fill-2']);
    expect(five[0].key).toBe('a');
    const seven = withGridFill(Array.from({ length: 7 }, (_, i) => ({ i })));
    expect(seven.map((e) => e.fill)).toEqual(['', '', '', '', 'fill-3', 'fill-3', 'fill-3']);
  });
});
