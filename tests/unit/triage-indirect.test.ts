/**
 * General mechanisms of the danger layer (backend/domain/triage/danger.ts) for wording nobody wrote
 * down: self-harm said indirectly (a farewell, being a burden, no way out, means with intent, a
 * question about a fall while standing high, another person's stated intent) with denial,
 * supposition and a knowledge question respected; a two-character degree word inside a part; parts
 * told by numbers; pinyin typed among Chinese; Wu and Cantonese words; concepts whose parts lie
 * across a whole sentence or text. Every sentence here was written for this test, not taken from the
 * gold or sealed sets.
 */
import { assess } from '../../backend/domain/triage/assess';
import { normalize } from '../../backend/domain/triage/normalize';
import { unrealMask } from '../../backend/domain/triage/unreal';
import { isSelfHarm } from '../../miniprogram/previsit/triage-common/crisis';
import { hospitalDepartments } from '../../scripts/bench/triage';

const tier3 = hospitalDepartments();

const result = (text: string, age: number | null = 35, sex: 'male' | 'female' | null = null) => assess({ text, age, sex }, tier3);
const flagsOf = (text: string, age: number | null = 35, sex: 'male' | 'female' | null = null): string[] => result(text, age, sex).redFlags.map((f) => f.id);

describe('self-harm in indirect words opens the self-harm screen', () => {
  it.each([
    ['farewell and settling affairs', '我把存折和银行卡密码都写在纸上压在枕头底下了，跟姐姐也说了再见'],
    ['being a burden', '要是没有我，爸妈肯定会更轻松，我就是个累赘'],
    ['no way out', '真的撑不下去了，我想一了百了'],
    ['means with intent', '绳子已经买好了，就挂在门后'],
    ['pills hoarded', '这半年偷偷攒了好多安眠药'],
    ['a fall asked about while standing high', '要是从十二楼下去会不会疼很久啊，我现在坐在天台边上'],
    ['life pointless, said with a filler', '活着真没啥意思了'],
    ['a jump said as an end', '晚上站到大桥上一跳就拉倒了'],
    ['someone else says it', '我室友刚才发消息说她不想活了，现在联系不上'],
    ['someone else at a height who will not come down', '邻居家小伙子坐在楼顶边上，说什么也不肯下来'],
    ['affairs settled and children entrusted', '房子的事我都安排好了，闺女以后就托付给你们'],
    ['savings handed over with a farewell wish', '工资卡都转给我弟了，跟他说以后要好好活着'],
    ['a burden whose going is a relief to others', '我在这个家就是个累赘，我走了他们都轻松了'],
    ['no way out and a place by water', '欠的钱怎么也还不上，看不到任何出路，今晚去江边坐坐'],
    ['an end preferred to suffering', '天天这样活受罪，不如早点了结'],
    ['joining someone who died', '自从老伴走了以后，我就想早点去陪她，她走的时候才六十'],
    ['sleep wished never to end', '好想一觉睡过去再也不醒'],
    ['a last message', '这应该是我最后一次给你们写东西了'],
    ['not wanting to be a burden any more, a filler inside', '我不想再拖累孩子们了'],
  ])('%s', (_kind, text) => {
    const r = result(text);
    expect(r.redFlags.map((f) => f.id)).toContain('suicidal');
    expect(isSelfHarm(r)).toBe(true);
  });

  it.each([
    ['a denial', '我没有想过自杀，就是最近睡不好'],
    ['a figure of speech', '牙疼得想死，半边脸都肿了'],
    ['a supposition about others', '如果班上有同学说想轻生，老师应该怎么劝'],
    ['a knowledge question', '想了解一下青少年自杀的征兆有哪些'],
    ['a topic, not an intent', '单位组织学习自杀干预的知识，想问心理科有没有讲座'],
    ['the past, now well', '以前有过轻生的念头，现在好多了，想复查一下'],
    ['a height with no fall asked about', '我家住六楼，阳台上晾的被子掉下去了，下楼捡的时候扭了脚，会不会疼很久'],
    ['a treatment hoped to end', '化疗太难受了，真希望疗程早点结束'],
    ['a wish not to burden with a hope of recovery', '我不想成为孩子的负担，手术后能恢复得更好吗'],
    ['work handed over before a stay in hospital', '住院前工作都交代好了，谢谢大家关心'],
    ['going to see a doctor, a parent who died', '我去找医生问了，我爸去世前也有这个病'],
  ])('not for %s', (_kind, text) => {
    expect(flagsOf(text)).not.toContain('suicidal');
  });
});

describe('a supposition ends at a clause that opens with a pronoun and a word of the present', () => {
  it('如果…，我现在… is real again', () => {
    const text = '如果明天还疼就去医院,我现在胸口疼得冒冷汗';
    const mask = unrealMask(text);
    expect(mask[text.indexOf('明天')]).toBe(1);
    expect(mask[text.indexOf('胸口')]).toBe(0);
    expect(flagsOf(text, 60)).toContain('chest_pain_sweating');
  });
  it('a clause that opens with another word stays supposed', () => {
    const text = '如果胸口疼得冒冷汗,该挂哪个科';
    expect(flagsOf(text, 60)).toEqual([]);
  });
});

