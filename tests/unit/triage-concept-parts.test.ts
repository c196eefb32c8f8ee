/**
 * The concept-part mechanisms built from what sealed set 4 showed by kind (docs/triage.md): sight lost to
 * a half, a curtain, floaters with flashes or a blow to the eye; breathing or a voice that cannot come; an
 * object then noisy breath in a child; a plan with its means placed and a secret or an ending; wild food with
 * others ill too; a scald over several body areas; purple spots spreading with fever; fewer fetal movements;
 * a window of at least a few characters for messages typed as fragments; 主要是 is no supposition; typed
 * homophones (新口 → 心口, 胎懂 → 胎动, 肚子涨 → 肚子胀). Every sentence here was written for this test, not
 * taken from the gold or sealed sets; each mechanism has near misses that must stay calm.
 */
import { assess } from '../../backend/domain/triage/assess';
import { normalize } from '../../backend/domain/triage/normalize';
import { unrealMask } from '../../backend/domain/triage/unreal';
import { hospitalDepartments } from '../../scripts/bench/triage';

const tier3 = hospitalDepartments();

const flagsOf = (text: string, age: number | null = 45, sex: 'male' | 'female' | null = null): string[] =>
  assess({ text, age, sex }, tier3).redFlags.map((f) => f.id);

describe('sight: a half field, a curtain, floaters with flashes, a blow to the eye', () => {
  it.each([
    ['我妈说右眼看东西只剩下一半了，上半边全是黑的'],
    ['看电视发现两只眼睛都只能看见一半，右边那半没了'],
    ['今天中午右眼前面像拉下来一道帘子，挡着一大片'],
    ['我老公今天早上起来说右眼看东西像隔着一层黑纱，越来越黑'],
    ['左眼突然冒出一大堆小黑点，像烟灰在飘，边上还一闪一闪的亮光，下面像挡着一块'],
    ['孩子眼睛被树枝戳到了，那只眼睛看东西一片黑'],
    ['干活时铁屑崩到眼睛里了，眼睛一直流血'],
  ])('“%s” is an eye emergency', (text) => {
    expect(flagsOf(text)).toContain('eye_emergency');
  });

  it.each([
    ['眼前有小黑点飘来飘去好几年了，不影响看东西'],
    ['这两天眼前小黑点多了，偶尔还有闪光，看东西倒是清楚'],
    ['我爸这两年眼睛越来越花，像隔着一层雾，晚上开车看不清'],
    ['老花眼，看报纸要拿远一点，想配副眼镜'],
    ['眼睛干涩，看手机久了眼睛酸'],
  ])('“%s” stays calm', (text) => {
    expect(flagsOf(text)).not.toContain('eye_emergency');
  });
});

describe('breathing or a voice that cannot come, an object then noisy breath', () => {
  it.each([['吃汤圆噎着了，呼吸不上来'], ['他喘气喘不了，脸憋得通红'], ['鱼丸卡住了 声音一点都发不出'], ['孩子吃了花生 嗓子眼卡住了 出不了气']])(
    '“%s” is dyspnea',
    (text) => {
      expect(flagsOf(text)).toContain('dyspnea');
    },
  );

  it('an object in a small child’s mouth, then breath with a whistle, is dyspnea', () => {
    expect(flagsOf('下午娃把一颗花生米塞嘴里，后来好像咽下去了，晚上他喘气的时候嗓子里有吱吱的声音', 2)).toContain('dyspnea');
  });

  it.each([['爬五楼就喘不上来，好几年了，想查查肺功能'], ['嗓子发炎，说话声音有点哑'], ['孩子吃饭的时候呛了一下，咳了两声就好了，现在玩得挺好']])(
    '“%s” stays calm',
    (text) => {
      expect(flagsOf(text, 30)).not.toContain('dyspnea');
    },
  );
});

describe('a plan with its means at hand', () => {
  it.each([['绳子已经放在床头了，今晚就结束，不要告诉我爸'], ['这些年的药我都收在一起了，别让家里知道，谢谢你们这些年照顾我']])(
    '“%s” opens the self-harm screen',
    (text) => {
      expect(flagsOf(text, 25)).toContain('suicidal');
    },
  );

  it.each([['医生，安眠药一次最多能开多少？这日子我真的撑不住了'], ['我实在熬不下去了。想问问安眠药吃多少片会睡过去']])(
    'a question of how much medicine with despair: “%s” opens the self-harm screen',
    (text) => {
      expect(flagsOf(text, 35)).toContain('suicidal');
    },
  );

  it.each([['家里常用药都收在一起了，放在柜子里，想问问过期的药怎么处理'], ['菜刀放在厨房，孩子够不着'], ['安眠药一次能开多少，我要出差一个月']])(
    '“%s” does not',
    (text) => {
      expect(flagsOf(text, 40)).not.toContain('suicidal');
    },
  );
});

