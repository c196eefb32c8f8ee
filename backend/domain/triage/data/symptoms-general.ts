/**
 * Whole-body complaints, mood and sleep, children's and elderly people's problems, and requests
 * (体检, 康复, 中医调理) that patients bring to the 导诊台.
 *
 * Source: written for this project from general clinical knowledge, the 国家卫健委 预检分诊
 * principles (poisoning, drowning, electric shock, major trauma and suicidal intent go to the
 * emergency department), and common Chinese hospital 导诊 practice (children's growth → 儿科,
 * 多病共存的老人 → 老年医学科). Reviewed for medical soundness by the author; not a diagnosis.
 */
import type { LexEntry } from '../types';
import { symptom as s } from '../entry';

export const generalSymptoms: LexEntry[] = [
  s('fever', 'general', '发烧', '发烧|发热|高烧|低烧|体温高|体温升高|发高烧|烧了|高热|低热|身上发烫|额头发烫|烧得厉害|烧不退|反复发烧|发烧不退|一直发烧|发烧了|有点烧|烧起来了|烧到|身上烫|浑身发烫|体温偏高|烧得迷迷糊糊|低烧不退|午后低热|傍晚发烧',
    { infectious: 3, respiratory: 1.5, emergency: 0.3 }),
  s('chills', 'general', '发冷、寒战', '寒战|打寒战|发冷|浑身发冷|冷得发抖|畏寒发热|打摆子|冷得直哆嗦|身上发冷|忽冷忽热|一阵冷一阵热', { infectious: 3, respiratory: 1 }),
  s('fatigue', 'general', '乏力', '乏力|浑身没劲|疲劳|疲倦|容易累|浑身无力|全身无力|四肢无力|虚弱|浑身发软|提不起劲|没精神|精神不好|总觉得累|体力下降|全身乏力|浑身乏力|精神差|没精神头|不爱动|懒得动|特别累|总是很累|老觉得累|身体虚|很疲惫|累得不行|身上没劲|身体没劲|一点劲都没有',
    { endocrinology: 1.5, hematology: 1.2, tcm: 1.5, cardiology: 0.5, psychology: 0.5, checkup: 0.5, general_practice: 1 }),
  s('body_aches', 'general', '浑身酸痛', '浑身疼|全身疼|浑身酸痛|全身酸痛|肌肉酸痛|浑身不舒服|全身不舒服|骨头疼|全身骨头疼|肌肉疼|浑身难受|全身酸疼|身上疼|身上酸痛|浑身痛|四肢酸痛|肌肉痛|全身肌肉疼|浑身酸疼|腰酸背疼腿疼',
    { infectious: 1.5, rheumatology: 1.5, respiratory: 0.5, tcm: 1 }),
  s('edema', 'general', '浮肿', '浮肿|水肿|全身肿|早上起来脸肿|全身浮肿|身上肿|眼睑浮肿|眼皮浮肿|早上眼皮肿|脸和眼皮肿|全身都肿了|脸浮肿|晨起眼睑水肿', { nephrology: 4.5, cardiology: 1.5, endocrinology: 0.5 }),
  s('night_sweats', 'general', '盗汗', '盗汗|夜里出汗|晚上出汗|睡觉出汗|半夜出汗|夜间出汗|睡着了出汗|睡醒一身汗|半夜醒来一身汗', { infectious: 2, tcm: 2, respiratory: 1, hematology: 1, endocrinology: 1 }),
  s('weight_loss', 'general', '消瘦', '消瘦|体重下降|体重减轻|越来越瘦|一下子瘦了好多|莫名其妙瘦了|体重减少|人变瘦|瘦了好几斤|瘦了十几斤|瘦了很多|没减肥却瘦了|瘦得厉害|明显消瘦|人瘦了|瘦了', { endocrinology: 2.5, gastroenterology: 1.5, hematology: 0.6 }),
  s('weight_gain', 'general', '发胖', '肥胖|发胖|体重增加|长胖|越来越胖|胖了|减肥|超重|体重超标|胖了很多|喝水都胖|想减肥|肚子越来越大还胖|向心性肥胖', { endocrinology: 4, tcm: 0.6, checkup: 0.4 }),
  s('heat_intolerance', 'general', '怕热、吃得多', '怕热|多汗怕热|容易饿|吃得多还瘦|吃得多反而瘦|吃得多|饭量大增|老是饿|怕热多汗|性子变急|脾气变急', { endocrinology: 4.5 }),
  s('cold_intolerance', 'general', '怕冷', '怕冷|畏寒|特别怕冷|比别人怕冷|比别人穿得多|冬天特别怕冷|夏天也怕冷', { endocrinology: 2.2, tcm: 3 }),
  s('dehydration', 'general', '脱水', '脱水|眼窝凹陷|哭没有眼泪|皮肤干瘪|嘴唇干裂没尿|哭的时候没眼泪|囟门凹陷', { emergency: 2.5, gastroenterology: 1, pediatrics: 1 }, { hidden: true }),
  s('heavy_bleeding', 'general', '大量出血', '大出血|出血不止|止不住血|大量出血|血哗哗地流|流了很多血|流了好多血|失血|血喷出来|一直往外冒血|出血很多|血流不止|流血不止|出了很多血|出了好多血|满地都是血|流了一地血|血一直流', { emergency: 6 }, { hidden: true }),
  s('heat_stroke', 'general', '中暑', '中暑|暑热|中暑了', { emergency: 2.5, general_practice: 1 }),
  s('heat_stroke_severe', 'general', '热射病', '热射病|热晕了|热得晕倒|在太阳下晕倒|高温下晕倒|中暑晕倒|中暑昏迷|中暑后抽搐|中暑后不出汗', { emergency: 6 }, { hidden: true }),
  s('burn_major', 'general', '严重烧烫伤', '大面积烧伤|大面积烫伤|全身烧伤|脸被烧伤|烧伤了脸|吸入烟雾|化学烧伤|被硫酸|被强酸|被强碱|电烧伤|被火烧伤了大片|烫伤了一大片|整条腿烫伤|整个胳膊烫伤|火灾', { emergency: 6, burns: 3 }, { hidden: true }),
  s('poisoning', 'general', '中毒、误服', '误喝|误饮|煤气中毒了|野蘑菇|野生菌|吃了菌子|中毒|喝了农药|喝农药|吃了农药|误服|吃错药|吃多了药|吃了一整瓶|吞了一瓶|吞了很多药|吃了老鼠药|老鼠药|煤气中毒|一氧化碳中毒|毒蘑菇|吃了野蘑菇|百草枯|敌敌畏|喝了消毒液|喝了84|误食|药物过量|吃了过量|酒精中毒|甲醇|吃了一把安眠药|安眠药吃多了|喝了洗衣液|喝了除草剂|烧炭|闻了煤气|吃了半瓶|一次吃了很多片|有机磷|喝了敌敌畏|吃了毒鼠强|氰化物|吃了不认识的野菜',
    { emergency: 6 }),
  s('food_poisoning', 'general', '吃坏肚子', '食物中毒|吃坏肚子|吃了不干净的东西|吃坏了|吃了隔夜饭|吃了变质|吃了过期|吃了剩饭|吃坏东西|吃了生冷|吃了路边摊|吃了海鲜后拉肚子|吃了不新鲜的', { gastroenterology: 3, infectious: 2.8, emergency: 1 }),
  s('major_trauma', 'general', '严重外伤', '捅了一刀|砍了一刀|挨了一刀|车祸|被车撞|出车祸|撞车|从高处摔下|高处坠落|从楼上摔下|从楼上掉下来|从梯子上摔下来|从树上掉下来|从房顶摔下|被重物砸|刀捅|被捅|被砍|刺伤|枪伤|骨头露出来|骨头戳出来|手指切断|断指|断肢|被机器卷|被车压|摩托车摔|电动车撞|从脚手架上掉下来|坠楼|砸伤头|被砖头砸|胳膊被机器|手被卷进机器|开放性骨折',
    { emergency: 6, orthopedics: 2, neurosurgery: 1, general_surgery: 1 }),
  s('drowning_electric', 'general', '溺水、触电', '溺水|落水|呛水|淹着了|触电|被电打了|电击伤|被雷劈|雷击|掉进水里|被电到|被电击|淹水', { emergency: 6 }),
  s('venomous_bite', 'general', '毒蛇咬伤', '被蛇咬|蛇咬伤|毒蛇|被蝎子蜇|蝎子蜇|被毒虫咬|被毒蜘蛛咬|被蛇咬了|蛇咬了', { emergency: 6 }),
  s('suicidal', 'mind', '想自杀', '想不开|寻短见|要跳楼|跳楼|跳河|上吊|喝药自杀|要自杀|想自杀|自杀|轻生|不想活了|不想活|割腕|想跳楼|寻死|结束生命|自残|伤害自己|想结束自己|想一死了之|吃药自杀|写了遗书|想割腕', { psychology: 4.5, emergency: 4 }, { hidden: true }),
  s('severe_allergy', 'general', '严重过敏', '过敏性休克|喉头水肿|过敏后喘不上气|过敏后晕倒|全身过敏喘不上气|过敏得喘不过气|过敏后呼吸困难', { emergency: 6, dermatology: 1 }, { hidden: true }),
  s('low_glucose', 'general', '低血糖', '低血糖|血糖低|血糖偏低|饿得发慌|饿了就心慌手抖|饿了手抖出汗|一饿就心慌|低血糖反应', { endocrinology: 4.5, emergency: 0.8 }),
  s('fall_elderly', 'general', '老人反复跌倒', '老是摔倒|经常跌倒|容易跌倒|走路容易摔|反复摔倒|总摔跤|老摔跤|容易摔跤|最近摔了好几次|一个月摔了好几次', { geriatrics: 3.5, neurology: 2, orthopedics: 1, rehabilitation: 0.8 }),
  s('multimorbidity', 'general', '多病共存、用药多', '好几种病|多种慢性病|吃很多药|吃好多种药|药太多|一堆药|慢性病多|一身病|好多毛病|身体各种毛病|老年病|一把一把吃药|每天吃十几种药|药越吃越多|各种慢性病|毛病很多|病很多|几种病', { geriatrics: 5.5 }),
  s('frailty', 'general', '越来越虚弱', '身体越来越差|越来越虚|走路越来越慢|体力越来越差|老了没力气|衰弱|越来越没力气|一年不如一年|吃得越来越少人越来越瘦|生活不能自理|越来越不能自理', { geriatrics: 4.5, general_practice: 1 }),
  s('general_malaise', 'general', '说不清的不舒服', '哪哪都不舒服|哪儿都不舒服|浑身不得劲|全身不得劲|身上不得劲', { general_practice: 1, tcm: 1.2, geriatrics: 0.6 }, { hidden: true }),
  s('infant_hydrocephalus', 'general', '头围增大、囟门饱满', '头围增大|头围长得快|头围偏大|前囟饱满|前囟膨隆|囟门饱满|囟门鼓|囟门凸起', { neurosurgery: 4, pediatrics: 2 }, { hidden: true }),
  s('dka_signs', 'general', '酮症酸中毒迹象', '烂苹果味|呼吸深快|深大呼吸|酮症|酮症酸中毒|尿酮|酮体', { emergency: 4.5, endocrinology: 3 }, { hidden: true }),
  s('co_exposure', 'general', '煤气、炭火环境', '烧煤炉|煤炉|烧炭取暖|炭火|炭盆|蜂窝煤|燃气泄漏|煤气泄漏|热水器漏气|门窗紧闭', { emergency: 2 }, { hidden: true }),
  s('breast_development', 'general', '乳房过早发育', '乳房开始发育|乳房发育|胸部发育|长胸了|胸部开始长', { pediatrics: 3, endocrinology: 2.5, breast_surgery: 0.5 }, { hidden: true }),
  s('checkup_request', 'general', '想做体检', '婚前检查|婚前体检|孕前体检|身体检查|全面的检查|早筛|癌症筛查|防癌体检|体检|健康体检|入职体检|做个体检|全身检查|检查一下身体|查体|年度体检|婚检|孕前检查|想做个全面检查|单位体检|全面体检|想查查身体|做个全身检查|想体检|升学体检|驾照体检|防癌筛查|肿瘤筛查', { checkup: 5.5 }),
  s('checkup_result', 'general', '体检报告异常', '体检报告|体检发现|体检异常|体检查出|体检结果|体检时发现|体检说|体检单|体检查出来|体检报告上', { checkup: 1.6 }, { hidden: true }),
  s('rehab_request', 'general', '康复训练', '语言训练|说话训练|康复锻炼|恢复训练|截瘫|脊髓损伤|康复|康复训练|功能锻炼|术后康复|中风后遗症|脑梗后遗症|偏瘫康复|理疗|做理疗|复健|走路训练|术后关节僵硬|关节活动受限|术后恢复锻炼|骨折术后|骨折后|手术后腿伸不直|手术后胳膊抬不起来|后遗症|康复治疗|吞咽训练|言语训练|膝关节置换术后|关节置换后', { rehabilitation: 5.5, tcm: 0.4 }),
  s('tcm_request', 'general', '中医调理', '扎针|扎针灸|中医调理|调理身体|中药调理|喝中药|看中医|针灸|推拿|拔罐|艾灸|刮痧|体质调理|体虚|气虚|血虚|阴虚|阳虚|湿气重|湿气|上火|虚火|肾虚|脾虚|气血不足|亚健康|宫寒|冬病夏治|三伏贴|膏方|调理一下|吃中药|把把脉|中医看看|脾胃虚弱|肝火旺|火气大|寒湿', { tcm: 5.5 }),

  s('anxiety', 'mind', '焦虑紧张', '焦虑|心烦|烦躁|坐立不安|惊恐|心神不宁|易怒|脾气暴躁|控制不住脾气|焦虑症|总是紧张|容易紧张|紧张焦虑|压力大|压力很大|心烦意乱|烦躁不安|惊恐发作|恐慌|老是担心|担心得睡不着|莫名害怕|突然很害怕|心里不踏实|整天提心吊胆|紧张|脾气大|爱发火|恐惧', { psychology: 5 }),
  s('depression', 'mind', '情绪低落', 'emo|什么都不想干|啥都不想干|干什么都没劲|抑郁|情绪低落|心情不好|高兴不起来|不开心|闷闷不乐|对什么都没兴趣|提不起兴趣|活着没意思|活着没意义|老想哭|悲观|自卑|心情低落|心情差|抑郁症|消沉|情绪不好|心情很差|整天不开心|什么都不想做|觉得自己没用|情绪崩溃|想哭|心里难受|心累', { psychology: 5.5 }),
  s('insomnia', 'mind', '失眠', '失眠|睡不着|睡不着觉|入睡困难|睡眠不好|睡眠差|早醒|多梦|做梦多|睡不踏实|半夜醒|夜里醒了就睡不着|整夜睡不着|睡觉不好|睡得不好|醒得早|睡眠质量差|浅睡|容易醒|睡不好|翻来覆去睡不着|一晚上睡不了几个小时|无法入睡|整晚睡不着|晚上睡不好|睡眠障碍|睡觉老醒|夜里醒好几次',
    { psychology: 3.5, tcm: 2.2, neurology: 2 }),
  s('psychosis', 'mind', '幻觉、行为异常', '幻觉|幻听|听到有人说话|看到不存在的东西|被害妄想|疑神疑鬼|觉得有人害我|自言自语|行为怪异|精神异常|精神病|胡思乱想|觉得有人跟踪|觉得被监视|说话没头没脑|精神分裂|躁狂|双相|情绪一会高一会低|话特别多停不下来', { psychology: 5.5, emergency: 0.3 }),
  s('obsessive', 'mind', '强迫', '强迫症|反复洗手|反复检查|控制不住地想|反复确认门锁|一个念头反复出现', { psychology: 5.5 }),
  s('eating_disorder', 'mind', '进食问题', '暴食|催吐|厌食症|怕胖不吃饭|吃了就想吐出来|控制不住地吃', { psychology: 4, gastroenterology: 1 }),
  s('somatic', 'mind', '查不出原因的不适', '浑身不舒服查不出毛病|查不出病|检查都正常但是难受|到处不舒服|检查都没问题|查了很多都没事|哪都不舒服|全身到处不舒服', { psychology: 4, tcm: 1.2 }),
  s('addiction', 'mind', '成瘾', '戒酒|酗酒|离不开酒|烟瘾|戒烟|网瘾|成瘾|游戏成瘾|赌瘾|戒不掉|药物依赖', { psychology: 5 }),
  s('attention_child', 'mind', '多动、注意力不集中', '不想上学|厌学|不愿意上学|沉迷手机|沉迷游戏|多动|注意力不集中|上课走神|抽动症|挤眉弄眼|眨眼睛频繁|清嗓子声|学习跟不上|上课小动作多|孤独症|自闭症|不理人|不和人对视', { psychology: 3.5, pediatrics: 3 }),

  s('infant_feeding', 'general', '宝宝吃奶、哭闹', '哭闹不止|一直哭|哭闹|夜哭|夜啼|不吃奶|吃奶少|拒奶|吐奶|溢奶|奶量下降|不好好吃奶|喂奶就哭|肠绞痛|打奶嗝|奶瓣|吃奶后吐|喝奶就吐|吃奶差', { pediatrics: 5 }, { hidden: true }),
  s('growth', 'general', '生长发育', '语言发育迟缓|挑食|偏食|不长肉|体重不长|不会说句子|长不高|个子矮|身高偏矮|发育迟缓|比同龄人矮|说话晚|走路晚|性早熟|乳房过早发育|发育早|来月经太早|不长个|生长发育|个子比同学矮|身高不长|出牙晚|头围小|不会爬|不会走路|不会说话', { pediatrics: 5, endocrinology: 1.5 }),
  s('neonatal_problem', 'general', '新生儿问题', '新生儿黄疸|宝宝皮肤黄|宝宝黄疸|黄疸值|胆红素高|脐带|肚脐渗液|肚脐有分泌物|早产|新生儿|早产儿|脐带没掉|脐部红|宝宝脸黄|宝宝眼睛黄|刚出生的宝宝|出生体重低', { neonatology: 5.5, pediatrics: 1.5 }),
  s('vaccination', 'general', '疫苗接种', '打疫苗|接种疫苗|疫苗|预防针|打预防针|疫苗接种|打完疫苗', { pediatrics: 2.5, infectious: 1.2 }),
  s('child_rash_fever', 'general', '手足口、出疹性疾病', '手足口病|手足口|水痘|麻疹|猩红热|疱疹性咽峡炎|幼儿急疹|手上脚上嘴里起疱|手脚长红疹|嘴里和手上长疱疹|手心脚心起疹子|烧退疹出', { infectious: 3, pediatrics: 3, dermatology: 0.5 }, { hidden: true }),
];
