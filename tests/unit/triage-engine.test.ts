/** The triage engine end to end on the demo hospitals' departments: modifiers, picks, bad input, speed. */
import { assess, type HospitalDepartment } from '../../backend/domain/triage/assess';
import { ageInYears } from '../../backend/domain/triage/age';
import { departments } from '../../backend/dev-server/seed/content/departments';

const tier3: HospitalDepartment[] = departments
  .filter((d) => d.hospitalId === 'h-zzcentral')
  .map((d) => ({ id: d._id, name: d.name, category: d.category, location: d.location, phone: d.phone }));
const top = (text: string, more: Parameters<typeof assess>[0] = {}): string[] => assess({ text, ...more }, tier3).departments.map((d) => d.name);

describe('answers', () => {
  it('ranks three of the hospital’s own departments with reasons', () => {
    const r = assess({ text: '肚子疼两天，拉肚子，不发烧' }, tier3);
    expect(r.status).toBe('ok');
    expect(r.departments).toHaveLength(3);
    expect(r.departments[0]).toMatchObject({ name: '消化内科', departmentId: 'd-zz-gastro' });
    expect(r.departments[0].reasons.join(' ')).toMatch(/拉肚子|肚子疼/);
    expect(r.departments[0].score).toBeGreaterThan(r.departments[1].score);
    expect(r.understood).toMatchObject({ denied: ['发烧'], duration: '1–2天内' });
    expect(r.advice).toContain('消化内科');
  });

  it.each([
    ['我老公血压高，头晕', '心血管内科'],
    ['乙肝小三阳想复查', '感染科'],
    ['最近老是口渴，喝水多尿也多，瘦了十斤', '内分泌科'],
    ['最近总是心慌，手抖，怕热，吃得多反而瘦了', '内分泌科'],
    ['早上起来手指关节僵硬，好几个关节肿痛，半年了', '风湿免疫科'],
    ['吃完油腻的东西右上腹疼，疼到后背', '普通外科'],
    ['腰一侧绞痛，尿里有血', '泌尿外科'],
    ['嗓子里总觉得有东西，咽不下去吐不出来', '耳鼻咽喉科'],
    ['失眠好几个月了，情绪低落，对什么都没兴趣', '医学心理科'],
    ['脑梗后遗症，右边手脚不灵活，想做康复', '康复医学科'],
    ['想做个全面体检', '体检中心'],
    ['被狗咬了一口', '急诊科'],
  ])('“%s” → %s', (text, name) => {
    expect(top(text)[0]).toBe(name);
  });
});

describe('age, sex and pregnancy', () => {
  it('children under 14 see 儿科 for internal problems; newborns 新生儿科', () => {
    expect(top('发烧咳嗽三天', { age: 5 })[0]).toBe('儿科');
    expect(top('发烧咳嗽三天', { age: 30 })[0]).toBe('呼吸内科');
    expect(top('皮肤发黄', { age: 10 / 365 })[0]).toBe('新生儿科');
    expect(top('宝宝出生10天，皮肤发黄')[0]).toBe('新生儿科');
    expect(top('孩子右下腹疼', { age: 8 }).slice(0, 2)).toEqual(['儿科', '普通外科']);
  });

  it('children keep their eye, tooth and skin specialists', () => {
    expect(top('眼睛红，流眼泪', { age: 6 })[0]).toBe('眼科');
    expect(top('牙疼', { age: 9 })[0]).toBe('口腔科');
  });

  it('women see 妇科, men 泌尿外科 (the hospital has no 男科)', () => {
    expect(top('下腹痛', { sex: 'female' })[0]).toBe('妇科');
    expect(top('下腹痛', { sex: 'male' })).not.toContain('妇科');
    expect(top('早泄，勃起困难')[0]).toBe('泌尿外科');
  });

  it('pregnancy sends most complaints to 产科', () => {
    expect(top('下腹有点疼', { sex: 'female', pregnant: true })[0]).toBe('产科');
    expect(top('怀孕5个月，感冒了，咳嗽流鼻涕')[0]).toBe('产科');
    expect(top('下腹有点疼', { sex: 'male', pregnant: true })).not.toContain('产科');
  });

  it('computes a fractional age from a birth date', () => {
    const now = Date.UTC(2026, 10, 25, 1, 30);
    expect(ageInYears('2026-11-15', now)).toBeCloseTo((10 + 9.5 / 24) / 365.25, 4);
    expect(Math.floor(ageInYears('1968-03-15', now) ?? 0)).toBe(58);
    expect(ageInYears('', now)).toBeNull();
  });
});