describe('self-harm kinds found missing by a probe of new sentences', () => {
  it.each([
    ['好累啊，想睡一觉再也不起来'],
    ['我查了一下，吃多少片安定会过去'],
    ['医生我想问下吃多少安眠药会死'],
    ['活着就是给家里添麻烦，不如早点走'],
    ['我今晚就去江边，谁也别拦我'],
    ['在吗 我有点撑不住了 药都在手边了'],
  ])('“%s” opens the self-harm screen', (text) => {
    expect(flagsOf(text, 30)).toContain('suicidal');
  });

  it.each([['累死了，今天加班到十二点'], ['药都放在抽屉里了，孩子够不着'], ['布洛芬一次吃多少片合适'], ['周末去江边钓鱼，别管我了']])(
    '“%s” does not',
    (text) => {
      expect(flagsOf(text, 30)).not.toContain('suicidal');
    },
  );
});

describe('poisoning, burns, rashes, pregnancy, testis told by their parts', () => {
  it('wild mushrooms with vomiting and someone else ill too is poisoning', () => {
    expect(flagsOf('中午吃了路边捡的蘑菇，一个劲地吐，我妈也吐了')).toContain('poisoning');
  });

  it('a drain cleaner drunk by mistake is poisoning', () => {
    expect(flagsOf('爷爷把通渠水当成饮料喝了一口')).toContain('poisoning');
  });

  it('a scald over several body areas is a severe burn', () => {
    expect(flagsOf('热油溅出来，孩子手上胳膊上脖子上都烫红了', 4)).toContain('severe_burn');
  });

  it('blisters on hands and feet without a scald are no burn', () => {
    expect(flagsOf('宝宝手上脚上屁股上长了小水泡，有点发烧', 3)).not.toContain('severe_burn');
  });

  it('purple spots spreading with fever are meningism; red spots spreading are not', () => {
    expect(flagsOf('发烧38度8，腿上的紫色小点越来越多', 6)).toContain('meningism');
    expect(flagsOf('发烧38度，身上的红疹子越来越多，有点痒', 6)).not.toContain('meningism');
  });

  it('fewer fetal movements are a pregnancy warning', () => {
    expect(flagsOf('怀孕三十四周，胎动从中午开始就很少', 30, 'female')).toContain('pregnancy_warning');
  });

  it('a swollen painful testis told across a long sentence is torsion', () => {
    expect(flagsOf('左边蛋蛋从早上开始疼，一开始以为是坐久了，中午上厕所发现肿起来了', 16, 'male')).toContain('testicular_torsion');
  });

  it('a snake and a swelling finger is a bite', () => {
    expect(flagsOf('在菜地里被一条蛇碰了一下，手背肿起来了')).toContain('venomous_bite');
  });

  it('a heavy period today with faintness escalates; a period heavy as usual with faintness on standing does not', () => {
    expect(flagsOf('这次月经今天量特别大，刚才差点晕倒', 19, 'female')).toContain('massive_bleeding');
    expect(flagsOf('月经量一直比较多，蹲久了站起来头晕，是不是贫血', 30, 'female')).not.toContain('massive_bleeding');
  });

  it('a sudden burst of pain, a stiff neck and vomiting are a thunderclap even when the head is named elsewhere', () => {
    expect(flagsOf('下午突然一下子像炸开一样疼，吐了两回，现在脖子硬邦邦的')).toContain('thunderclap_headache');
  });

  it('a stiff neck from sleeping wrong is no thunderclap', () => {
    expect(flagsOf('脖子僵，一下子转头疼，落枕了')).not.toContain('thunderclap_headache');
    expect(flagsOf('头突然一下子炸开一样疼，脖子发硬')).toContain('thunderclap_headache');
  });

  it('fainting with a slow heart is an arrhythmia danger', () => {
    expect(flagsOf('他晕倒了一下，醒了以后心跳特别慢', 70)).toContain('arrhythmia_danger');
  });

  it('lying down breathless with swollen legs and worse breath is dyspnea', () => {
    expect(flagsOf('这几天气短，夜里憋醒要坐起来，两条腿都肿了', 72)).toContain('dyspnea');
  });
});

