/**
 * The small words around symptoms: negation (不发烧), words that only look like negation (不但,
 * 不小心, 是不是), what ends a negation's reach (但是, 还有), how bad (剧烈, 厉害), how sudden
 * (突然), how long (今天, 好几年), who is ill (孩子, 我妈, 孕妇), and words that contain a body part
 * without meaning it (手术, 头发, 胃口).
 *
 * Source: written for this project from Mandarin usage in patients' complaints, including common
 * colloquial and regional forms. Reviewed by the author.
 */
import type { DurationClass, Sex } from '../types';

const t = (terms: string): string[] => terms.split('|');

/** Words that deny what follows them in the same clause. */
export const negators = t(
  '不|没|没有|无|未|否认|并无|毫无|从没|从来没|从未|从来没有|不是|并不|并没有|没什么|没啥|也没|也没有|也不|都没|都没有|都不|没出现|没发现|未见|不再|无明显|没觉得|不觉得|没感觉到|没怎么|不怎么|既没有|既不|又没|又不',
);

/** Look like negation but are not: they are consumed and deny nothing. */
export const pseudoNegations = t(
  '不但|不仅|不光|不只|不止|不停|不断|不住|不时|不少|不知道|不确定|不晓得|不一定|不见好|没好|没见好|不好转|没有好转|没好转|没减轻|没有减轻|没效果|没治好|不明原因|无明显诱因|无诱因|没什么原因|没有原因|没有任何原因|没有诱因|没来由|不小心|不久|不久前|不然|要不|不管|不用|不同|不一样|是不是|有没有|要不要|会不会|能不能|好不好|可不可以|是否|没事|没关系|没办法|没想到|没多久|没几天|没注意|没在意|没当回事|没管|没理|没吃药|没治疗|没看过|没去医院|没检查|没做过|没规律|没时间|没吃饭|没吃东西|未来|未婚|未成年|无意中|无意间|无聊|无所谓|不好意思|不得不|不知怎么|不知道怎么回事|也不知道|说不清|讲不清|没去看|没看医生|没就诊|没查过|没当事|不太在意|没太在意|不得了|不放心|不安心|没底|没什么效果|没什么用|没见效|不减轻|没有好|不退|没退|没停|没断|不间断|没完没了|没日没夜|没怎么好|不如|差不多',
);

/** Words that end a negation's reach. */
export const scopeBreakers = t(
  '但|但是|可是|不过|却|就是|只是|而是|然而|反而|还有|还会|还是|还|有点|有些|有一点|有时|偶尔|伴|伴有|而且|并且|同时|另外|现在|目前|主要是|只有|倒是|反倒',
);

/** Words allowed between a negator and the symptom it denies (没有明显的腹痛, 没觉得头疼). */
export const negationFillers = t(
  '的|了|太|怎么|什么|明显|任何|过|也|和|与|及|或|或者|以及|、|有|出现|感觉|觉得|特别|很|再|啥|发生|任何的|明显的|太多|多少|一点|一次|过什么|真正|这种|那种|其他|别的',
);

/** How bad: 1 = severe, 2 = extreme. */
export const severityWords: Array<{ term: string; level: 1 | 2 }> = [
  ...t(
    '厉害|特别|非常|严重|很严重|加重|越来越重|越来越厉害|难忍|得不行|得很|超级|十分|极其|相当|明显加重|忍不住|得要死|得厉害|贼|老厉害|挺严重|比较重|好厉害|很厉害|太厉害|受罪|折磨人|难熬',
  ).map((term) => ({ term, level: 1 as const })),
  ...t(
    '剧烈|撕心裂肺|要命|受不了|忍不了|难以忍受|无法忍受|忍受不了|从来没有这么|从没这么|从来没这么|前所未有|打滚|满地打滚|直不起腰|刀割|刀绞|像刀割|像刀绞|爆炸样|炸裂|欲裂|裂开|要裂开|要炸了|这辈子最|生平最|一辈子最|从未有过|炸开|往外喷|湿透|从来没有过的|得直哭|得大叫|得打滚|得满地打滚|得晕过去|得直冒汗|得受不了|得要命|得睁不开眼|不能动弹|动都不敢动|一动不敢动|持续不缓解|一直不缓解|大量|很多血|好多血|一大口|止不住|哗哗',
  ).map((term) => ({ term, level: 2 as const })),
];

