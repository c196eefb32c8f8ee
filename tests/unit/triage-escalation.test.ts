/**
 * Escalation when a danger is half-said (backend/domain/triage/danger.ts `readDangers`, assess.ts
 * HALF_SAID: the red flag danger_unsure) and self-harm from distress and an ending idea anywhere in the
 * text (data/danger-concepts.ts self_harm_anywhere, self_harm_giving_away). Every sentence here was
 * written for this test, not taken from the gold or sealed sets.
 */
import { assess } from '../../backend/domain/triage/assess';
import { hospitalDepartments } from '../../scripts/bench/triage';

const tier3 = hospitalDepartments();

const flagsOf = (text: string, age: number | null = null): string[] => assess({ text, age }, tier3).redFlags.map((f) => f.id);

describe('a danger concept said in part escalates when the engine is unsure', () => {
  it.each([
    ['弟弟背上冒了一些紫点点，我拿玻璃杯压上去还是看得到', 8],
    ['奶奶手背上一片紫斑，摁了也不消', 80],
    ['妹妹小腿上起了好些紫色的小点子，用手压了压还在', 9],
  ])('“%s” → danger_unsure, 急诊 first', (text, age) => {
    const r = assess({ text, age }, tier3);
    expect(r.redFlags.map((f) => f.id)).toEqual(['danger_unsure']);
    expect(r.emergency).toBe(true);
    expect(r.departments[0].name).toBe('急诊科');
  });

  it.each([
    ['小孙女脖子后面起了红点，压下去就白了', 3],
    ['孙子腿上长了红疹子，好几个月了，不痒', 6],
    ['儿子屁股上起了一些小点点，不疼不痒', 2],
    ['要是皮肤上的紫点按了不退，是不是很严重', 30],
    ['以前腿上有过紫点按了不退，现在都好了', 30],
    ['宝宝脸上的小红点压了还在，是胎记吗', 1],
    ['我的左边大腿根那里一直隐隐不舒服两年了', 30],
    ['他从梯子上滑下来，后脑勺着地了', 70],
  ])('near miss “%s” stays calm', (text, age) => {
    expect(flagsOf(text, age)).not.toContain('danger_unsure');
  });
});

describe('self-harm in any wording opens the self-harm screen', () => {
  it.each([
    '活得太痛苦了，药我都攒好了',
    '我真的撑不下去了。这周把猫送给了朋友',
    '太痛苦了，吃多少片安眠药会没命',
    '熬不下去了，今晚就想睡过去再也不醒',
    '看不到希望。我把工资卡留给了我妈，你们以后好好的',
    '我妈这阵子总说熬不住了，昨天把她的首饰都分给了我们姐妹',
    '撑不住了，绳子已经准备好了',
    '活着太痛苦了，我不在了你们就轻松了',
    '以前想过死，最近又想死了',
    '我想过很多次了，今晚就吃药睡过去再也不醒',
  ])('“%s” → suicidal', (text) => {
    expect(flagsOf(text)).toContain('suicidal');
  });

  it.each([
    '这么痛苦的化疗，死亡率也高吗？',
    '腰疼得太痛苦了，疼死了',
    '小说里的主角绝望了，最后跳了河',
    '电视剧里那个女孩太痛苦了，给家人留了遗书',
    '如果有一天我撑不下去了，会把东西都留给你',
    '我不是家里的负担，我把旧衣服送给了邻居',
    '拔牙太痛苦了，把剩下的糖都送给了同事',
    '工作压力大，撑不下去了，想换个工作',
    '以前撑不下去时想过死，现在好多了，想咨询心理科',
    '我爸糖尿病挺痛苦的，想问挂哪个科',
    '我以前绝望过，也想过睡过去再也不醒，现在有了孩子好多了',
    '老师问：绝望的人会有哪些告别的信号？',
    '化疗太痛苦了，医生说这个药会不会致命的副作用多吗',
    '太痛苦了，这个病会不会死',
    '听说有人太痛苦了就把药攒起来，这是真的吗',
    '考研太痛苦了，熬不下去了，想放弃',
    '别担心我，我今天去复查了，医生说恢复得好',
  ])('calm or out of scope “%s” does not open it', (text) => {
    expect(flagsOf(text)).not.toContain('suicidal');
  });
});
