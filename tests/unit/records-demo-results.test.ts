/** The demo HIS's results and the trend chart, pure: deterministic, ranges by sex and age, small shares abnormal and critical. */
import { LAB_PANELS } from '../../backend/adapters/local/demo-lab-panels';
import { IMAGING_EXAMS } from '../../backend/adapters/local/demo-imaging';
import { imagingReading, labItems } from '../../backend/adapters/local/demo-results';
import { trendChart } from '../../miniprogram/records/common/trend-chart';

describe('demo lab results', () => {
  it('are the same for the same visit and test, with ranges by sex and age', () => {
    const a = labItems(LAB_PANELS['LAB-CBC'], 'appt-1|LAB-CBC', 'female', 40, '');
    expect(labItems(LAB_PANELS['LAB-CBC'], 'appt-1|LAB-CBC', 'female', 40, '')).toEqual(a);
    expect(a.find((i) => i.code === 'HGB')!.range).toBe('115-150');
    expect(labItems(LAB_PANELS['LAB-CBC'], 'x', 'male', 40, '').find((i) => i.code === 'HGB')!.range).toBe('130-175');
    expect(labItems(LAB_PANELS['LAB-CBC'], 'x', 'male', 8, '').find((i) => i.code === 'HGB')!.range).toBe('110-160');
    expect(labItems(LAB_PANELS['LAB-RFT'], 'x', 'male', 70, '').find((i) => i.code === 'CREA')!.range).toBe('59-104');
  });

  it('over 4,000 visits: potassium mostly normal, about 12 % abnormal, about 1.5 % critical, flags matching the value', () => {
    const counts = { N: 0, abnormal: 0, critical: 0 };
    for (let n = 0; n < 4000; n++) {
      const k = labItems(LAB_PANELS['LAB-RFT'], `visit-${n}|LAB-RFT`, 'male', 50, '').find((i) => i.code === 'K')!;
      const v = Number(k.value);
      if (k.interpretation === 'N') {
        counts.N++;
        expect(v >= 3.5 && v <= 5.3).toBe(true);
      } else if (k.interpretation === 'HH' || k.interpretation === 'LL') {
        counts.critical++;
        expect(v > 6.2 || v < 2.8).toBe(true);
      } else counts.abnormal++;
    }
    expect(counts.critical / 4000).toBeGreaterThan(0.008);
    expect(counts.critical / 4000).toBeLessThan(0.025);
    expect((counts.abnormal + counts.critical) / 4000).toBeGreaterThan(0.08);
    expect((counts.abnormal + counts.critical) / 4000).toBeLessThan(0.17);
  });

  it('a diagnosis naming 高钾 gives a critical potassium; HIV screens are never positive in the demo', () => {
    expect(labItems(LAB_PANELS['LAB-RFT'], 'x', 'female', 84, '高钾血症待查').find((i) => i.code === 'K')).toMatchObject({
      value: '6.87',
      interpretation: 'HH',
    });
    for (let n = 0; n < 200; n++) expect(labItems(LAB_PANELS['LAB-HIV'], `v${n}`, 'male', 30, '')[0].value).toBe('阴性');
  });

  it('imaging: a normal, abnormal or (rarely) critical reading; 气胸 in the diagnosis gives the critical one', () => {
    expect(imagingReading(IMAGING_EXAMS['IMG-CT-CHEST'], 'x', '自发性气胸？')).toMatchObject({ critical: true, impression: '右侧大量气胸' });
    const critical = Array.from({ length: 2000 }, (_, n) => imagingReading(IMAGING_EXAMS['IMG-DR'], `v${n}`, '')).filter((r) => r.critical).length;
    expect(critical).toBeGreaterThan(10);
    expect(critical).toBeLessThan(60);
  });
});

describe('the trend chart', () => {
  it('places the points oldest to newest across the width, higher values higher, with the reference band', () => {
    const chart = trendChart({
      code: 'HBA1C',
      name: '糖化血红蛋白',
      unit: '%',
      range: '4.0-6.0',
      low: 4,
      high: 6,
      points: [
        { date: '2025-01-01', value: 7.2, flag: 'H' },
        { date: '2025-04-01', value: 6.4, flag: 'H' },
        { date: '2025-07-01', value: 5.8, flag: '' },
      ],
    });
    expect(chart.points.map((p) => p.x)).toEqual([56, 336, 616]);
    expect(chart.points[0].y).toBeLessThan(chart.points[2].y);
    expect(chart.band!.y1).toBeLessThan(chart.band!.y2);
    expect(chart.title).toBe('糖化血红蛋白（%） 参考范围 4.0-6.0');
    expect(decodeURIComponent(chart.uri)).toContain('<polyline');
  });
});