/** Sensation words that already say how bad it is. */
export const sensationSeverity: Record<string, 1 | 2> = { 剧痛: 2, 绞痛: 1, 疼死了: 2, 痛死了: 2, 揪着疼: 1 };

/** Sudden onset. */
export const suddenWords = t('突然|突发|忽然|猛然|一下子|骤然|猛地|冷不丁|瞬间|毫无征兆|没有预兆|没有任何预兆|说来就来|一下就|突如其来|毫无预兆|一瞬间');

/** Duration said in words, not numbers. */
export const durationWords: Array<{ term: string; class: DurationClass }> = [
  ...t('刚才|刚刚|半小时前|几分钟前|十几分钟前|一小时前|一个小时前|刚刚发生').map((term) => ({ term, class: 'sudden' as const })),
  ...t(
    '今天|今早|今天早上|今天上午|今天下午|今晚|今天晚上|昨天|昨晚|昨天晚上|前天|这两天|最近两天|昨天开始|今天开始|从昨天|从今天|当天|一天了|两天了|一两天',
  ).map((term) => ({ term, class: 'acute' as const })),
  ...t('这几天|最近几天|近几天|这周|这个星期|这礼拜|几天了|好几天|这些天|近来|最近一周|一个星期|一星期|一礼拜|半个月|十来天|十几天|这段时间').map((term) => ({
    term,
    class: 'subacute' as const,
  })),
  ...t(
    '好几年|好多年|多年|常年|长期|一直以来|很多年|几十年|从小|从小就|年轻时候|反复|经常|总是|老是|慢性|长年|这些年|一年多|近几年|近几个月|好几个月|半年多|大半年|有些年头|很久了|很长时间|好长时间|几个月|几年|十几年|一两年|两三年|三五年|年纪大了|最近几个月|这几个月|这几年|一年到头|时好时坏|断断续续',
  ).map((term) => ({ term, class: 'chronic' as const })),
];

export interface PersonCue {
  term: string;
  age?: number;
  sex?: Sex;
  pregnant?: boolean;
}

const cues = (terms: string, cue: Omit<PersonCue, 'term'>): PersonCue[] => t(terms).map((term) => ({ term, ...cue }));

/** Who is ill. The first cue in the text wins; numbers (五岁, 8个月大) win over cues. */
export const personCues: PersonCue[] = [
  ...cues('孩子|小孩|小孩子|小朋友|娃|娃娃|儿童|小儿|幼儿|我家小孩|我家孩子|小宝|大宝|二宝|宝宝|宝贝|孩|小家伙|幼儿园|小学生|上小学|上幼儿园', { age: 5 }),
  ...cues('婴儿|小宝宝|婴幼儿|小婴儿|吃奶的孩子', { age: 0.5 }),
  ...cues('没满月|未满月|快满月|还没满月|刚出生|新出生', { age: 0.06 }),
  ...cues('满月|刚满月', { age: 0.09 }),
  ...cues('儿子|男孩|小男孩|男宝|男宝宝|孙子|外孙|小伙子上小学', { age: 6, sex: 'male' }),
  ...cues('女儿|闺女|女孩|小女孩|女宝|女宝宝|孙女|外孙女', { age: 6, sex: 'female' }),
  ...cues('初中生|上初中|中学生', { age: 13 }),
  ...cues('高中生|上高中|大学生|上大学', { age: 17 }),
  ...cues('老人|老人家|老年人|老年|上了年纪|岁数大', { age: 72 }),
  ...cues('老伴|老伴儿|我老伴|我老伴儿', { age: 70 }),
  ...cues('爷爷|外公|姥爷|老爷子|大爷|老父亲|老爷爷|老大爷|老头|老伴儿他', { age: 74, sex: 'male' }),
  ...cues('奶奶|外婆|姥姥|老太太|大妈|老母亲|老奶奶|老太|婆婆', { age: 72, sex: 'female' }),
  ...cues('我爸|我爸爸|我父亲|老爸|父亲|爸爸|俺爸|俺爹|我爹|我老爹|我老汉儿|我老汉', { age: 62, sex: 'male' }),
  ...cues('我妈|我妈妈|我母亲|老妈|母亲|妈妈|俺妈|俺娘|我娘|我老娘', { age: 58, sex: 'female' }),
  ...cues('男|男性|男士|男的|男生|先生|老公|丈夫|我老公|我丈夫|哥哥|弟弟|小伙子|男人|爷们|本人男|男患者', { sex: 'male' }),
  ...cues('女|女性|女士|女的|女生|太太|老婆|妻子|媳妇|我老婆|我媳妇|我妻子|姐姐|妹妹|姑娘|女人|妇女|本人女|女患者|宝妈|大姐|阿姨', { sex: 'female' }),
  ...cues(
    '怀孕|孕妇|孕期|孕早期|孕中期|孕晚期|怀孕了|有喜了|怀上了|怀着|肚子里的宝宝|胎宝宝|怀宝宝|怀着孕|怀二胎|怀孕期间|准妈妈|孕妈|孕周|怀孕期|妊娠|妊娠期|孕|有身孕',
    { sex: 'female', pregnant: true },
  ),
];