describe('duration', () => {
  it('sudden belly pain leans to surgery and the emergency department, months of it to gastroenterology', () => {
    const sudden = assess({ text: '肚子疼，今天开始的' }, tier3).departments.map((d) => d.name);
    const chronic = assess({ text: '肚子疼，好几年了' }, tier3).departments.map((d) => d.name);
    expect(sudden).toContain('急诊科');
    expect(chronic[0]).toBe('消化内科');
    expect(chronic).not.toContain('急诊科');
  });
});

describe('body-map picks', () => {
  it('a region, symptoms and answers lead to a department with pick reasons', () => {
    const r = assess(
      {
        picks: {
          regionId: 'waist',
          symptomIds: [],
          answers: [
            { questionId: 'waist_type', optionId: 'colic' },
            { questionId: 'waist_with', optionId: 'blood' },
          ],
        },
      },
      tier3,
    );
    expect(r.departments[0].name).toBe('泌尿外科');
    expect(r.departments[0].reasons.join(' ')).toMatch(/回答：/);
  });

  it('a region tapped alone is a best effort', () => {
    const r = assess({ picks: { regionId: 'eye', symptomIds: [], answers: [] } }, tier3);
    expect(r.status).toBe('best_effort');
    expect(r.departments[0].name).toBe('眼科');
  });

  it('words and picks add up', () => {
    const r = assess({ text: '膝盖疼', picks: { regionId: 'leg', symptomIds: ['knee_pain'], answers: [] } }, tier3);
    expect(r.departments[0].name).toBe('骨科');
  });
});

describe('bad input gets a clear answer, never an exception', () => {
  it('empty text asks for symptoms', () => {
    const r = assess({ text: '' }, tier3);
    expect(r).toMatchObject({ status: 'need_symptoms', emergency: false, departments: [] });
    expect(r.advice).toMatch(/哪里不舒服/);
    expect(assess({}, tier3).status).toBe('need_symptoms');
  });

  it('emoji only asks for symptoms in words', () => {
    const r = assess({ text: '😀😀👍' }, tier3);
    expect(r.status).toBe('need_symptoms');
    expect(r.advice).toMatch(/表情/);
  });

  it('English gets a best effort, or a request for Chinese', () => {
    const known = assess({ text: 'I have chest pain and fever' }, tier3);
    expect(known.status).toBe('best_effort');
    expect(known.departments.length).toBeGreaterThan(0);
    expect(known.notices.join('')).toMatch(/英文/);
    const unknown = assess({ text: 'my elbow feels weird after tennis' }, tier3);
    expect(unknown.status).toBe('need_symptoms');
    expect(unknown.advice).toMatch(/中文/);
  });

  it('only denials ask what is wrong', () => {
    const r = assess({ text: '不发烧，不咳嗽' }, tier3);
    expect(r.status).toBe('need_symptoms');
    expect(r.advice).toMatch(/没有发烧/);
  });

  it('10,000 characters are read and answered (their speed: tests/unit/triage-linear.test.ts, npm run bench)', () => {
    const long = '我这几天一直不太舒服，'.repeat(400) + '主要是胃疼，反酸烧心。' + '啊'.repeat(5000);
    const r = assess({ text: long.slice(0, 10_000) }, tier3);
    expect(r.departments[0].name).toBe('消化内科');
    expect(r.notices.join('')).toMatch(/内容较长/);
    expect(assess({ text: '长'.repeat(10_000) }, tier3).status).toBe('need_symptoms');
  });

  it('a pasted lab report is read by its abnormal lines', () => {
    const report = [
      '检验项目  结果  单位  参考范围',
      '谷丙转氨酶(ALT)  86  U/L  ↑  9-50',
      '谷草转氨酶(AST)  45  U/L  ↑  15-40',
      '总胆红素  12.1  μmol/L  3.4-20.5',
      '肌酐  70  μmol/L  57-111',
    ].join('\n');
    const r = assess({ text: report }, tier3);
    expect(r.status).toBe('best_effort');
    expect(r.notices.join('')).toMatch(/检验报告/);
    expect(r.departments.map((d) => d.name)).toEqual(expect.arrayContaining(['消化内科', '感染科']));
    expect(r.departments.map((d) => d.name)).not.toContain('肾内科');
    expect(r.advice).toMatch(/肝功能/);
    const normal = assess(
      { text: ['检验项目 结果 单位 参考范围', '血红蛋白 135 g/L 130-175', '白细胞 6.1 10^9/L 3.5-9.5', '血小板 210 10^9/L 125-350'].join('\n') },
      tier3,
    );
    expect(normal.status).toBe('need_symptoms');
    expect(normal.advice).toMatch(/检验报告/);
  });

  it('nonsense and punctuation ask for symptoms', () => {
    for (const text of ['？？？', '12345', 'asdfgh', '。。。，，，', '\n\n\t']) {
      const r = assess({ text }, tier3);
      expect(r.status).toBe('need_symptoms');
      expect(r.advice.length).toBeGreaterThan(10);
    }
  });
});
