/** Normalization, negation, modifiers and numbers of the triage engine's text reading. */
import { analyzeText } from '../../backend/domain/triage/analyze';
import { entryById } from '../../backend/domain/triage/lexicon';
import { normalize } from '../../backend/domain/triage/normalize';
import { classify, readNumber } from '../../backend/domain/triage/numbers';

const read = (raw: string) => analyzeText(normalize(raw).text);
const said = (raw: string): string[] =>
  read(raw)
    .mentions.filter((m) => !m.negated)
    .map((m) => m.id);
const denied = (raw: string): string[] =>
  read(raw)
    .mentions.filter((m) => m.negated)
    .map((m) => m.id);

describe('normalize', () => {
  it.each([
    ['ＡＢＣ头疼！！！', 'abc头疼!'],
    ['肚几疼疼疼', '肚子疼'],
    ['大姨妈推迟了', '月经推迟了'],
    ['咳簌三天', '咳嗽三天'],
    ['拉屎出血', '大便出血'],
    ['脑阔疼', '脑袋疼'],
    ['  头疼　　发烧  ', '头疼 发烧'],
  ])('%s → %s', (raw, out) => {
    expect(normalize(raw).text).toBe(out);
  });

  it('reads a few emoji as words and drops the rest', () => {
    expect(normalize('🤒🤮').text).toBe('发烧 呕吐');
    expect(normalize('😀👍🏻❤️')).toMatchObject({ text: '', hadEmoji: true });
  });

  it('translates English symptom words as a best effort', () => {
    const n = normalize('I have a headache and a sore throat');
    expect(n.english).toBe(true);
    expect(n.text).toContain('头痛');
    expect(n.text).toContain('嗓子疼');
  });
});

describe('everyday phrasings and body part + sensation', () => {
  it.each([
    ['肚子疼', 'abdominal_pain'],
    ['胃疼', 'epigastric_pain'],
    ['胃不舒服', 'dyspepsia'],
    ['肚子一阵一阵地疼', 'abdominal_pain'],
    ['嗓子有点痒', 'throat_itch'],
    ['膝盖一到阴天就疼', 'knee_pain'],
    ['波棱盖疼', 'knee_pain'],
    ['眼睛又红又痒', 'itchy_eye'],
    ['头和肚子都疼', 'headache'],
    ['小便的时候疼', 'dysuria'],
    ['没有胃口', 'appetite_loss'],
    ['月经两个月没来', 'amenorrhea'],
    ['喝了敌敌畏', 'poisoning'],
  ])('%s → %s', (raw, id) => {
    expect(said(raw)).toContain(id);
  });

  it('a word containing a body part does not make a symptom (手术, 头发, 胃口)', () => {
    const symptoms = (raw: string) => said(raw).filter((id) => entryById.get(id)?.kind === 'symptom');
    expect(symptoms('手术以后一切都好')).toEqual([]);
    expect(symptoms('胃口还行')).toEqual([]);
    expect(symptoms('头发剪短了')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    ['不发烧', 'fever'],
    ['没有明显的腹痛', 'abdominal_pain'],
    ['没觉得头疼', 'headache'],
    ['否认胸痛', 'chest_pain'],
    ['头不怎么疼', 'headache'],
    ['发烧没有，咳嗽有', 'fever'],
    ['不是头疼，是头晕', 'headache'],
    ['没有高血压糖尿病', 'diabetes'],
    ['无发热', 'fever'],
    ['未见黑便', 'black_stool'],
  ])('%s denies %s', (raw, id) => {
    expect(denied(raw)).toContain(id);
    expect(said(raw)).not.toContain(id);
  });

  it('a denial reaches through a list until a clause or a contrast ends it', () => {
    expect(denied('没有发烧、咳嗽和头痛')).toEqual(['fever', 'cough', 'headache']);
    const r = read('没有发烧和咳嗽，但是头疼');
    expect(r.mentions.map((m) => [m.id, m.negated])).toEqual([
      ['fever', true],
      ['cough', true],
      ['headache', false],
    ]);
    expect(said('不发烧，不咳嗽，就是嗓子疼')).toEqual(['sore_throat']);
    expect(said('头疼，也没有发烧')).toEqual(['headache']);
  });

  it.each([
    ['不但头疼而且发烧', ['headache', 'fever']],
    ['不小心摔了一跤', ['fracture']],
    ['无明显诱因出现腹痛', ['abdominal_pain']],
    ['咳嗽吃药也没好', ['cough']],
    ['不停地咳嗽', ['cough']],
    ['是不是发烧了', ['fever']],
    ['没吃饭就头晕', ['dizziness']],
    ['不想活了', ['suicidal']],
    ['不明原因发热三天', ['fever']],
  ])('“%s” is not a denial', (raw, ids) => {
    expect(said(raw)).toEqual(ids);
  });

  it('pregnancy can be denied', () => {
    expect(read('没怀孕').pregnant).toBe(false);
    expect(read('我不是孕妇').pregnant).toBe(false);
    expect(read('怀孕了').pregnant).toBe(true);
    expect(read('孕32周').pregnant).toBe(true);
  });
});

describe('severity, suddenness and duration', () => {
  const first = (raw: string) => read(raw).mentions[0];

  it('attaches 剧烈 / 厉害 to the nearest symptom', () => {
    expect(first('突然剧烈头痛')).toMatchObject({ id: 'headache', severity: 2, sudden: true });
    expect(first('肚子疼得厉害')).toMatchObject({ id: 'abdominal_pain', severity: 1 });
    expect(first('胸口疼，疼得厉害')).toMatchObject({ id: 'chest_pain', severity: 1 });
    expect(first('不太严重的头疼')).toMatchObject({ severity: 0 });
  });

  it.each([
    ['刚才突然头晕', 'sudden'],
    ['昨天开始发烧', 'acute'],
    ['咳嗽三天', 'subacute'],
    ['腰疼半年了', 'chronic'],
    ['咳嗽两个多月', 'chronic'],
    ['头疼好几年了', 'chronic'],
  ])('%s → %s', (raw, d) => {
    expect(read(raw).durations).toContain(d);
  });

  it('classifies days', () => {
    expect([classify(0.01), classify(1), classify(7), classify(60)]).toEqual(['sudden', 'acute', 'subacute', 'chronic']);
  });
});

describe('numbers and who is ill', () => {
  it('reads Chinese numerals', () => {
    expect([readNumber('三十五'), readNumber('十五'), readNumber('二十'), readNumber('两三'), readNumber('十几'), readNumber('半')]).toEqual([
      35, 15, 20, 3, 15, 0.5,
    ]);
  });

  it('reads temperature, blood pressure, heart rate and blood sugar', () => {
    expect(read('发烧38.5度').temperature).toBe(38.5);
    expect(read('烧到三十九度').temperature).toBe(39);
    expect(read('血压180/110').systolic).toBe(180);
    expect(read('心率150').heartRate).toBe(150);
    expect(read('空腹血糖12.5').glucose).toBe(12.5);
  });

  it('reads ages and sexes', () => {
    expect(read('三岁半的女儿发烧')).toMatchObject({ age: 3.5, sex: 'female' });
    expect(read('65岁男性，胸闷')).toMatchObject({ age: 65, sex: 'male' });
    expect(read('宝宝8个月了，拉肚子').age).toBeCloseTo(8 / 12);
    expect(read('出生10天的宝宝，皮肤黄').age).toBeCloseTo(10 / 365);
    expect(read('我妈最近老是头晕')).toMatchObject({ age: 58, sex: 'female' });
    expect(read('孩子咳嗽').age).toBe(5);
  });
});