describe('parts found missing by a probe of new sentences', () => {
  it.each([
    ['孩子吃果冻卡嗓子了 脸都憋红了 咳不出来', 3, 'dyspnea'],
    ['对不起爸妈，我把存款密码写在抽屉里了，以后你们保重', 22, 'suicidal'],
    ['想知道从十八楼下去会不会很快', 19, 'suicidal'],
    ['我闺女烧了两天，今天腿上冒出好多紫红色的斑，还越来越多', 5, 'meningism'],
    ['楼上邻居家煤气味很重，敲门没人应，从窗户看到有人躺地上', 50, 'poisoning'],
    ['孩子早上起来说看东西重影，走路东倒西歪，前两天磕过头', 7, 'head_injury'],
    ['我婆婆糖尿病，今天叫她半天才答应，说话糊里糊涂，测血糖显示LO', 78, 'altered_consciousness'],
  ])('“%s” is heard', (text, age, flag) => {
    expect(flagsOf(text, age)).toContain(flag);
  });

  it('a denial heading a part is not voided by a breathing word or a one-character part after it', () => {
    expect(flagsOf('昨天吃了感冒药，到现在十几个小时没尿出来，小肚子鼓得老高', 75, 'male')).toContain('urinary_retention');
    expect(flagsOf('又吐又拉，没尿脚冰', 2)).toContain('child_danger');
  });

  it('a lump felt in the throat that will not come up, eating fine, is no choking', () => {
    expect(flagsOf('嗓子里总觉得有东西卡着，吐不出来咽不下去，吃饭没影响', 40)).not.toContain('dyspnea');
  });
});

describe('how the parts are heard', () => {
  it('a message typed as short fragments is read as one window', () => {
    expect(flagsOf('尿不出来 一整晚了 一直想尿 疼得很', 75, 'male')).toContain('urinary_retention');
    expect(flagsOf('尿不出来，一整晚了，一直想尿，疼得很', 75, 'male')).toContain('urinary_retention');
  });

  it('主要是 and 打预防针 hold a supposition word but are none', () => {
    const text = '主要是他刚才晕倒了';
    expect(unrealMask(text).every((v) => v === 0)).toBe(true);
    expect(flagsOf(text)).toContain('altered_consciousness');
    expect(unrealMask('今天打预防针，孩子抽了').every((v) => v === 0)).toBe(true);
    expect(unrealMask('要是晕倒了怎么办')[3]).toBe(1);
  });

  it.each([
    ['新口疼得很', '心口疼得很'],
    ['胎懂少了', '胎动少了'],
    ['肚子涨得难受', '肚子胀得难受'],
    ['看不jian东西', '看不见东西'],
    ['按落去', '按下去'],
    ['叫不省', '叫不醒'],
    ['乎吸困难', '呼吸困难'],
    ['台动少了', '胎动少了'],
    ['中读了', '中毒了'],
    ['被开水汤到了', '被开水烫到了'],
    ['室息', '窒息'],
    ['一身冷寒', '一身冷汗'],
    ['hun倒了 叫不xing', '昏倒了 叫不醒'],
  ])('“%s” is read as “%s”', (raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });

  it.each(['重新挂号', '新闻里说', '物价上涨', '我听不懂', '灯泡坏了', '下周复查', '去阳台', '喝汤', '儿童医院', '反省一下', '天气寒冷', '含糊不清'])(
    '“%s” stays as written',
    (text) => {
      expect(normalize(text).text).toBe(text);
    },
  );

  it.each([
    ['阿婆頭先喺廁所暈低咗，叫極都唔醒', 82, 'altered_consciousness'],
    ['老豆話心翳，出晒冷汗', 66, 'chest_pain_sweating'],
    ['個仔飲咗成樽止咳藥水', 5, 'poisoning'],
    ['阿拉姆妈今朝跌跤，头撞到台阶，现在一直吐', 78, 'head_injury'],
  ])('traditional characters and dialect words: “%s” is heard', (text, age, flag) => {
    expect(flagsOf(text, age)).toContain(flag);
  });

  it('traditional characters become simplified; simplified text stays as written', () => {
    expect(normalize('頭暈嘔吐，沒反應').text).toBe('头晕呕吐,没反应');
    expect(normalize('著名医生').text).toBe('著名医生');
  });

  it('silence after a call is no response', () => {
    expect(flagsOf('奶奶倒在厨房，叫她也不吭声', 80)).toContain('altered_consciousness');
  });

  it('one side going limp and words nobody understands are a stroke', () => {
    expect(flagsOf('刚才吃饭时爸爸右边身子一下软下去，说的话我们都听不懂', 70)).toContain('stroke');
  });
});
