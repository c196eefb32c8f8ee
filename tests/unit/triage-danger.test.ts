/**
 * Danger concepts recognised from their parts (backend/domain/triage/danger.ts): combinations
 * written for this test, not taken from the gold or sealed sets; denials, suppositions, hearsay,
 * the past and figures of speech do not raise the alarm; typed homophones are read.
 */
import { assess } from '../../backend/domain/triage/assess';
import { dangerConcepts } from '../../backend/domain/triage/data/danger-concepts';
import { redFlags } from '../../backend/domain/triage/data/red-flags';
import { normalize } from '../../backend/domain/triage/normalize';
import { unrealMask } from '../../backend/domain/triage/unreal';
import { hospitalDepartments } from '../../scripts/bench/triage';

const tier3 = hospitalDepartments();

const dangers: Array<[text: string, flag: string, age: number | null]> = [
  ['我闺女把纽扣电池放嘴里咽下去了', 'dangerous_swallow', 3],
  ['小孙子吞了几颗吸铁石', 'dangerous_swallow', 4],
  ['老人误喝了半瓶百草枯', 'poisoning', null],
  ['宝宝舔了一口管道疏通剂', 'poisoning', 1],
  ['刚把一整板安眠药都吞了', 'poisoning', null],
  ['屋里烧着炭火门窗紧闭，一家人都头晕想吐', 'poisoning', null],
  ['遗书我已经写好了', 'suicidal', null],
  ['我不想再拖累家里人了，活着没意义', 'suicidal', null],
  ['站在天台上，想跳下去', 'suicidal', null],
  ['偷偷攒了一抽屉的安眠药', 'suicidal', null],
  ['我把东西都分给朋友了，跟他们说了再见', 'suicidal', null],
  ['大家没有我会过得更好', 'suicidal', null],
  ['在网上查怎么才能死得不痛苦', 'suicidal', null],
  ['手腕上划了好几道口子', 'suicidal', null],
  ['绳子已经准备好了', 'suicidal', null],
  ['撑不下去了，想结束这一切', 'suicidal', null],
  ['儿子骑车摔了磕到后脑勺，回来吐了两次', 'head_injury', 12],
  ['他撞到了门上，现在老问同样的问题', 'head_injury', null],
  ['咳嗽咳出一大口一大口的血', 'massive_bleeding', null],
  ['拉了一马桶的血，人发飘', 'massive_bleeding', null],
  ['鼻子出血一个多小时了还没止住', 'massive_bleeding', null],
  ['便学很多，站起来眼前发黑', 'massive_bleeding', null],
  ['肚子硬得像木板，碰都不让碰', 'acute_abdomen', null],
  ['左边的蛋蛋突然疼得厉害', 'testicular_torsion', 15],
  ['在地里被毒蛇咬了一口', 'venomous_bite', null],
  ['修电闸的时候触电了，手发麻', 'drowning_electric', null],
  ['大太阳底下干了一下午活，现在说胡话', 'heat_stroke', null],
  ['吃枣卡住了，说不了话', 'dyspnea', null],
  ['吸气的时候气进不去', 'dyspnea', null],
  ['吃完饭突然心慌，然后就晕倒了', 'arrhythmia_danger', null],
  ['爷爷突然右手拿不住筷子，说话也不清楚', 'stroke', 75],
  ['怀孕十周，下面出血了', 'ectopic_pregnancy', null],
  ['孩子吐了一整天，一天没尿，蔫蔫的没精神', 'child_danger', 2],
  ['吃了虾以后嘴唇肿，喉咙发紧', 'anaphylaxis', null],
  ['抽搐了十几分钟还没停下来', 'seizure', null],
  ['头突然疼得像炸开一样，这辈子最疼的一次', 'thunderclap_headache', null],
  ['我妈吐了好多咖啡色的东西，现在头晕眼花', 'massive_bleeding', null],
  ['爷爷摔了一跤，头磕到桌角，现在叫他不太答应', 'head_injury', 80],
  ['宝宝才一个半月，体温38度2', 'infant_fever', null],
  ['晚上烧蜂窝煤取暖，一家人早上起来都头疼恶心', 'poisoning', null],
  ['烧开水的时候把腿烫了，一大片都起了水泡', 'severe_burn', null],
  ['尿了一天都尿不出来，肚子胀得像鼓', 'urinary_retention', 70],
];

