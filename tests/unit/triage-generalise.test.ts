/**
 * The mechanisms that let the danger layer (backend/domain/triage/danger.ts) hear text nobody wrote
 * down: dialect words, a filler inside a part, typed homophones, denials and suppositions scoped to
 * what they govern, concepts whose parts lie far apart, age-aware concepts. Every phrasing here was
 * written for this test, not taken from the gold or sealed sets.
 */
import { assess } from '../../backend/domain/triage/assess';
import { normalize } from '../../backend/domain/triage/normalize';
import { unrealMask } from '../../backend/domain/triage/unreal';
import { hospitalDepartments } from '../../scripts/bench/triage';

const tier3 = hospitalDepartments();

const flagsOf = (text: string, age: number | null = null, sex: 'male' | 'female' | null = null): string[] =>
  assess({ text, age, sex }, tier3).redFlags.map((f) => f.id);

describe('dialect words are rewritten to Mandarin', () => {
  it.each([
    ['阿公行路跌低咗，而家叫唔醒', '爷爷行路摔倒了,现在叫不醒'],
    ['佢饮咗半樽药水', '他喝了半瓶药水'],
    ['个女话佢睇唔到嘢', '女儿话他看不到东西'],
    ['头痛得遭不住', '头痛得受不了'],
    ['自个儿在家', '自己在家'],
    ['喊他莫得反应', '喊他没有反应'],
    ['侬覅急', '你不要急'],
  ])('“%s” → “%s”', (raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });

  it('keeps Mandarin words that share a character with a dialect word', () => {
    expect(normalize('食物过敏，晒太阳后起疹子').text).toBe('食物过敏,晒太阳后起疹子');
  });

  it('recognises an emergency told in Cantonese', () => {
    expect(flagsOf('阿公行路跌低咗，而家叫唔醒', 80)).toContain('altered_consciousness');
    expect(flagsOf('佢食咗一整板安眠药', 40)).toContain('poisoning');
    expect(flagsOf('我婆姨怀娃五个月，下身出血了', 26)).toContain('ectopic_pregnancy');
  });
});

describe('parts heard through fillers and homophones', () => {
  it('skips one degree word inside a part', () => {
    expect(flagsOf('外婆总说活着真没意思', 78)).toContain('suicidal');
    expect(flagsOf('孩子撞到头以后反应特慢', 6)).toContain('head_injury');
  });

  it('does not let a skipped filler join two words (脾气也急 is no 气急)', () => {
    expect(flagsOf('最近脾气也急，睡得也少', 35)).toEqual([]);
  });

  it('reads a character typed for a medical one of the same sound', () => {
    expect(normalize('凶口疼').text).toBe('胸口疼');
    expect(normalize('孩子逆水了').text).toBe('孩子溺水了');
    expect(normalize('温度不高').text).toBe('温度不高');
    expect(flagsOf('凶口像压了块石头，一身冷汗', 58)).toContain('chest_pain_sweating');
  });
});

describe('denials govern the part they reach', () => {
  it('a denial before a longer part denies it and voids the short part it heads', () => {
    expect(flagsOf('咳了一周，没有呼吸困难', 30)).toEqual([]);
  });

  it('a denial that heads a part is that part', () => {
    expect(flagsOf('孩子发烧，疹子按下去不褪色', 4)).toContain('meningism');
    expect(flagsOf('刚才爸爸突然没气了', 70)).toContain('altered_consciousness');
  });

  it('a breath that stops and comes back by itself is no collapse', () => {
    expect(flagsOf('他睡着以后会憋住没气了，过几秒又接上气', 50)).toEqual([]);
  });

  it('a denial does not reach across a comma into the next clause', () => {
    expect(flagsOf('宝宝从早上到现在都没尿，嘴唇干，手脚冰凉', 1)).toContain('child_danger');
  });
});

describe('suppositions and hearsay govern only what they cover', () => {
  it('a question about a supposition raises nothing', () => {
    expect(flagsOf('要是孩子喝了消毒水怎么办', 3)).toEqual([]);
  });

  it('a later clause opening with a word of the present is real again', () => {
    const text = '如果我走了家人会更轻松,今天已经把绳子准备好了';
    const mask = unrealMask(text);
    expect(mask[text.indexOf('家人')]).toBe(1);
    expect(mask[text.indexOf('绳子')]).toBe(0);
    expect(flagsOf(text, 45)).toContain('suicidal');
  });

  it('advice followed from the internet is no hearsay', () => {
    expect(flagsOf('一直吃华法林，照网上说的捏着鼻子，流鼻血半小时还没止住', 66)).toContain('massive_bleeding');
  });

  it('the past raises nothing', () => {
    expect(flagsOf('去年溺水过一次，现在想学游泳', 12)).toEqual([]);
  });
});

describe('concepts whose parts lie far apart', () => {
  it('a fall early in a long sentence and vomiting at its end', () => {
    expect(flagsOf('前天骑车摔了一跤，磕到后脑勺，当时觉得没什么，也没去医院，在家躺了两天，今天早上起来开始吐，人也迷迷糊糊的', 45)).toContain('head_injury');
  });

  it('a blood thinner said in another sentence', () => {
    expect(flagsOf('我装了心脏支架，一直在吃利伐沙班。鼻孔塞着纸巾很快就湿透，换了好几团', 63)).toContain('massive_bleeding');
  });

  it('a long text without punctuation', () => {
    expect(flagsOf('我想问一下我妈今天中午吃饭的时候忽然左边的胳膊和腿都没有力气了说话也不太清楚我们要不要等到周一再去医院', 68)).toContain('stroke');
  });

  it('a decimal point does not split a clause', () => {
    expect(flagsOf('宝宝发烧38.9度，身上冒出好些红点，压了不褪', 2)).toContain('meningism');
  });
});