/** Words containing a body part or sensation character that mean something else. */
export const neutralWords = t(
  '手术|手机|手续|手表|手套|手法|手段|洗手|动手|手艺|拿手|帮手|手头|顺手|手工|手动|手感|手写|分手|着手|头一次|头两天|头几天|开头|里头|外头|上头|回头|点头|头绪|拳头|石头|馒头|枕头|镜头|码头|心头|头孢|个头|块头|罐头|丫头|头天|头晚|头胎|眼看|眼下|眼镜|眼药水|眼药|眼光|心眼|眼科|耳机|木耳|银耳|耳环|耳钉|牙膏|牙刷|牙签|咬牙|刷牙|胃口|胃药|开胃|鸡腿|火腿|跑腿|丢脸|脸色|洗脸|面包|包括|包子|书包|钱包|包装|打包|红包|包扎|背包|包容|包好|红薯|红枣|红糖|红酒|口红|网红|红绿灯|要紧|赶紧|抓紧|紧急|麻烦|麻辣|麻醉|芝麻|麻将|软件|软组织|软骨|柔软|软膏|闷热|憋尿|疼爱|痛快|痛苦|不适合|酸奶|背着|背书|背诵|背景|背后|肩负|鼻涕|肚量|腰带|腰包|腰围|长颈鹿|大人|身高|身体好|身体一直很好|身材|冷静|冷饮|冷气|凉快|发红包|硬币|沉默|堵车|吃药|用药|心里|心情|心理|腿脚不便|验孕|测孕|验孕棒|喘气|喘口气|喘气顺畅|呼吸顺畅|感冒药|退烧药|止疼药|止痛药|消炎药|感冒冲剂|止咳药|咳嗽药',
);

/** Typos, dialect and slang, rewritten before matching (longest first). */
export const rewrites: Array<[string, string]> = [
  ['大姨妈', '月经'],
  ['偷疼', '头疼'],
  ['投疼', '头疼'],
  ['头腾', '头疼'],
  ['偷痛', '头痛'],
  ['喉龙', '喉咙'],
  ['吼咙', '喉咙'],
  ['嗓子腾', '嗓子疼'],
  ['肚子藤', '肚子疼'],
  ['牙腾', '牙疼'],
  ['胃藤', '胃疼'],
  ['腰藤', '腰疼'],
  ['心黄', '心慌'],
  ['心荒', '心慌'],
  ['头运', '头晕'],
  ['头云', '头晕'],
  ['恶星', '恶心'],
  ['呕土', '呕吐'],
  ['腹写', '腹泻'],
  ['腹谢', '腹泻'],
  ['便密', '便秘'],
  ['失民', '失眠'],
  ['咳数', '咳嗽'],
  ['发绕', '发烧'],
  ['波棱盖儿', '膝盖'],
  ['波棱盖', '膝盖'],
  ['磕膝盖', '膝盖'],
  ['娃儿', '孩子'],
  ['脑壳', '脑袋'],
  ['刺挠', '痒'],
  ['姨妈', '月经'],
  ['例假', '月经'],
  ['月经期', '月经期间'],
  ['来事儿', '来月经'],
  ['倒霉了', '来月经了'],
  ['咳簌', '咳嗽'],
  ['咳漱', '咳嗽'],
  ['咳速', '咳嗽'],
  ['拉肚纸', '拉肚子'],
  ['肚几', '肚子'],
  ['肚纸', '肚子'],
  ['肚儿', '肚子'],
  ['脑阔', '脑袋'],
  ['脑瓜子', '脑袋'],
  ['脑瓜', '脑袋'],
  ['波罗盖', '膝盖'],
  ['胳膊拐', '胳膊肘'],
  ['屙屎', '大便'],
  ['屙肚子', '拉肚子'],
  ['屙', '拉'],
  ['打标枪', '拉肚子'],
  ['拉屎', '大便'],
  ['解大手', '大便'],
  ['拉粑粑', '大便'],
  ['粑粑', '大便'],
  ['便便', '大便'],
  ['尿尿', '小便'],
  ['撒尿', '小便'],
  ['小解', '小便'],
  ['嘘嘘', '小便'],
  ['木有', '没有'],
  ['米有', '没有'],
  ['肿么', '怎么'],
  ['发骚', '发烧'],
  ['头特疼', '头特别疼'],
  ['贼疼', '疼得厉害'],
  ['贼痛', '痛得厉害'],
  ['老疼了', '疼得厉害'],
  ['可疼了', '疼得厉害'],
  ['巨疼', '疼得厉害'],
  ['巨痛', '痛得厉害'],
  ['超疼', '疼得厉害'],
  ['疼得要死', '疼得受不了'],
  ['痛得要死', '痛得受不了'],
  ['嗓子眼儿', '嗓子眼'],
  ['眼珠儿', '眼珠'],
  ['这会儿', '现在'],
  ['心口儿', '心口'],
  ['有点儿', '有点'],
  ['一点儿', '一点'],
  ['一块儿', '一块'],
  ['肚脐儿', '肚脐'],
  ['脑门儿', '脑门'],
  ['脚丫子', '脚丫'],
  ['拉稀屎', '拉稀'],
  ['跑茅房', '跑厕所'],
  ['茅房', '厕所'],
  ['卫生间', '厕所'],
  ['洗手间', '厕所'],
  ['发烧烧', '发烧'],
];

