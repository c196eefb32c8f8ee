/**
 * Every red-flag rule fires on plain-words examples of it, and common non-urgent complaints do not
 * raise a false alarm. Examples are written for this test, not taken from the gold set.
 */
import { assess, type HospitalDepartment } from '../../backend/domain/triage/assess';
import { redFlags } from '../../backend/domain/triage/data/red-flags';
import { departments } from '../../backend/dev-server/seed/content/departments';

const tier3: HospitalDepartment[] = departments
  .filter((d) => d.hospitalId === 'h-zzcentral')
  .map((d) => ({ id: d._id, name: d.name, category: d.category, location: d.location, phone: d.phone }));

const examples: Record<string, string[]> = {
  chest_pain_sweating: ['胸口疼，出了一身冷汗', '胸闷得厉害，满头大汗'],
  crushing_chest_pain: ['胸口像压了块大石头，疼到左胳膊'],
  atypical_acs: ['胃里不舒服，一直冒冷汗', '牙疼连着胸口闷，胳膊发麻'],
  appendicitis: ['右下腹疼了一天，还发烧', '先是胃疼，后来疼到右下腹，恶心'],
  pancreatitis: ['昨天聚餐喝了很多酒，上腹疼得厉害，一直呕吐'],
  bowel_obstruction: ['肚子胀，两天没排气，还吐'],
  intussusception: ['宝宝大便像果酱一样'],
  urinary_retention: ['小肚子胀得要命，就是尿不出'],
  hip_fracture: ['奶奶在卫生间滑倒了，现在站不起来了'],
  acute_glaucoma: ['眼睛胀痛得厉害，看灯有光圈，头疼想吐'],
  dka: ['糖尿病的孩子呼吸深快，有烂苹果味'],
  severe_chest_pain: ['突然胸口疼', '胸口疼得厉害，已经半个小时了'],
  chest_pain_dyspnea: ['胸口疼，喘不上气'],
  tearing_pain: ['后背突然撕裂样疼'],
  stroke: ['我爸突然说话不清楚，右边手脚没劲', '嘴歪了，说话含糊'],
  dyspnea: ['喘不上气，嘴唇发紫', '突然呼吸困难'],
  massive_bleeding: ['吐血了', '大口咳血', '伤口血流不止'],
  altered_consciousness: ['老人叫不醒', '刚才突然晕倒了'],
  seizure: ['突然抽搐，口吐白沫'],
  febrile_convulsion: ['孩子发高烧，抽筋了'],
  thunderclap_headache: ['头痛得厉害，还吐了', '突然剧烈头痛，从来没有这么疼过'],
  meningism: ['发烧头痛，脖子发硬'],
  head_injury: ['摔到头以后一直吐'],
  anaphylaxis: ['吃了海鲜后全身起风团，喉咙发紧', '被蜜蜂蛰了之后喘不上气'],
  poisoning: ['喝了农药', '孩子误服了奶奶的降压药', '孩子吃了一瓶感冒药'],
  suicidal: ['想自杀', '我不想活了'],
  major_trauma: ['出车祸了', '从楼上摔下来'],
  drowning_electric: ['孩子溺水了', '被电打了'],
  venomous_bite: ['在地里被蛇咬了'],
  acute_abdomen: ['肚子疼得打滚', '上腹剧痛，冒冷汗'],
  ectopic_pregnancy: ['停经40天，下腹疼，有点阴道出血', '月经两个月没来，今天下腹疼，阴道出血'],
  pregnancy_warning: ['怀孕36周，破水了', '怀孕七个月，头痛，看东西模糊'],
  infant_fever: ['宝宝2个月大，发烧38.5度'],
  child_danger: ['5岁孩子发烧，精神萎靡', '我家孩子3岁，拉肚子，一天没尿'],
  hypertensive_crisis: ['血压200/120', '血压180，头痛得厉害'],
  hypoglycemia: ['糖尿病人低血糖，出冷汗心慌'],
  heat_stroke: ['中暑了，人糊涂了', '在工地热晕了'],
  eye_emergency: ['眼睛溅到了石灰', '一只眼睛突然看不见了'],
  testicular_torsion: ['睾丸突然剧痛'],
  arrhythmia_danger: ['心慌，还晕倒了一次', '心跳180，头晕'],
  dangerous_swallow: ['孩子吞了纽扣电池'],
  severe_burn: ['大面积烫伤'],
  alarm_words: ['家里老人快不行了，叫救护车'],
  danger_unsure: ['孩子腿上冒出一片紫色的小点点，拿手按下去也不消'],
  resembles_emergency: ['俺爹下午在地里打药回来就一直吐口水流个不停眼睛看东西小'],
};

const calm = [
  '胸口偶尔刺痛一下，半年了',
  '咳嗽三天，有点痰',
  '不发烧，不头疼，只是嗓子疼',
  '没有胸痛，也不喘，就是有点累',
  '爬楼梯就喘，两年了',
  '偏头痛好几年，每次疼得要命',
  '腿抽筋',
  '脑梗后遗症三年，说话不太清楚',
  '流鼻血',
  '吃坏肚子拉肚子',
  '中暑了有点头晕',
  '手指划破了个小口子',
  '面瘫，闭不上眼',
  '早上起来嘴歪了，眼睛闭不上，耳后疼',
  '以前得过心梗，来复查',
  '没有呕血，也没有黑便，就是胃疼',
  '头疼，没吐',
  '血压150，头晕',
  '肚子疼得厉害，拉肚子',
  '孩子发烧39度，精神还可以',
  '宝宝8个月，发烧38度',
  '孕12周，来建档产检',
  '胸闷气短好几年了',
  '哮喘，晚上喘',
];

describe('red flags', () => {
  it('every rule has examples here', () => {
    expect(redFlags.length).toBeGreaterThanOrEqual(25);
    for (const rule of redFlags) expect(examples[rule.id]).toBeDefined();
  });

  const cases = Object.entries(examples).flatMap(([id, texts]) => texts.map((text) => ({ id, text })));
  it.each(cases)('$id: “$text”', ({ id, text }) => {
    const r = assess({ text }, tier3);
    expect(r.emergency).toBe(true);
    expect(r.status).toBe('emergency');
    expect(r.redFlags.map((f) => f.id)).toContain(id);
    expect(r.departments[0].name).toBe('急诊科');
    expect(r.departments[0].reasons[0]).toMatch(/危险信号/);
    expect(r.advice).toMatch(/急诊|120/);
    expect(r.emergencyDepartment).toMatchObject({ name: '急诊科', location: expect.stringContaining('急诊楼') });
  });

  it.each(calm)('no false alarm: “%s”', (text) => {
    const r = assess({ text }, tier3);
    expect(r.redFlags).toEqual([]);
    expect(r.emergency).toBe(false);
  });

  it('a denied red flag is not one: 没有胸痛也没有出汗', () => {
    expect(assess({ text: '没有胸痛，也没有出冷汗，就是有点咳嗽' }, tier3).emergency).toBe(false);
  });

  it('picks raise red flags too: chest → 胸痛伴大汗', () => {
    const r = assess({ picks: { regionId: 'chest', symptomIds: ['chest_pain'], answers: [{ questionId: 'chest_danger', optionId: 'sweat' }] } }, tier3);
    expect(r.redFlags.map((f) => f.id)).toContain('chest_pain_sweating');
  });
});