describe('a two-character degree word inside a part', () => {
  it('嘴唇有点紫 is 嘴唇紫', () => {
    expect(flagsOf('爸爸走两步就喘，今天嘴唇有点紫', 70)).toContain('dyspnea');
  });
  it('a sign alone still needs its concept', () => {
    expect(flagsOf('天冷了嘴唇有点干', 30)).toEqual([]);
  });
  it('a lessened graded sign does not count (a little dry is no sign of a dry child)', () => {
    expect(flagsOf('闺女拉了两回稀，嘴唇有点干，还能喝奶', 2)).not.toContain('child_danger');
    expect(flagsOf('闺女拉了一天稀，嘴唇干裂，一上午没尿', 2)).toContain('child_danger');
  });
  it('a part inside a part headed by a denial is not said (不出汗 is no 出汗)', () => {
    expect(flagsOf('胸口闷 说不上来 查过心电图 也不出汗', 45)).not.toContain('chest_pain_sweating');
  });
});

describe('parts told by numbers', () => {
  it('ten or more pills are many', () => {
    expect(flagsOf('妈妈一下子吃了30片降压药', 60)).toContain('poisoning');
    expect(flagsOf('他把二十几粒安眠药都吞了', 40)).toContain('poisoning');
    expect(flagsOf('医生让我每天吃2片降压药，可以饭后吃吗', 60)).not.toContain('poisoning');
  });
  it('a cup of blood is a large amount', () => {
    expect(flagsOf('刚才咳嗽咳出来的血有小半碗', 50)).toContain('massive_bleeding');
  });
  it('a temperature of 38 or more in an infant is fever, even when the range starts lower', () => {
    expect(flagsOf('宝宝才出生二十天，量了几次体温，37.6到38.4之间', 0.05)).toContain('infant_fever');
    expect(flagsOf('宝宝才出生二十天，体温36.9，就是有点打嗝', 0.05)).not.toContain('infant_fever');
  });
});

describe('pinyin typed among Chinese', () => {
  it.each([
    ['我爸刚才yun倒了', '我爸刚才晕倒了'],
    ['孩子被she咬了一口', '孩子被蛇咬了一口'],
    ['半夜xiong口疼', '半夜胸口疼'],
    ['今天xue压有点高', '今天血压有点高'],
  ])('“%s” → “%s”', (raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });
  it('leaves Latin letters that complete no known word', () => {
    expect(normalize('我在ok镜门诊配了眼镜').text).toBe('我在ok镜门诊配了眼镜');
    expect(normalize('tang主任的号还有吗').text).toBe('tang主任的号还有吗');
  });
  it('recognises an emergency told partly in pinyin', () => {
    expect(flagsOf('老公摸到电线被dian击了，现在胸口闷', 40)).toContain('drowning_electric');
    expect(flagsOf('儿子gaowan突然剧痛，左边肿了', 14, 'male')).toContain('testicular_torsion');
  });
});

describe('Wu and Cantonese words', () => {
  it.each([
    ['外婆吃汤圆噎牢了', '外婆吃汤圆噎住了'],
    ['伊面孔发白', '伊脸发白'],
    ['阿仔讲勿出闲话', '阿仔说不出话'],
  ])('“%s” → “%s”', (raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });
  it('recognises choking told in Wu or Cantonese', () => {
    expect(flagsOf('阿爷食汤圆卡喺喉咙，唔识讲嘢', 80)).toContain('dyspnea');
    expect(flagsOf('老头子吃年糕噎牢了，面孔发紫', 80)).toContain('dyspnea');
  });
});

describe('concepts whose parts lie across a sentence or the text', () => {
  it('heavy bleeding with faintness told over many clauses', () => {
    expect(flagsOf('这回来月经量大得吓人，一晚上用了一整包，床单也弄脏了，早上起来刷牙的时候，眼前一黑', 30, 'female')).toContain('massive_bleeding');
  });
  it('pads changed within a short time with faintness', () => {
    expect(flagsOf('例假第二天，差不多一个小时就得换一片卫生巾，下午开始头晕', 28, 'female')).toContain('massive_bleeding');
    expect(flagsOf('例假量一直偏多，想调理一下', 28, 'female')).toEqual([]);
  });
  it('spots that do not go when pressed, with fever', () => {
    expect(flagsOf('闺女烧到三十九度多，小腿上冒出些紫红的小点，拿手指按了按，压着也不下去', 6, 'female')).toContain('meningism');
  });
  it('pregnancy named in one sentence, heavy bleeding in another', () => {
    expect(flagsOf('我怀孕三十周了，想问问建档的事。另外刚才下面突然流了好多血', 29, 'female')).toContain('ectopic_pregnancy');
  });
  it('a battery pushed into the nose or ear', () => {
    expect(flagsOf('小孙子把一颗纽扣电池塞进耳朵里了', 3)).toContain('dangerous_swallow');
  });
  it('unlabelled spirits with blurred sight', () => {
    expect(flagsOf('前天喝了村里自酿酒，今天看东西模模糊糊的，还想吐', 50)).toContain('poisoning');
  });
  it('heat after hard exercise', () => {
    expect(flagsOf('儿子参加越野跑，跑到一半人就倒下了，身上烫手，叫他也迷迷糊糊的', 17, 'male')).toContain('heat_stroke');
  });
  it('a child choking then wheezing', () => {
    expect(flagsOf('孩子吃花生米呛了一下，现在一呼吸喉咙里就嘶嘶的', 3)).toContain('dyspnea');
  });
  it('a child fitting for minutes', () => {
    expect(flagsOf('女儿抽筋抽了好几分钟，叫她没反应', 4, 'female')).toContain('seizure');
  });
});