const calm: Array<[text: string, age: number | null]> = [
  ['孩子要是吞了电池怎么办', 5],
  ['听说有人喝农药自杀了，心里害怕，睡不着', null],
  ['以前想过自杀，现在好多了，想调整一下睡眠', null],
  ['我没有自杀的念头，就是心情不好', null],
  ['牙疼了三天，疼得想死', null],
  ['如果摔到头以后吐了要不要去医院', null],
  ['血压高，想查查血脂', null],
  ['刷牙时牙龈出血很多', null],
  ['月经量很多，有血块', null],
  ['嗓子哑了，说不出话', null],
  ['孩子说话有点大舌头', 5],
  ['一个月流好几次鼻血', null],
  ['我过去看了一下，孩子脚上被蚊子咬了几个包', 4],
  ['同学们都说我脸色不好，想查查贫血', null],
  ['每天吃一板钙片可以吗', null],
  ['这是最后一次化疗了，想问问复查时间', null],
  ['切菜不小心划到手腕，出了点血', null],
  ['这个病会不会死，怎么治', null],
  ['手指被门夹了，指甲发紫', null],
  ['宝宝两个月，打疫苗以后有点低烧37.5', 0.17],
  ['家里老人有点糊涂了，记性差', 80],
  ['车祸以后一直做噩梦，睡不好，事情过去半年了', null],
  ['被电蚊拍电了一下，麻了一下，现在没事', null],
  ['昨天烫了头发，头皮有点痒', null],
  ['想做个磁共振，要预约吗', null],
];

describe('danger concepts from their parts', () => {
  it('name red flags that exist', () => {
    const ids = new Set(redFlags.map((r) => r.id));
    for (const c of dangerConcepts) expect(ids.has(c.flag)).toBe(true);
  });

  it.each(dangers)('recognises “%s” as %s', (text, flag, age) => {
    const r = assess({ text, age }, tier3);
    expect(r.emergency).toBe(true);
    expect(r.redFlags.map((f) => f.id)).toContain(flag);
  });

  it.each(calm)('raises no alarm for “%s”', (text, age) => {
    const r = assess({ text, age }, tier3);
    expect(r.redFlags).toEqual([]);
    expect(r.emergency).toBe(false);
  });
});

describe('what is not a real event now', () => {
  it('marks a supposition to the end of its sentence, the past to the end of its clause', () => {
    const text = '要是吞了电池怎么办。以前摔过,现在又吐了';
    const mask = [...unrealMask(text)].join('');
    expect(mask.slice(0, 9)).toBe('111111111');
    expect(mask[text.indexOf('摔过')]).toBe('1');
    expect(mask[text.indexOf('吐了')]).toBe('0');
  });
});

describe('homophones', () => {
  it('reads a character typed for a medical one of the same sound, and leaves everyday words alone', () => {
    expect(normalize('便学好多').text).toBe('便血好多');
    expect(normalize('昏到了').text).toBe('昏倒了');
    expect(normalize('呼吸困南').text).toBe('呼吸困难');
    expect(normalize('降压要吃吗').text).toBe('降压药吃吗');
    for (const everyday of ['同学们好', '吃到了', '主要是胃疼', '头发少', '点了个外卖']) expect(normalize(everyday).text).toBe(everyday);
  });
});

describe('questions and pregnancy', () => {
  it('answers a question about a named condition with its department, as information', () => {
    const r = assess({ text: '高血压可以吃味精吗' }, tier3);
    expect(r.emergency).toBe(false);
    expect(r.departments[0].name).toBe('心血管内科');
    expect(r.notices[0]).toMatch(/高血压.*健康知识.*不是诊断/);
    const hbv = assess({ text: '乙肝小三阳要紧吗' }, tier3);
    expect(hbv.departments[0].name).toBe('感染科');
    expect(hbv.notices[0]).toMatch(/不是诊断/);
  });

  it('a child named as the one who may inherit a condition is not the patient', () => {
    expect(assess({ text: '痛风会不会遗传给孩子' }, tier3).departments[0].name).toBe('风湿免疫科');
  });

  it('a late period with nausea points to 产科/妇科 and suggests a pregnancy test', () => {
    const r = assess({ text: '月经一直很准，这回推迟了一周，早上恶心', sex: 'female', age: 28 }, tier3);
    expect(
      r.departments
        .slice(0, 2)
        .map((d) => d.name)
        .sort(),
    ).toEqual(['产科', '妇科']);
    expect(r.notices.join('')).toMatch(/验孕棒|HCG/);
  });
});
