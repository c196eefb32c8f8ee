/**
 * Symptoms of the arms, legs, joints and skin, with everyday phrasings.
 *
 * Source: written for this project from general clinical knowledge (orthopaedic, rheumatological,
 * vascular and dermatological presentations as taught in Chinese 诊断学 and seen at 导诊台) and
 * colloquial Mandarin as patients say it. Reviewed for medical soundness by the author; not a
 * diagnosis.
 */
import type { LexEntry } from '../types';
import { symptom as s } from '../entry';

export const limbSkinSymptoms: LexEntry[] = [
  s('shoulder_pain', 'arm', '肩膀疼', '肩膀疼|肩膀痛|肩痛|肩周炎|五十肩|肩膀抬不起来|胳膊抬不起来|肩关节疼|肩膀酸痛|冻结肩|梳头困难|肩膀酸|肩膀僵|肩膀不能动|手举不起来|肩颈酸痛|肩颈疼|肩膀一动就疼|穿衣服肩膀疼', { orthopedics: 4, rehabilitation: 1.3, tcm: 1.2 }),
  s('arm_pain', 'arm', '胳膊疼', '胳膊疼|胳膊痛|手臂疼|手臂痛|上臂疼|前臂疼|胳膊肘疼|手肘疼|网球肘|肘关节疼|胳膊酸|胳膊酸痛|胳膊肘痛|肘部疼痛|手肘痛|大臂疼|小臂疼', { orthopedics: 4.5, rehabilitation: 0.6 }),
  s('hand_numbness', 'arm', '手麻', '手麻|手指麻|手发麻|手指发麻|手麻木|胳膊麻|手臂麻|手指头麻|手指尖麻|两只手麻|手脚发麻|手脚麻木|手指麻木|半夜手麻醒|胳膊发麻', { neurology: 2.8, orthopedics: 2.2, endocrinology: 0.3, rehabilitation: 0.5 }),
  s('arm_weakness', 'arm', '胳膊没劲', '胳膊没劲|胳膊无力|手没劲|手没力气|一只手没劲|胳膊抬不动|手握不住|握不住东西|手使不上劲', { neurology: 3.5, orthopedics: 1.5, emergency: 0.5 }, { hidden: true }),
  s('wrist_pain', 'arm', '手腕、手指疼', '手腕疼|手腕痛|腕关节疼|鼠标手|腱鞘炎|手指伸不直|扳机指|弹响指|大拇指根疼|妈妈手|手指关节疼|手指疼|手指头疼|手掌疼|手背疼|手腕肿|手腕扭了|手腕扭伤|手指弯不了', { orthopedics: 4.5 }),
  s('hand_swelling', 'arm', '手指关节肿、变形', '手指肿|手肿|手背肿|手指关节肿|手指变形|手指关节变形|手指关节粗大|手指关节肿痛|两手关节肿|手指像香肠', { rheumatology: 3.5, orthopedics: 2 }),
  s('hand_injury', 'arm', '手外伤', '手指被切|手被割伤|手指割破|手被门夹|手指骨折|手指砸伤|手被机器|手指受伤|手受伤|手被刀切|切菜切到手|手被夹|手指被门夹了|手被压了|手指被砸', { orthopedics: 3.5, emergency: 3, general_surgery: 0.8 }),
  s('tremor', 'arm', '手抖', '手抖|手发抖|手颤|抖个不停|静止性震颤|手哆嗦|手一直抖|手不自主地抖|拿东西手抖|端碗手抖|写字手抖|头在抖|手脚发抖|手震颤|手抖得厉害', { neurology: 4, endocrinology: 1.5 }),
  s('cold_extremities', 'arm', '手脚冰凉', '手脚冰凉|手脚发凉|手脚冷|四肢冰凉|手指发白发紫|雷诺|手遇冷变白|手指遇冷发白|手指变紫|手冰凉|脚冰凉|手脚总是凉', { tcm: 3, rheumatology: 1.5, endocrinology: 0.8, vascular_surgery: 0.5 }),
  s('nail_problem', 'arm', '指甲问题', '灰指甲|甲癣|指甲变形|指甲发黄|指甲增厚|甲沟炎|嵌甲|指甲往肉里长|指甲旁边红肿|指甲变黑|指甲脱落|脚指甲长肉里|指甲周围化脓|指甲有竖纹', { dermatology: 4, general_surgery: 1.5 }),
  s('armpit_lump', 'arm', '腋下肿块', '腋下有包|腋窝有包|腋下肿块|腋窝淋巴结|胳肢窝有疙瘩|腋下长包|腋下有个疙瘩|腋下摸到硬块|腋窝肿块|副乳', { breast_surgery: 2.5, general_surgery: 2.5, dermatology: 1 }),
  s('hand_skin', 'arm', '手脱皮起泡', '手脱皮|手上起小水泡|手掌脱皮|手裂口子|富贵手|手上长小水泡|手指脱皮|手干裂|手掌起皮|手上起皮', { dermatology: 5 }),

  s('knee_pain', 'leg', '膝盖疼', '膝盖疼|膝盖痛|膝关节疼|膝关节痛|腿关节疼|膝盖酸|上下楼膝盖疼|蹲不下去|膝盖有响声|膝盖弹响|膝盖肿|膝盖积水|膝盖软|膝盖发软|膝关节肿|膝盖不能弯|膝盖打软|下楼梯膝盖疼|蹲下起来膝盖疼|膝盖里面疼|膝盖外侧疼|膝盖咔咔响|膝盖不舒服', { orthopedics: 4.5, rheumatology: 1, rehabilitation: 0.8, tcm: 0.5 }),
  s('leg_pain', 'leg', '腿疼', '腿疼|腿痛|大腿疼|小腿疼|腿酸|腿酸痛|腿部疼痛|腿肚子疼|大腿根疼|两条腿疼|腿酸胀|小腿酸|腿酸腿疼|大腿痛|小腿痛|腿上疼', { orthopedics: 3.5, vascular_surgery: 0.8, rehabilitation: 0.6 }),
  s('leg_edema', 'leg', '腿脚浮肿', '腿肿|脚肿|下肢水肿|小腿肿|脚踝肿|双腿浮肿|腿浮肿|一按一个坑|按下去一个坑|脚背肿|双下肢水肿|两条腿都肿|两只脚都肿|脚面肿|下午脚肿|鞋子变紧|腿一按一个坑|双脚浮肿|下肢浮肿', { nephrology: 3.5, cardiology: 3.2, vascular_surgery: 0.8 }),
  s('unilateral_leg_swelling', 'leg', '一条腿突然肿', '一条腿肿|一侧腿肿|单侧腿肿|一边腿粗|腿肿得发亮发紫|左腿肿|右腿肿|一条腿比另一条粗|一侧小腿肿痛|左小腿肿|右小腿肿|一条腿又肿又疼', { vascular_surgery: 5, emergency: 1.2, orthopedics: 0.5 }),
  s('varicose', 'leg', '腿上青筋', '静脉曲张|腿上青筋|青筋凸起|血管鼓出来|蚯蚓腿|腿上血管像蚯蚓|腿上青筋暴露|小腿青筋|腿上血管鼓|小腿皮肤发黑|腿上的血管一团一团', { vascular_surgery: 5.5 }),
  s('ankle_sprain', 'leg', '崴脚', '崴脚|崴了脚|脚崴了|扭伤脚|脚踝扭伤|扭了脚|崴到|脚扭了|踝关节扭伤|脚脖子扭了|脚踝崴了|下楼崴了|打球崴脚|崴了一下', { orthopedics: 5, emergency: 0.5, rehabilitation: 0.5 }),
  s('foot_pain', 'leg', '脚疼', '脚疼|脚痛|脚后跟疼|足跟痛|脚底疼|脚掌疼|脚背疼|脚趾疼|走路脚疼|足底筋膜炎|扁平足|拇外翻|大脚骨|脚趾外翻|脚跟痛|早上下地脚跟疼|脚后跟痛|脚底板疼|脚踝疼|踝关节疼', { orthopedics: 4.5 }),
  s('toe_gout', 'leg', '脚趾关节红肿', '大脚趾红肿|脚趾头红肿|大脚趾疼|脚趾关节红肿|脚趾关节疼|半夜脚趾疼醒|大拇脚趾肿|大脚趾根部红肿|大脚趾关节红肿热痛|脚趾红肿热痛|大脚趾关节疼|脚趾又红又肿|大脚趾肿', { rheumatology: 4, endocrinology: 2, orthopedics: 1 }),
  s('hip_pain', 'leg', '髋部疼', '髋部疼|髋关节疼|胯骨疼|大腿根部疼|屁股疼|胯疼|走路胯疼|髋关节痛|胯骨轴疼|胯部疼|腹股沟疼|髋疼|屁股痛', { orthopedics: 5 }),
  s('leg_numbness', 'leg', '腿脚麻木', '腿麻|脚麻|腿发麻|脚发麻|下肢麻木|脚底麻|脚趾麻|脚像踩棉花|两腿发麻|脚底像踩棉花|脚底发麻|双脚麻木|两只脚发麻|小腿发麻|脚趾发麻|脚底板麻', { neurology: 3, orthopedics: 2, endocrinology: 1 }),
  s('leg_weakness', 'leg', '腿软无力、走路不稳', '腿没劲|腿软|腿无力|双腿无力|走路没劲|下肢无力|腿抬不起来|走不动路|站不稳|走路不稳|走路摇晃|走路打晃|迈不开步|步态不稳|走路拖地|两腿发软|走路像踩棉花|腿脚不利索|走路歪|走路打飘', { neurology: 4, orthopedics: 1, geriatrics: 0.8, rehabilitation: 0.5 }),
  s('cramp', 'leg', '腿抽筋', '腿抽筋|小腿抽筋|脚抽筋|半夜腿抽筋|抽筋|肌肉痉挛|腿肚子抽筋|脚趾抽筋', { orthopedics: 2.5, endocrinology: 1.2, neurology: 1 }),
  s('claudication', 'leg', '走路腿疼、脚发凉', '走一段路就腿疼|走路腿疼歇会儿就好|间歇性跛行|走一会就得歇|脚发凉发紫|脚趾发黑|腿发凉|走路走不远|走一会儿腿就疼|脚趾发紫|脚发凉|小腿发凉', { vascular_surgery: 5, orthopedics: 0.8 }),
  s('foot_ulcer', 'leg', '脚上伤口不愈', '脚上伤口不好|脚溃烂|脚烂了|脚趾溃烂|伤口不愈合|糖尿病足|脚上的伤口好几周不好|脚发黑|脚上的伤口老不好|脚底溃烂|伤口一直不好|伤口久不愈合', { endocrinology: 3, vascular_surgery: 2.2, general_surgery: 1.2, dermatology: 0.5 }),
  s('fracture', 'leg', '骨折、摔伤', '骨折|骨头断了|骨头裂了|摔断了|腿断了|胳膊断了|手腕骨折|腿骨折|骨裂|摔伤|摔了一跤|摔倒了|跌倒|绊倒|摔倒|摔了一下|摔了个跟头|骑车摔了|从床上摔下来|摔了|跌了一跤|跌伤|砸伤|扭伤|拉伤|肌肉拉伤|韧带拉伤|韧带撕裂|半月板|运动损伤|打球受伤|跑步受伤|关节扭伤|跟腱断了|脱臼|关节脱位|肩膀脱臼|胳膊脱臼',
    { orthopedics: 5, emergency: 1.2, rehabilitation: 0.4 }),
  s('joint_pain', 'leg', '关节疼', '关节疼|关节痛|关节肿|关节肿痛|多个关节疼|全身关节疼|关节红肿|骨节疼|关节变形|好几个关节疼|关节游走性疼痛|两侧关节对称疼|关节红肿热痛|关节积液|关节酸痛|关节不舒服|浑身关节疼|关节疼痛', { rheumatology: 4, orthopedics: 2.2 }),
  s('morning_stiffness', 'leg', '晨僵', '晨僵|早上起来关节僵|手指晨僵|关节发僵|关节僵硬|早上手握不紧|早上起来手指僵|早上起床关节硬|早晨关节发紧|手指早上僵硬', { rheumatology: 5, orthopedics: 0.5 }),

  s('rash', 'skin', '皮疹、起红点', '皮疹|起疹子|出疹子|长疹子|红疹|疹子|红点|起红点|身上起红点|红斑|皮肤发红|起红疙瘩|起小红点|红包包|起包|身上长红点|全身起疹子|皮肤起红块|身上起了一片|起了好多小红点|皮肤红一片|皮肤出疹|丘疹|斑疹|起小疙瘩|长了好多小疙瘩|起了一片片', { dermatology: 4.5, infectious: 0.3 }),
  s('itching', 'skin', '皮肤瘙痒', '皮肤瘙痒|皮肤痒|浑身痒|全身痒|身上痒|痒得厉害|痒得睡不着|奇痒|皮肤发痒|全身发痒|痒得难受|越抓越痒|抓破了|痒死了|晚上痒', { dermatology: 4.5 }),
  s('hives', 'skin', '风团、荨麻疹', '荨麻疹|风团|风疹块|鬼风疙瘩|风疙瘩|起风疹|一块一块的疙瘩|起大片红疙瘩|皮肤划痕|起了一片一片的包|抓哪里哪里起|一块块红肿|风疹|起一块一块', { dermatology: 5, emergency: 0.3 }),
  s('eczema', 'skin', '湿疹、皮炎', '湿疹|皮炎|皮肤粗糙|皮肤干裂|皮肤起皮|脱皮|皮肤渗液|流黄水|苔藓样|皮肤变厚|皮肤干燥|皮肤发干|皮肤脱屑|起皮屑|皮肤起白屑|皮肤增厚|皮肤渗水', { dermatology: 5.5 }),
  s('acne', 'skin', '痘痘', '痘痘|青春痘|痤疮|长痘|脸上长痘|粉刺|闭口|黑头|脸上长疙瘩|满脸痘|下巴长痘|额头长痘|背上长痘|痘印|痘坑|脸上起痘', { dermatology: 5.5 }),
  s('skin_lump', 'skin', '皮下肿物', '皮下有包|皮下结节|皮肤长了个包|皮肤上长肉疙瘩|脂肪瘤|皮脂腺囊肿|粉瘤|身上长疙瘩|肉瘤|皮肤肿块|身上长了个包|皮下肿块|皮下疙瘩|身上有个包|背上长了个包|皮肤下面有个包|摸到一个包|长了个肉疙瘩|皮下硬块', { general_surgery: 4, dermatology: 2.5 }),
  s('mole_change', 'skin', '痣、斑变化', '痣变大|痣变黑|痣出血|黑痣|痣|色素痣|胎记|老年斑|痣长大了|痣周围发红|痣不规则|血管瘤|红色胎记|咖啡斑', { dermatology: 5, general_surgery: 0.6 }),
  s('pigment', 'skin', '色斑、白斑', '白癜风|白斑|皮肤变白|色斑|黄褐斑|雀斑|晒斑|脸上长斑|长斑|皮肤发黑|脸上有斑|皮肤上有白色的斑|皮肤一块一块发白|皮肤色素沉着|蝴蝶斑', { dermatology: 5.5 }),
  s('blisters', 'skin', '水泡', '水泡|水疱|起泡|长水泡|小水泡|起水泡|身上起水泡|皮肤起水泡|大疱', { dermatology: 4.5, infectious: 0.4 }),
  s('shingles', 'skin', '带状疱疹', '带状疱疹|缠腰龙|蛇盘疮|腰上一圈水泡|一侧身上长水泡还疼|串腰龙|蛇缠腰|身上一侧起水泡|一条带子样的水泡|疱疹后神经痛|半边身子起水泡', { dermatology: 5.5, neurology: 0.5, infectious: 0.5 }),
  s('fungal', 'skin', '癣、脚气', '脚气|足癣|脚痒|脚丫子痒|脚趾缝痒|脚趾缝烂|体癣|股癣|手癣|头癣|花斑癣|汗斑|真菌感染|皮肤真菌|脚趾缝脱皮|脚臭|脚底脱皮|大腿根痒|圆圈样的红斑|癣', { dermatology: 5.5 }),
  s('wart', 'skin', '疣、鸡眼', '疣|瘊子|跖疣|扁平疣|寻常疣|鸡眼|老茧|脚底长硬块|脖子上长小肉粒|软纤维瘤|皮肤长小肉粒|脸上长小肉粒|长了个肉刺|手上长瘊子', { dermatology: 5.5 }),
  s('skin_infection', 'skin', '疖子、化脓', '疖子|毛囊炎|化脓|脓包|长脓包|皮肤化脓|蜂窝织炎|伤口化脓|伤口感染|伤口红肿|痈|丹毒|红肿热痛|脓肿|长了个疖子|皮肤红肿发热|伤口流脓|皮肤流脓|有脓', { general_surgery: 3.5, dermatology: 3 }),
  s('bruising', 'skin', '淤青、出血点', '皮下出血|身上有淤青|莫名其妙淤青|出血点|紫癜|皮肤出血点|身上青一块紫一块|瘀斑|淤青|身上有紫斑|皮肤上有红点按不褪色|轻轻一碰就青|身上老是青紫|皮肤紫一块|腿上有出血点', { hematology: 4.5, dermatology: 1.5, rheumatology: 0.5 }),
  s('burn', 'skin', '烫伤、烧伤', '烫伤|烧伤|烫了|被开水烫|被油烫|被火烧|烧着了|起了燎泡|晒伤|灼伤|被热水烫|开水烫伤|油溅到|被火烫|烫起泡|火烧伤|被蒸汽烫|烫到了', { burns: 4.5, emergency: 2, dermatology: 1, general_surgery: 0.5 }),
  s('wound', 'skin', '外伤伤口', '伤口|划伤|割伤|划破|刀伤|擦伤|摔破皮|磕破|破皮流血|缝针|需要缝针|被玻璃划|外伤|皮外伤|被刀划|割破了|口子很深|伤口很深|皮开肉绽|划了个口子|被铁钉扎|被钉子扎|扎伤', { emergency: 3.5, general_surgery: 2.8 }),
  s('animal_bite', 'skin', '被狗猫咬抓伤', '被狗咬|狗咬伤|被猫抓|被猫咬|猫抓伤|被老鼠咬|狂犬疫苗|被动物咬|狗咬|被狗抓|被猫挠|被宠物咬|狗抓伤|被狗舔了伤口|被野狗咬', { emergency: 4.5, infectious: 1.2 }),
  s('insect_bite', 'skin', '蚊虫叮咬、蜂蜇', '被虫子咬|蚊虫叮咬|被蚊子咬|虫咬皮炎|被蜜蜂蜇|被马蜂蜇|蜂蜇|被蜈蚣咬|隐翅虫|被虫咬了|被蜂蜇了|被黄蜂蛰|被蜜蜂蛰|被马蜂蛰|被毛毛虫蜇', { dermatology: 4, emergency: 1.5 }),
  s('cold_sweat', 'skin', '大汗、冷汗', '大汗|出冷汗|冒冷汗|大汗淋漓|满头大汗|一身冷汗|冷汗直流|浑身冒汗|浑身是汗|全身大汗|出了一身汗|一身汗|冷汗|出虚汗|汗如雨下|汗一直往下流|汗珠往下掉', { cardiology: 1, emergency: 1, endocrinology: 0.5 }, { hidden: true }),
  s('hyperhidrosis', 'skin', '出汗多', '多汗|出汗多|爱出汗|手汗多|汗多|手心出汗|脚汗多|腋下出汗多|动不动就出汗|稍微一动就出汗|容易出汗|汗特别多', { dermatology: 2, endocrinology: 2.2, tcm: 1.2 }),
  s('skin_ulcer', 'skin', '皮肤溃烂、褥疮', '褥疮|压疮|皮肤溃烂|伤口溃烂|溃烂不愈|皮肤烂了|皮肤破溃|腿上溃烂|皮肤溃疡', { general_surgery: 3, dermatology: 3, endocrinology: 0.5 }),
  s('skin_allergy', 'skin', '过敏', '过敏|皮肤过敏|过敏了|过敏反应|药物过敏|食物过敏|海鲜过敏|化妆品过敏|接触性皮炎|过敏体质|染发过敏|过敏起疹子|对花粉过敏', { dermatology: 4.5, emergency: 0.3 }),
  s('scar', 'skin', '疤痕', '疤痕|瘢痕|伤疤增生|疙瘩体|瘢痕疙瘩|疤痕增生|伤疤痒|手术疤痕', { dermatology: 4, general_surgery: 1 }),
  s('scabies', 'skin', '疥疮、虱子', '疥疮|虱子|阴虱|头虱|手指缝痒|晚上痒得厉害全家都痒|皮肤上有隧道', { dermatology: 5.5 }),
  s('hirsutism', 'skin', '毛发过多', '多毛|毛发旺盛|汗毛重|长胡子|女生长胡子|体毛多', { endocrinology: 2.5, gynecology: 1.5, dermatology: 1.5 }),
  s('jaundice', 'skin', '皮肤眼睛发黄', '黄疸|皮肤发黄|眼睛发黄|眼白发黄|脸发黄|全身发黄|巩膜黄染|身上发黄|眼珠发黄|小便像浓茶|尿像浓茶|皮肤黄|眼睛黄|尿黄得像茶|脸色发黄|皮肤变黄|皮肤和眼睛都黄|眼球发黄|白眼珠发黄', { hepatology: 3.5, gastroenterology: 2.8, infectious: 1.5, general_surgery: 1 }),
  s('pallor', 'skin', '面色苍白', '面色苍白|脸色苍白|脸色发白|嘴唇发白|脸色蜡黄|没血色|脸色不好|脸色差|脸色难看|面色萎黄|指甲发白|脸上没有血色|脸白|眼睑发白|嘴唇没血色', { hematology: 4, gynecology: 0.5, tcm: 0.5 }),
  s('cyanosis', 'skin', '嘴唇发紫', '嘴唇发紫|口唇发绀|嘴唇青紫|脸发紫|发绀|全身发紫|指甲发紫|嘴唇发乌|脸色发青|嘴唇发黑|脸憋得发紫', { emergency: 4, cardiology: 2, respiratory: 2 }),
];