describe('age-aware concepts', () => {
  it('fever in a baby under three months', () => {
    expect(flagsOf('宝宝四十天大，摸着滚烫', 0.11)).toContain('infant_fever');
  });

  it('two signs of a dry child without vomiting or diarrhoea', () => {
    expect(flagsOf('三岁孩子一天没尿，眼窝凹下去，哭都没有眼泪', 3)).toContain('child_danger');
    expect(flagsOf('三岁孩子一天没尿，眼窝凹下去，哭都没有眼泪', 30)).not.toContain('child_danger');
  });

  it('a battery missing near a small child', () => {
    expect(flagsOf('两岁孩子在玩电子秤，后盖里的纽扣电池不见了', 2)).toContain('dangerous_swallow');
  });

  it('an object in the mouth, then sudden coughing and a whistle in a child', () => {
    expect(flagsOf('孩子把一颗塑料珠子塞进嘴里，接着呛咳，喘气有嘶嘶声', 2)).toContain('dyspnea');
  });
});

describe('parts of one word and parts said apart', () => {
  it('one word may be two kinds of part (吐血 is blood and where it came from)', () => {
    expect(flagsOf('吐血了，眼前发黑', 60)).toContain('massive_bleeding');
  });

  it('one word is not two signs of the same kind', () => {
    expect(flagsOf('孩子一天没尿', 3)).not.toContain('child_danger');
  });

  it('a call and no response, apart', () => {
    expect(flagsOf('叫他名字也没反应', 75)).toContain('altered_consciousness');
  });

  it('不如 is no denial', () => {
    expect(flagsOf('我不如消失算了', 30)).toContain('suicidal');
  });
});

describe('new danger concepts from their parts', () => {
  it.each([
    ['小孙子从鱼塘里被捞上来，一直在咳', 'drowning_electric', 7],
    ['她踩到草里一个滑溜溜的东西，脚踝上有两个牙印，越来越肿', 'venomous_bite', 50],
    ['怀孕八个月了，从昨晚起胎动变少了', 'pregnancy_warning', 29],
    ['吐出来的东西像咖啡渣一样', 'massive_bleeding', 60],
    ['他说脑袋里像被人敲了一下，突然就这样了', 'thunderclap_headache', 48],
    ['被油锅里的热油溅到脸上，眉毛烧焦了', 'severe_burn', 35],
  ])('“%s” → %s', (text, flag, age) => {
    expect(flagsOf(text, age)).toContain(flag);
  });

  it.each([
    ['阴囊有个小包，摸着软软的，两年了', 40],
    ['游泳时呛了一口水，咳了两下就好了', 20],
    ['喝了一杯咖啡，胃里不舒服', 30],
    ['开会憋尿太久，小肚子有点胀', 30],
  ])('raises no alarm for “%s”', (text, age) => {
    expect(flagsOf(text, age, 'male')).toEqual([]);
  });
});

describe('every complaint gets departments to choose from (the rules alone: their filler)', () => {
  const names = (text: string, age: number | null = null): string[] => assess({ text, age }, tier3, { learned: false }).departments.map((d) => d.name);

  it('fills by the body part said, behind a child’s age group', () => {
    expect(names('左边膝盖那块说不上来的别扭', 5)).toEqual(['儿科', '骨科', '康复医学科']);
  });

  it('a body-part character inside an everyday word is no body part', () => {
    expect(names('晚上玩手机玩到很晚', 5)).toEqual(['儿科']);
  });

  it('a denied body part fills nothing', () => {
    expect(assess({ text: '不头疼' }, tier3).status).toBe('need_symptoms');
  });

  it('fillers never outrank the evidence', () => {
    const top = assess({ text: '眼睛干涩', age: 70 }, tier3, { learned: false }).departments;
    expect(top.map((d) => d.name)).toEqual(['眼科', '老年医学科']);
    expect(top[0].score).toBeGreaterThan(90);
  });
});

describe('unsure, with words of alarm', () => {
  it('escalates when the engine cannot tell what it is', () => {
    const r = assess({ text: '我妈现在快不行了，你们快看看怎么办' }, tier3);
    expect(r.emergency).toBe(true);
    expect(r.redFlags.map((f) => f.id)).toEqual(['alarm_words']);
  });

  it('does not escalate a clear everyday complaint for one such word', () => {
    expect(flagsOf('孩子看了急救知识的视频，问我牙龈出血怎么办', 30)).not.toContain('alarm_words');
  });
});

describe('indirect farewells', () => {
  it.each([
    ['他留下一封信就出门了，现在手机关机了', 35],
    ['她一个人上了楼顶，说以后不用再管我了', 19],
  ])('“%s” opens the self-harm screen', (text, age) => {
    expect(flagsOf(text, age)).toContain('suicidal');
  });

  it('one polite word is no farewell', () => {
    expect(flagsOf('跟同事说了声再见就下班了，回家后有点头疼', 30)).not.toContain('suicidal');
  });
});