/** A few English words, so an English complaint still gets a best effort. */
export const englishWords: Array<[string, string]> = [
  ['chest pain', '胸痛'],
  ['chest tightness', '胸闷'],
  ['short of breath', '呼吸困难'],
  ['shortness of breath', '呼吸困难'],
  ["can't breathe", '呼吸困难'],
  ['cannot breathe', '呼吸困难'],
  ['difficulty breathing', '呼吸困难'],
  ['headache', '头痛'],
  ['head ache', '头痛'],
  ['migraine', '偏头痛'],
  ['dizzy', '头晕'],
  ['dizziness', '头晕'],
  ['fever', '发烧'],
  ['high temperature', '发烧'],
  ['cough', '咳嗽'],
  ['coughing', '咳嗽'],
  ['sore throat', '嗓子疼'],
  ['runny nose', '流鼻涕'],
  ['stomach ache', '肚子疼'],
  ['stomachache', '肚子疼'],
  ['abdominal pain', '肚子疼'],
  ['belly pain', '肚子疼'],
  ['diarrhea', '腹泻'],
  ['diarrhoea', '腹泻'],
  ['vomiting', '呕吐'],
  ['vomit', '呕吐'],
  ['nausea', '恶心'],
  ['constipation', '便秘'],
  ['back pain', '腰疼'],
  ['knee pain', '膝盖疼'],
  ['toothache', '牙疼'],
  ['rash', '皮疹'],
  ['itchy', '皮肤瘙痒'],
  ['itching', '皮肤瘙痒'],
  ['palpitations', '心慌'],
  ['insomnia', '失眠'],
  ['anxiety', '焦虑'],
  ['depression', '抑郁'],
  ['bleeding', '出血'],
  ['pregnant', '怀孕'],
  ['unconscious', '昏迷'],
  ['fainted', '晕倒'],
  ['seizure', '抽搐'],
  ['stroke', '中风'],
  ['diabetes', '糖尿病'],
  ['hypertension', '高血压'],
  ['high blood pressure', '高血压'],
  ['cold', '感冒'],
  ['flu', '流感'],
  ['eye pain', '眼睛疼'],
  ['ear pain', '耳朵疼'],
  ['earache', '耳朵疼'],
];

/** A few emoji that say a symptom; every other emoji is removed. */
export const emojiWords: Array<[string, string]> = [
  ['🤒', '发烧'],
  ['🤕', '头部受伤'],
  ['🤢', '恶心'],
  ['🤮', '呕吐'],
  ['🤧', '打喷嚏'],
  ['🥶', '发冷'],
  ['😵', '头晕'],
];
