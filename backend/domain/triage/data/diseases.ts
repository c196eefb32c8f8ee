/**
 * Diseases by their everyday names (高血压, 乙肝, 糖尿病, 甲亢 …) and the department that
 * follows them up in a Chinese hospital.
 *
 * Source: written for this project from general clinical knowledge and common Chinese hospital
 * 导诊 practice (which 专科门诊 manages which chronic disease; e.g. 乙肝 is followed in the
 * 感染科 肝病门诊, 甲状腺癌 is operated on in 甲乳外科). Reviewed for medical soundness by the
 * author; not a diagnosis.
 */
import type { LexEntry } from '../types';
import { disease as d } from '../entry';

export const diseases: LexEntry[] = [
  d('hypertension', '高血压', '高血压|血压高|血压升高|血压偏高|血压不稳|血压控制不好|降压药|血压有点高|血压一直高|血压上来了|血压飙升|高压|血压波动', {
    cardiology: 5.5,
  }),
  d('hypotension', '低血压', '低血压|血压低|血压偏低|血压太低', { cardiology: 4.5 }),
  d(
    'coronary',
    '冠心病',
    '放支架|装支架|支架术后|冠脉造影|冠状动脉造影|三支病变|速效救心丸|救心丸|硝酸甘油|麝香保心丸|丹参滴丸|冠心病|心梗|心肌梗死|心肌梗塞|心绞痛|冠脉狭窄|放过支架|装了支架|心脏支架|冠状动脉|心肌缺血|心脏供血不足',
    { cardiology: 6 },
  ),
  d('arrhythmia', '心律失常', '心律失常|房颤|早搏|心动过速|心动过缓|传导阻滞|室早|房早|起搏器|窦性心动过速|室上速|预激综合征', { cardiology: 6 }),
  d('cabg', '冠脉搭桥', '搭桥|搭桥手术|冠脉搭桥', { thoracic_surgery: 4.5, cardiology: 3 }),
  d('heart_failure', '心衰', '心衰|心力衰竭|心功能不全|心脏扩大|心脏大|心功能差', { cardiology: 6 }),
  d(
    'heart_structural',
    '心脏病、瓣膜病',
    '瓣膜病|心脏杂音|先天性心脏病|先心病|房间隔缺损|室间隔缺损|二尖瓣|主动脉瓣|心脏病|心脏不好|心脏有毛病|风湿性心脏病|心包积液',
    { cardiology: 5, thoracic_surgery: 1.5 },
  ),
  d('hyperlipidemia', '高血脂', '高血脂|血脂高|胆固醇高|甘油三酯高|血脂异常|血稠|血脂偏高|低密度脂蛋白高|颈动脉斑块|动脉硬化', {
    cardiology: 4,
    endocrinology: 2.5,
  }),
  d('myocarditis', '心肌炎', '心肌炎|病毒性心肌炎|心肌病', { cardiology: 6 }),
  d(
    'diabetes',
    '糖尿病',
    '糖化|糖化高|糖尿病|血糖高|血糖升高|血糖偏高|尿糖|空腹血糖高|糖化血红蛋白高|打胰岛素|降糖药|二甲双胍|血糖控制不好|糖耐量异常|糖前期|胰岛素|血糖不稳|餐后血糖高|血糖有点高|血糖|糖友',
    { endocrinology: 6 },
  ),
  d('hyperthyroid', '甲亢', '甲亢|甲状腺功能亢进|甲亢复发|甲状腺激素高|格雷夫斯', { endocrinology: 6 }),
  d('hypothyroid', '甲减', '甲减|甲状腺功能减退|桥本|甲状腺炎|优甲乐|甲状腺功能低|甲状腺激素低|亚甲炎', { endocrinology: 6 }),
  d('thyroid_nodule', '甲状腺结节', '甲状腺结节|甲状腺有结节|甲状腺囊肿|甲状腺肿物|甲状腺上有个结节|甲状腺不好|甲状腺有问题', {
    endocrinology: 4.5,
    general_surgery: 3,
  }),
  d('thyroid_cancer', '甲状腺癌', '甲状腺癌|甲状腺肿瘤|甲状腺乳头状癌|甲状腺结节4类|甲状腺结节四类|甲状腺结节要手术', {
    general_surgery: 5.5,
    endocrinology: 2,
  }),
  d('gout', '痛风', '痛风|尿酸高|高尿酸|尿酸偏高|痛风石|痛风发作|尿酸', { rheumatology: 4.5, endocrinology: 3.5 }),
  d('osteoporosis', '骨质疏松', '骨质疏松|骨量减少|骨密度低|缺钙|补钙|骨头脆', { endocrinology: 3, orthopedics: 3, geriatrics: 0.5 }),
  d('pcos', '多囊卵巢', '多囊|多囊卵巢|多囊卵巢综合征', { gynecology: 4.5, endocrinology: 2.5 }, { sex: 'female' }),
  d('pituitary_adrenal', '内分泌腺疾病', '满月脸|水牛背|紫纹|皮肤紫纹|肾上腺|泌乳素高|催乳素高|皮质醇|库欣|醛固酮|嗜铬细胞瘤|内分泌失调|激素水平异常', {
    endocrinology: 5.5,
  }),
  d('gastritis', '胃炎', '胃炎|慢性胃炎|浅表性胃炎|萎缩性胃炎|糜烂性胃炎|胃病|老胃病|胃溃疡|十二指肠溃疡|消化性溃疡|胃出血|胃糜烂|胃下垂|功能性消化不良', {
    gastroenterology: 6,
  }),
  d('hpylori', '幽门螺杆菌', '幽门螺杆菌|幽门螺旋杆菌|hp阳性|碳13|碳14|吹气试验阳性|幽门杆菌', { gastroenterology: 6 }),
  d('gerd', '胃食管反流', '反流性食管炎|胃食管反流|食管炎|食道炎|巴雷特食管', { gastroenterology: 6 }),
  d('bowel_disease', '肠炎、肠病', '肠炎|结肠炎|溃疡性结肠炎|克罗恩病|肠易激综合征|肠胃炎|急性肠胃炎|胃肠炎|肠胃不好|肠道菌群失调|肠胃功能紊乱|肠功能紊乱', {
    gastroenterology: 5.5,
    infectious: 0.6,
  }),
  d('endoscopy', '胃肠镜检查', '做胃镜|做肠镜|胃镜|肠镜|无痛胃镜|无痛肠镜|胃肠镜', { gastroenterology: 3.5 }),
  d('fobt', '大便潜血阳性', '大便潜血|便潜血|潜血阳性|大便隐血|粪便潜血|粪便隐血', { gastroenterology: 6 }),
  d('polyp', '胃肠息肉', '肠息肉|结肠息肉|胃息肉|直肠息肉', { gastroenterology: 5.5, general_surgery: 0.5 }),
  d('gi_cancer', '胃肠肿瘤', '胃癌|肠癌|结肠癌|直肠癌|胰腺癌|结直肠癌|胃里长了个肿瘤|肠子里长了肿瘤|肠梗阻', { general_surgery: 5, gastroenterology: 2 }),
  d('esophageal_cancer', '食管癌', '食管癌|食道癌|食管肿瘤|贲门癌', { thoracic_surgery: 4.5, gastroenterology: 2, general_surgery: 1 }),
  d('pancreatitis', '胰腺炎', '胰腺炎|急性胰腺炎|胰腺', { gastroenterology: 4.5, emergency: 2, general_surgery: 1 }),
  d('gallstone', '胆结石、胆囊炎', '胆结石|胆囊结石|胆囊炎|胆管结石|胆囊息肉|胆石症|胆结石发作', { general_surgery: 6, gastroenterology: 1.5 }),
  d('appendicitis', '阑尾炎', '阑尾炎|盲肠炎|急性阑尾炎|阑尾', { general_surgery: 6, emergency: 1 }),
  d('anorectal_disease', '痔疮、肛裂、肛瘘', '肛裂|混合痔|内痔|外痔|肛门疾病|肛肠', { anorectal: 6 }),
  d('fatty_liver', '脂肪肝', '脂肪肝|酒精肝|肝脏脂肪|轻度脂肪肝|中度脂肪肝|重度脂肪肝', { gastroenterology: 4.5, hepatology: 2.5 }),
  d(
    'liver_function',
    '肝功能异常',
    '肝功能异常|转氨酶高|转氨酶升高|肝功能不好|谷丙转氨酶高|肝功异常|肝功能|转氨酶|肝不好|肝有问题|肝脏不好|肝损伤|药物性肝损伤',
    { hepatology: 3.5, gastroenterology: 3.5, infectious: 0.6 },
  ),
  d(
    'viral_hepatitis',
    '乙肝等病毒性肝炎',
    '乙肝|乙型肝炎|大三阳|小三阳|乙肝病毒|乙肝携带|hbv|表面抗原阳性|乙肝表面抗原|丙肝|丙型肝炎|甲肝|戊肝|病毒性肝炎|肝炎|乙肝抗病毒|恩替卡韦|乙肝五项|两对半|dna高|病毒载量',
    { hepatology: 5, infectious: 4, gastroenterology: 1 },
  ),
  d('cirrhosis', '肝硬化', '肝硬化|肝腹水|肝纤维化|门脉高压|食管静脉曲张', { gastroenterology: 5, hepatology: 3.5 }),
  d('liver_cancer', '肝癌、肝占位', '肝癌|肝占位|肝上长了东西|肝血管瘤|肝囊肿|肝脏肿瘤', { general_surgery: 4, hepatology: 2.5, gastroenterology: 2 }),
  d('copd', '慢阻肺、慢支', '尘肺|矽肺|粉尘|煤矿|慢阻肺|慢性阻塞性肺疾病|肺气肿|老慢支|慢性支气管炎|支气管炎|肺心病|肺大泡', { respiratory: 6 }),
  d('asthma', '哮喘', '哮喘|支气管哮喘|过敏性哮喘|咳嗽变异性哮喘|哮喘发作|哮喘犯了', { respiratory: 6 }),
  d('pneumonia', '肺炎', '肺炎|肺部感染|肺感染|支原体|支原体肺炎|大叶性肺炎|肺部炎症|肺里有炎症', { respiratory: 6 }),
  d(
    'lung_nodule',
    '肺结节、肺部阴影',
    '肺结节|肺部结节|肺上有结节|肺小结节|磨玻璃结节|肺部阴影|肺上有阴影|肺部肿块|肺占位|肺里有个结节|肺部小结节|肺上长了个东西',
    { respiratory: 4, thoracic_surgery: 3.5 },
  ),
  d('lung_cancer', '肺癌', '肺癌|肺部肿瘤|肺腺癌|肺鳞癌', { thoracic_surgery: 4.5, respiratory: 3 }),
  d('tuberculosis', '肺结核', '肺结核|结核|结核病|痨病|肺痨|结核菌|结核杆菌|ppd阳性', { infectious: 5, respiratory: 3 }),
  d('common_cold', '感冒', '感冒|着凉|受凉|伤风|风寒感冒|风热感冒|重感冒|感冒了|冻着了|病毒性感冒|上呼吸道感染|上感', {
    respiratory: 3.5,
    infectious: 1.5,
    ent: 0.6,
    tcm: 0.3,
  }),
  d('influenza', '流感、新冠', '流感|甲流|乙流|流行性感冒|新冠|阳了|新冠阳性|抗原阳性|核酸阳性|甲型流感|乙型流感|流感病毒', {
    infectious: 5,
    respiratory: 2.5,
  }),
  d('pneumothorax', '气胸', '气胸|自发性气胸', { thoracic_surgery: 4.5, respiratory: 2.5, emergency: 2 }),
  d('bronchiectasis', '支气管扩张', '支气管扩张|支扩|肺纤维化|间质性肺病|胸腔积液|胸水', { respiratory: 6 }),
  d('sleep_apnea', '睡眠呼吸暂停', '睡眠呼吸暂停|呼吸暂停综合征|睡眠呼吸暂停综合征|阻塞性睡眠呼吸暂停', { respiratory: 4, ent: 3.5 }),
  d('stroke', '脑梗、中风', '脑梗|脑梗死|脑梗塞|中风|脑卒中|脑血栓|腔梗|腔隙性脑梗|脑缺血|脑供血不足|短暂性脑缺血|小中风|脑血管病|脑动脉硬化|卒中', {
    neurology: 6,
  }),
  d('brain_hemorrhage', '脑出血', '脑出血|脑溢血|蛛网膜下腔出血|颅内出血', { neurosurgery: 4, neurology: 3, emergency: 2 }),
  d('epilepsy', '癫痫', '癫痫|羊角风|羊癫疯|癫痫病', { neurology: 6 }),
  d('parkinson', '帕金森', '帕金森|帕金森病|震颤麻痹|帕金森综合征', { neurology: 6 }),
  d('dementia', '老年痴呆', '老年痴呆|痴呆|阿尔茨海默|认知障碍|脑萎缩|失智|认知功能下降', { neurology: 4.5, geriatrics: 3, psychology: 0.5 }),
  d('migraine', '偏头痛', '偏头痛|偏头疼|血管性头痛|紧张性头痛|神经性头痛|丛集性头痛', { neurology: 6 }),
  d('neuralgia', '神经痛、面瘫', '三叉神经痛|面神经炎|面瘫|面神经麻痹|周围神经病|神经痛|周围神经炎|末梢神经炎|肋间神经痛|脸抽搐|眼皮和脸一起抽', {
    neurology: 5,
    tcm: 1,
    neurosurgery: 0.5,
  }),
  d('neuromuscular', '神经肌肉病', '重症肌无力|渐冻症|肌萎缩|肌肉萎缩|格林巴利|多发性硬化|运动神经元病', { neurology: 6 }),
  d('brain_tumor', '颅内肿瘤', '硬膜下积液|颅内积液|硬膜下血肿|脑积水|脑瘤|脑肿瘤|颅内肿瘤|垂体瘤|脑膜瘤|颅内动脉瘤|动脉瘤|胶质瘤|颅内占位', {
    neurosurgery: 6,
  }),
  d(
    'kidney_disease',
    '肾病',
    '肾炎|慢性肾炎|肾病|肾病综合征|肾功能不全|肾衰|肾衰竭|尿毒症|透析|肌酐高|肌酐升高|肾功能异常|iga肾病|肾功能不好|肾小球肾炎|慢性肾病|糖尿病肾病|高血压肾病|多囊肾|肾不好|肾功能|肌酐|尿蛋白高|蛋白尿|尿蛋白|尿潜血|尿隐血|尿里有蛋白',
    { nephrology: 6 },
  ),
  d('kidney_stone', '泌尿系结石', '肾结石|输尿管结石|尿路结石|膀胱结石|结石|泌尿系结石|肾积水|肾里有石头|输尿管扩张|碎石|体外碎石|激光碎石|取石|排石|碎过石', {
    urology: 6,
  }),
  d('uti', '尿路感染', '尿路感染|尿道炎|膀胱炎|泌尿系感染|尿感|肾盂肾炎|尿道感染|泌尿感染', { urology: 4, nephrology: 2.5, gynecology: 0.4 }),
  d('prostate', '前列腺疾病', 'psa|前列腺炎|前列腺增生|前列腺肥大|前列腺|psa高|前列腺癌|前列腺钙化', { urology: 5.5, andrology: 1.5 }, { sex: 'male' }),
  d('urologic_tumor', '泌尿系肿瘤', '肾囊肿|肾肿瘤|膀胱肿瘤|膀胱癌|肾癌|肾上长了东西|睾丸肿瘤|输尿管肿瘤', { urology: 6 }),
  d('anemia', '贫血', '血红蛋白|血色素|贫血|缺铁性贫血|血红蛋白低|血色素低|地中海贫血|地贫|缺铁|巨幼细胞贫血|溶血', { hematology: 6 }),
  d(
    'blood_disease',
    '血液病',
    '脾大|脾肿大|脾脏大|白细胞|血小板|白血病|淋巴瘤|骨髓瘤|血液病|骨髓增生|白细胞高|白细胞低|白细胞减少|血小板低|血小板减少|血小板高|再生障碍性贫血|再障|血友病|凝血功能异常|凝血障碍|红细胞增多|骨髓穿刺|血象异常|血常规异常|全血细胞减少',
    { hematology: 6 },
  ),
  d('rheumatoid', '类风湿', '类风湿|类风湿关节炎|类风湿性关节炎|风湿|风湿病|类风湿因子阳性|风湿性关节炎|风湿免疫病', { rheumatology: 6 }),
  d(
    'connective_tissue',
    '红斑狼疮等结缔组织病',
    '红斑狼疮|狼疮|系统性红斑狼疮|干燥综合征|硬皮病|皮肌炎|多发性肌炎|血管炎|白塞病|抗核抗体阳性|结缔组织病|免疫系统疾病|自身免疫病|风湿热|成人斯蒂尔病|ana阳性',
    { rheumatology: 6 },
  ),
  d('ankylosing', '强直性脊柱炎', '强直性脊柱炎|强直|hla-b27|hla b27|b27阳性|中轴型脊柱关节炎', { rheumatology: 6, orthopedics: 1 }),
  d('osteoarthritis', '骨关节炎、骨质增生', '骨关节炎|关节炎|骨质增生|骨刺|滑膜炎|退行性变|退变|关节退化|关节磨损|关节老化|膝关节炎|髌骨软化|膝关节退变', {
    orthopedics: 5,
    rheumatology: 1.5,
  }),
  d('lumbar_disc', '腰椎间盘突出', '腰椎间盘突出|腰突|椎间盘突出|腰椎管狭窄|腰肌劳损|腰椎滑脱|腰间盘突出|腰椎病|腰椎间盘膨出|腰间盘', {
    orthopedics: 6,
    rehabilitation: 1,
    tcm: 0.6,
  }),
  d('cervical_spondylosis', '颈椎病', '颈椎病|颈椎间盘突出|颈椎曲度变直|颈椎骨质增生|富贵包|颈椎反弓|颈椎间盘膨出|颈椎生理曲度', {
    orthopedics: 5.5,
    rehabilitation: 1.2,
    tcm: 1,
  }),
  d('bone_tumor', '骨科其他', '股骨头坏死|骨髓炎|骨肿瘤|骨结核|腱鞘囊肿|滑囊炎', { orthopedics: 6 }),
  d(
    'eye_disease',
    '眼病',
    '白内障|青光眼|眼底出血|视网膜脱离|黄斑变性|糖网|糖尿病视网膜病变|结膜炎|角膜炎|干眼症|沙眼|视网膜病变|眼底病|葡萄膜炎|虹膜炎|眼压高|飞蚊|玻璃体混浊|视神经炎|翼状胬肉|泪囊炎|眼底|倒睫|上睑下垂',
    { ophthalmology: 6 },
  ),
  d('nose_disease', '鼻炎、鼻窦炎', '鼻炎|过敏性鼻炎|鼻窦炎|鼻息肉|鼻中隔偏曲|副鼻窦炎|慢性鼻炎|肥厚性鼻炎|萎缩性鼻炎', { ent: 6 }),
  d('ear_disease', '耳病', '中耳炎|外耳道炎|耳石症|梅尼埃|美尼尔|突发性耳聋|突聋|神经性耳鸣|神经性耳聋|鼓膜穿孔|胆脂瘤|前庭神经炎|分泌性中耳炎', {
    ent: 6,
    neurology: 0.6,
  }),
  d('throat_disease', '咽喉病', '咽炎|慢性咽炎|喉炎|扁桃体炎|声带息肉|声带小结|腺样体肥大|腺样体|会厌炎|喉癌|鼻咽癌|咽喉炎|急性喉炎', { ent: 6 }),
  d('oral_disease', '口腔病', '牙周炎|牙髓炎|冠周炎|牙周病|口腔扁平苔藓|颌骨|唾液腺|舌癌|口腔癌', { stomatology: 5.5, ent: 0.5 }),
  d(
    'skin_disease',
    '皮肤病',
    '银屑病|牛皮癣|神经性皮炎|脂溢性皮炎|玫瑰痤疮|酒渣鼻|特应性皮炎|扁平苔藓|天疱疮|玫瑰糠疹|结节性红斑|鱼鳞病|日光性皮炎|脂溢性角化|皮肤病|皮肤问题|过敏性皮炎|药疹|激素脸|皮肤癌',
    { dermatology: 6 },
  ),
  d(
    'gyn_disease',
    '妇科病',
    '子宫肌瘤|卵巢囊肿|巧克力囊肿|子宫内膜异位症|子宫腺肌症|宫颈糜烂|宫颈炎|宫颈病变|hpv阳性|hpv|宫颈癌|卵巢癌|子宫内膜增厚|阴道炎|霉菌性阴道炎|盆腔炎|附件炎|输卵管堵塞|盆腔积液|宫颈息肉|子宫内膜息肉|tct异常|宫颈癌筛查|妇科炎症|妇科病|妇科检查|输卵管|子宫内膜癌|细菌性阴道病|滴虫',
    { gynecology: 6 },
    { sex: 'female' },
  ),
  d(
    'pregnancy_disease',
    '妊娠并发症',
    '妊娠期糖尿病|妊娠高血压|妊娠期高血压|先兆流产|胎停|前置胎盘|妊娠剧吐|先兆早产|妊高症|子痫|胎盘早剥|羊水少|羊水多|胎儿偏小|保胎|孕酮低|hcg翻倍不好',
    { obstetrics: 6.5 },
    { sex: 'female' },
  ),
  d('ectopic', '宫外孕', '宫外孕|异位妊娠|宫外孕破裂', { gynecology: 4, emergency: 4, obstetrics: 1 }, { sex: 'female' }),
  d('breast_disease', '乳腺疾病', '乳腺炎|急性乳腺炎|哺乳期乳腺炎|堵奶|乳汁淤积|乳腺癌|乳腺结节3类|乳腺结节4类|乳腺导管扩张|乳腺脓肿|涨奶', {
    breast_surgery: 6,
    obstetrics: 0.5,
  }),
  d('std_disease', '艾滋病', '艾滋病|hiv|艾滋|hiv阳性', { infectious: 6 }),
  d('child_infection', '儿童传染病', '腮腺炎|诺如病毒|轮状病毒|百日咳|川崎病', { infectious: 3, pediatrics: 3.5 }),
  d('infection_disease', '传染病', '痢疾|伤寒|疟疾|登革热|布病|布鲁氏菌病|出血热|狂犬病|破伤风|传染病|寄生虫|蛔虫|蛲虫|绦虫|猴痘|恙虫病|莱姆病|败血症|脓毒症', {
    infectious: 6,
  }),
  d('allergic_purpura', '过敏性紫癜', '过敏性紫癜|紫癜性肾炎', { hematology: 2.5, dermatology: 2, nephrology: 1.5, rheumatology: 1 }),
  d('vascular_disease', '血管病', '下肢静脉血栓|深静脉血栓|血栓|静脉炎|动脉硬化闭塞症|脉管炎|下肢动脉硬化|下肢动脉闭塞|血栓性静脉炎|颈动脉狭窄|腹主动脉瘤', {
    vascular_surgery: 6,
  }),
  d('aortic_dissection', '主动脉夹层', '主动脉夹层|夹层动脉瘤', { emergency: 5, thoracic_surgery: 3, vascular_surgery: 2 }),
  d('pulmonary_embolism', '肺栓塞', '肺栓塞|肺梗|肺动脉栓塞', { emergency: 4.5, respiratory: 3.5 }),
  d(
    'mental_disorder',
    '精神心理疾病',
    '精神分裂症|双相情感障碍|焦虑障碍|抑郁障碍|神经衰弱|产后抑郁|躯体化|疑病症|创伤后应激|惊恐障碍|社交恐惧|心理问题|心理咨询|看心理医生|心理疾病|精神科|心理科|情绪问题',
    { psychology: 6 },
  ),
  d('cancer_general', '肿瘤', '癌症|癌|恶性肿瘤|化疗|放疗|癌细胞|肿瘤标志物高|肿瘤标志物', {
    general_surgery: 2,
    gastroenterology: 1,
    hematology: 1,
    respiratory: 0.5,
  }),
  d('obesity', '肥胖症', '肥胖症|代谢综合征|胰岛素抵抗', { endocrinology: 6 }),
  d('varicocele_hydrocele', '男科病', '睾丸炎|附睾炎|附睾|阴囊湿疹|男科|男性不育', { urology: 4, andrology: 3.5 }, { sex: 'male' }),
];
