/**
 * Red flags: what sends a patient to the emergency department now, whatever else they say.
 *
 * Source: written for this project from the 国家卫健委《急诊预检分级分诊标准》 (危急征象: 心脏
 * 骤停, 呼吸窘迫, 意识改变, 大出血, 急性胸痛, 卒中, 严重创伤, 中毒 …), the 胸痛中心 and 卒中
 * 中心 triage rules (胸痛伴大汗; 口角歪斜、言语不清、一侧肢体无力 = FAST), the pediatric danger
 * signs of the WHO/国家 IMCI guidance (3 个月以下发热, 惊厥, 精神萎靡, 脱水) and obstetric
 * warning signs (停经后腹痛出血, 破水, 胎动减少, 孕期头痛视物模糊). Reviewed for medical soundness
 * by the author. A flag is conservative by design: when in doubt it sends the patient to the
 * emergency department.
 */
import type { Cond, ContextTest, RedFlagRule } from '../types';

const has = (...ids: string[]): Cond => ({ has: ids });
const severe = (level: 1 | 2, ...ids: string[]): Cond => ({ has: ids, severity: level });
const sudden = (...ids: string[]): Cond => ({ has: ids, sudden: true });
const all = (...conds: Cond[]): Cond => ({ all: conds });
const some = (...conds: Cond[]): Cond => ({ some: conds });
const none = (cond: Cond): Cond => ({ none: cond });
const ctx = (test: ContextTest): Cond => ({ ctx: test });

const CHEST = ['chest_pain', 'chest_tightness', 'crushing_chest'];
const BELLY = ['abdominal_pain', 'epigastric_pain', 'ruq_pain', 'rlq_pain', 'lower_abdominal_pain'];
const ALTERED = ['unconscious', 'syncope', 'confusion', 'seizure'];
const CALL_120 = '请立即拨打120，或马上到急诊科就诊，不要等待预约。';

export const redFlags: RedFlagRule[] = [
  {
    id: 'chest_pain_sweating',
    label: '胸痛伴大汗',
    advice: '可能是急性心肌梗死。请立即拨打120，停止活动、保持安静，不要自行开车去医院。',
    when: all(has(...CHEST), has('cold_sweat')),
  },
  {
    id: 'crushing_chest_pain',
    label: '压榨样胸痛或放射到左臂、下颌',
    advice: '这是典型的心绞痛、心肌梗死表现。' + CALL_120,
    when: some(has('crushing_chest'), all(has(...CHEST, 'toothache', 'jaw_pain', 'epigastric_pain', 'dyspepsia'), has('left_arm_radiation'))),
  },
  {
    id: 'atypical_acs',
    label: '胃部不适或牙痛伴大汗、胸闷（警惕心梗）',
    advice: '中老年人、糖尿病人的心梗常表现为胃不舒服、牙痛或乏力伴出冷汗。' + CALL_120,
    when: all(
      ctx('adult_40_plus'),
      none(has('tenderness')),
      some(
        all(has('epigastric_pain', 'dyspepsia', 'nausea', 'toothache', 'jaw_pain'), has('cold_sweat')),
        all(
          has('toothache', 'jaw_pain', 'epigastric_pain'),
          has('chest_tightness', 'chest_pain'),
          has('hand_numbness', 'arm_pain', 'arm_weakness', 'left_arm_radiation', 'shoulder_pain'),
        ),
      ),
    ),
  },
  {
    id: 'severe_chest_pain',
    label: '突发或剧烈胸痛',
    advice: '急性胸痛需要在10分钟内做心电图。' + CALL_120,
    when: some(
      all(severe(1, 'chest_pain'), ctx('not_chronic')),
      severe(2, 'chest_tightness'),
      all(sudden('chest_pain', 'chest_tightness'), ctx('not_chronic')),
      sudden('coronary'),
      all(has(...CHEST), some(ctx('lasting_10_minutes_to_12_hours'), has('unrelieved')), ctx('adult_40_plus'), none(has('tenderness', 'normal_workup'))),
    ),
  },
  {
    id: 'chest_pain_dyspnea',
    label: '胸痛伴呼吸困难或晕厥',
    advice: '可能是心肌梗死、肺栓塞或气胸。' + CALL_120,
    when: all(has(...CHEST), has('dyspnea', 'cyanosis', 'syncope', 'unconscious'), none(all(has('normal_workup'), has('chronic_known')))),
  },
  {
    id: 'tearing_pain',
    label: '撕裂样胸背痛',
    advice: '需要排除主动脉夹层，这非常危险。' + CALL_120,
    when: some(
      has('tearing_pain'),
      all(has('aortic_dissection'), has(...CHEST, 'back_pain', 'abdominal_pain')),
      all(severe(2, 'back_pain', 'chest_pain'), sudden('back_pain', 'chest_pain')),
    ),
  },
  {
    id: 'stroke',
    label: '突发口角歪斜、言语不清或一侧肢体无力',
    advice: '可能是脑卒中（中风），黄金救治时间以小时计。请立即拨打120，记下发病时间，不要喂水喂药。',
    when: all(
      some(
        has('hemiparesis'),
        all(has('slurred_speech'), none(has('hoarseness', 'sore_throat')), some(ctx('sudden'), none(ctx('child')))),
        all(has('facial_droop'), none(has('eye_closure_weak'))),
        sudden('facial_numbness', 'arm_weakness', 'diplopia', 'stroke', 'brain_hemorrhage'),
        all(has('facial_numbness', 'arm_weakness', 'diplopia'), ctx('sudden')),
      ),
      ctx('not_chronic'),
      none(has('rehab_request', 'sequela_context')),
    ),
  },
  {
    id: 'dyspnea',
    label: '呼吸困难',
    advice: '呼吸困难可能迅速加重。请立即拨打120或马上到急诊科，保持坐位，不要平躺。',
    when: all(
      some(
        all(has('cyanosis'), none(has('hand_injury', 'wound'))),
        has('choking'),
        all(has('dyspnea'), some(ctx('not_chronic'), severe(1, 'dyspnea'))),
        severe(1, 'wheezing'),
        all(has('asthma', 'copd', 'wheezing', 'dyspnea'), has('unrelieved')),
        all(has('orthopnea'), has('leg_edema', 'edema'), has('dyspnea', 'exertional_dyspnea', 'wheezing'), ctx('not_chronic')),
      ),
      none(all(has('normal_workup'), has('chronic_known'))),
    ),
  },
  {
    id: 'massive_bleeding',
    label: '大量出血或呕血',
    advice: '请立即按压出血处，拨打120或马上到急诊科。',
    when: some(
      has('heavy_bleeding', 'hematemesis', 'massive_hemoptysis'),
      severe(2, 'hematochezia', 'black_stool', 'vaginal_bleeding', 'hemoptysis', 'wound', 'hematuria', 'nosebleed'),
      all(has('anticoagulant'), severe(1, 'nosebleed', 'hematuria', 'hematochezia', 'black_stool', 'wound', 'vaginal_bleeding')),
      all(has('black_stool', 'hematochezia'), has('syncope', 'presyncope', 'cold_sweat', 'unconscious', 'pallor')),
    ),
  },
  {
    id: 'altered_consciousness',
    label: '意识不清或晕厥',
    advice: '请立即拨打120。让患者侧卧、保持呼吸道通畅，不要喂水喂药。',
    when: some(has('unconscious'), all(has('syncope'), ctx('not_chronic')), all(has('confusion'), ctx('not_chronic'), none(has('memory_loss')))),
  },
  {
    id: 'seizure',
    label: '抽搐',
    advice: '抽搐时让患者侧卧，移开周围硬物，不要往嘴里塞东西，记录抽搐时间并拨打120。',
    when: all(has('seizure'), ctx('not_chronic')),
  },
  {
    id: 'febrile_convulsion',
    label: '儿童高热惊厥',
    advice: '让孩子侧卧，不要掐人中、不要往嘴里塞东西，记录抽搐时长，立即到急诊科或拨打120。',
    when: all(ctx('child'), has('fever'), has('seizure', 'cramp')),
  },
  {
    id: 'thunderclap_headache',
    label: '剧烈头痛伴呕吐或突发剧烈头痛',
    advice: '需要排除脑出血等急症。' + CALL_120,
    when: all(
      some(
        all(severe(1, 'headache'), has('vomiting')),
        all(severe(2, 'headache'), ctx('not_chronic')),
        all(sudden('headache'), severe(1, 'headache')),
        all(has('headache'), has('neck_stiff'), some(has('vomiting'), severe(1, 'headache'))),
      ),
      none(has('eye_pain', 'red_eye')),
    ),
  },
  {
    id: 'meningism',
    label: '发热伴脖子发硬、出血点或意识改变',
    advice: '需要排除脑膜炎等严重感染。' + CALL_120,
    when: all(has('fever'), has('neck_stiff', 'bruising', 'confusion', 'lethargy')),
  },
  {
    id: 'head_injury',
    label: '头部外伤后呕吐、嗜睡或意识改变',
    advice: '可能有颅内出血。请立即到急诊科，必要时拨打120。',
    when: all(has('head_trauma'), some(has('vomiting', 'drowsiness', 'lethargy', 'presyncope', ...ALTERED), severe(1, 'headache'))),
  },
  {
    id: 'anaphylaxis',
    label: '严重过敏（喉头发紧、呼吸困难、晕厥）',
    advice: '可能是过敏性休克。请立即拨打120；如随身带有肾上腺素笔请立即使用。',
    when: some(
      has('severe_allergy'),
      all(
        has('skin_allergy', 'hives', 'insect_bite', 'trigger_allergen', 'trigger_seafood', 'rash', 'itching'),
        has('dyspnea', 'throat_tightness', 'lip_swelling', 'syncope', 'cyanosis', 'unconscious', 'wheezing'),
      ),
      all(has('throat_tightness'), has('lip_swelling', 'hives', 'eyelid_lump', 'facial_swelling')),
    ),
  },
  {
    id: 'poisoning',
    label: '中毒或误服药物、农药',
    advice: '请带上药瓶或毒物包装，立即拨打120或到急诊科；不要自行催吐（腐蚀性物品更不能催吐）。',
    when: some(
      has('poisoning'),
      all(has('co_exposure'), has('headache', 'nausea', 'dizziness', 'unconscious', 'lethargy', 'drowsiness', 'vomiting', 'syncope', 'confusion')),
    ),
  },
  {
    id: 'suicidal',
    label: '自杀或自伤的想法',
    advice: '你的安全最重要，你不必一个人扛着。请拨打24小时心理援助热线12356，或请身边信任的人陪着你；如果已经伤害了自己或吃了药，请拨打120。',
    when: has('suicidal'),
  },
  {
    id: 'major_trauma',
    label: '严重外伤（车祸、高处坠落、刀刺伤）',
    advice: '请不要随意搬动伤者（尤其怀疑颈椎、脊柱受伤时），按压出血处，立即拨打120。',
    when: all(has('major_trauma'), ctx('not_chronic'), none(has('rehab_request'))),
  },
  {
    id: 'drowning_electric',
    label: '溺水或触电',
    advice: '先确保现场安全（切断电源），检查呼吸心跳，立即拨打120。',
    when: has('drowning_electric'),
  },
  {
    id: 'venomous_bite',
    label: '毒蛇或毒虫咬伤',
    advice: '保持伤肢制动、低于心脏，不要切开吸吮伤口，记住蛇的样子，立即到急诊科。',
    when: has('venomous_bite'),
  },
  {
    id: 'acute_abdomen',
    label: '剧烈腹痛',
    advice: '剧烈腹痛可能是急腹症，就诊前请不要进食喝水、不要自行吃止痛药。请马上到急诊科。',
    when: some(
      severe(2, ...BELLY),
      all(has(...BELLY), has('cold_sweat', 'syncope', 'unconscious'), ctx('adult_40_plus')),
      all(has(...BELLY), has('hematemesis', 'black_stool'), ctx('not_chronic'), severe(1, ...BELLY)),
    ),
  },
  {
    id: 'appendicitis',
    label: '右下腹痛伴发热、呕吐或按压痛（警惕阑尾炎）',
    advice: '可能是急性阑尾炎，请不要进食喝水、不要吃止痛药，尽快到急诊科。',
    when: all(
      has('rlq_pain'),
      some(has('abdominal_pain', 'epigastric_pain'), has('fever'), has('vomiting', 'nausea'), has('tenderness'), severe(1, 'rlq_pain')),
      ctx('not_chronic'),
    ),
  },
  {
    id: 'pancreatitis',
    label: '饮酒或饱餐后上腹剧痛向背部、呕吐',
    advice: '需要排除急性胰腺炎，请禁食禁水，尽快到急诊科。',
    when: all(
      has('epigastric_pain', 'abdominal_pain', 'pancreatitis'),
      has('trigger_alcohol', 'trigger_fatty_meal', 'pancreatitis'),
      some(severe(1, 'epigastric_pain', 'abdominal_pain'), has('vomiting')),
      has('radiates_to_back', 'back_pain', 'vomiting'),
    ),
  },
  {
    id: 'bowel_obstruction',
    label: '腹胀呕吐、不排气不排便（警惕肠梗阻）',
    advice: '可能是肠梗阻，请禁食禁水，尽快到急诊科。',
    when: all(has('obstipation'), has('vomiting', 'bloating', 'abdominal_pain')),
  },
  {
    id: 'intussusception',
    label: '婴幼儿阵发哭闹、呕吐、果酱样大便',
    advice: '需要排除肠套叠，越早复位越好，请立即到急诊科。',
    when: some(has('currant_jelly_stool'), all(ctx('child'), has('infant_feeding'), has('vomiting'), has('hematochezia'))),
  },
  {
    id: 'urinary_retention',
    label: '憋尿却尿不出来',
    advice: '急性尿潴留需要尽快导尿，请到急诊科。',
    when: all(has('urinary_retention'), ctx('not_chronic')),
  },
  {
    id: 'hip_fracture',
    label: '老人摔倒后站不起来、腿不能动',
    advice: '可能是髋部骨折，请不要强行扶起或走动，拨打120或到急诊科。',
    when: all(has('fracture', 'fall_elderly', 'hip_pain', 'trigger_trauma'), has('cannot_bear_weight'), ctx('elderly_60')),
  },
  {
    id: 'acute_glaucoma',
    label: '眼胀痛伴头痛呕吐、看灯有彩虹圈',
    advice: '可能是急性闭角型青光眼，数小时内会损伤视力，请立即到眼科急诊或急诊科。',
    when: all(has('eye_pain', 'red_eye'), some(has('halos'), all(has('headache'), has('vomiting', 'nausea')))),
  },
  {
    id: 'dka',
    label: '糖尿病人呕吐、呼吸深快或烂苹果味',
    advice: '可能是糖尿病酮症酸中毒，请立即到急诊科。',
    when: some(has('dka_signs'), all(has('diabetes'), has('vomiting'), has('dyspnea', 'confusion', 'lethargy', 'unconscious'))),
  },
  {
    id: 'ectopic_pregnancy',
    label: '停经或怀孕后腹痛、阴道出血',
    advice: '需要排除宫外孕破裂、流产等，会有大出血风险。请立即到急诊科或拨打120。',
    when: some(
      all(some(ctx('pregnant'), has('amenorrhea')), some(severe(1, ...BELLY), sudden(...BELLY), all(has(...BELLY), has('vaginal_bleeding')))),
      all(has('ectopic'), has(...BELLY, 'vaginal_bleeding', 'presyncope', 'syncope')),
      all(ctx('pregnant'), severe(2, 'vaginal_bleeding')),
    ),
  },
  {
    id: 'pregnancy_warning',
    label: '孕期危险信号（破水、胎动减少、头痛眼花）',
    advice: '请立即到产科急诊或医院急诊科；胎动明显减少或破水时请平躺、尽快就医。',
    when: some(
      has('pregnancy_warning'),
      all(ctx('pregnant'), has('fluid_leak')),
      all(
        ctx('pregnant'),
        has('headache', 'dizziness'),
        has('blurred_vision', 'dim_vision', 'diplopia', 'hypertension', 'edema', 'leg_edema', 'facial_swelling'),
      ),
    ),
  },
  {
    id: 'infant_fever',
    label: '3个月以下婴儿发热',
    advice: '3个月以下的宝宝发热可能是严重感染，请立即到急诊科（儿科急诊）。',
    when: all(ctx('infant_under_3_months'), has('fever'), none(ctx('temperature_below_38'))),
  },
  {
    id: 'child_danger',
    label: '儿童精神萎靡、脱水或呼吸急促',
    advice: '这些是儿童病情危重的信号，请立即到急诊科（儿科急诊）。',
    when: all(ctx('child'), some(has('lethargy', 'dehydration'), all(has('oliguria'), has('vomiting', 'diarrhea', 'vomit_diarrhea')))),
  },
  {
    id: 'hypertensive_crisis',
    label: '血压极高伴头痛、胸痛或视物模糊',
    advice: '可能是高血压急症。请安静休息，立即到急诊科，不要自行大量加服降压药。',
    when: some(
      ctx('systolic_200'),
      all(
        ctx('systolic_180'),
        has('headache', 'chest_pain', 'chest_tightness', 'blurred_vision', 'dim_vision', 'slurred_speech', 'vomiting', 'dyspnea', 'hemiparesis'),
      ),
    ),
  },
  {
    id: 'hypoglycemia',
    label: '低血糖伴出汗、心慌或意识改变',
    advice: '能吞咽时立即吃糖或喝含糖饮料；意识不清时不要喂食，立即拨打120。',
    when: all(some(has('low_glucose'), ctx('glucose_low')), has('cold_sweat', 'palpitations', 'tremor', 'lethargy', ...ALTERED)),
  },
  {
    id: 'heat_stroke',
    label: '中暑伴高热或意识改变',
    advice: '立即移到阴凉处、用凉水擦身降温，并拨打120。',
    when: some(has('heat_stroke_severe'), all(has('heat_stroke'), some(has('fever', ...ALTERED), ctx('fever_39')))),
  },
  {
    id: 'eye_emergency',
    label: '突然视力丧失或化学品入眼',
    advice: '化学品入眼请立即用大量清水持续冲洗15分钟以上，然后马上到急诊科或眼科急诊。',
    when: some(
      has('sudden_vision_loss', 'eye_chemical'),
      all(sudden('blurred_vision', 'dim_vision'), ctx('not_chronic')),
      all(has('blurred_vision'), ctx('sudden')),
    ),
  },
  {
    id: 'testicular_torsion',
    label: '睾丸突发剧痛',
    advice: '需要排除睾丸扭转，6小时内手术才能保住睾丸。请马上到急诊科。',
    when: some(severe(2, 'scrotal_pain'), all(sudden('scrotal_pain'), ctx('not_chronic'))),
  },
  {
    id: 'arrhythmia_danger',
    label: '心悸伴晕厥、胸痛或心率极快极慢',
    advice: '可能是严重心律失常。' + CALL_120,
    when: some(
      all(has('palpitations'), has('syncope', 'unconscious', 'presyncope')),
      all(ctx('heart_rate_extreme'), has('palpitations', 'dizziness', 'presyncope', 'chest_tightness', 'dyspnea', 'syncope')),
    ),
  },
  {
    id: 'dangerous_swallow',
    label: '误吞电池、磁铁或尖锐物',
    advice: '纽扣电池、多颗磁铁和尖锐物会很快损伤消化道。请不要催吐，立即到急诊科。',
    when: has('swallowed_dangerous'),
  },
  {
    id: 'severe_burn',
    label: '大面积或面部、化学、电烧烫伤',
    advice: '立即用流动凉水冲洗降温（化学烧伤持续冲洗），不要涂牙膏酱油，立即到急诊科或拨打120。',
    when: has('burn_major'),
  },
  {
    id: 'alarm_words',
    label: '描述中说到情况危急',
    advice: '您说情况危急，智能导诊无法确定是什么病。' + CALL_120,
    /** Raised only by the danger concept `alarm_words` (danger-concepts.ts), when the engine is unsure. */
    when: some(),
  },
  {
    id: 'danger_unsure',
    label: '有危险征象，未能排除急症',
    advice: '您的描述里有急症的部分征象，智能导诊无法确定是否危急，为安全起见请先到急诊科就诊。' + CALL_120,
    /** Raised only by a danger concept said in part (danger.ts `readDangers`), when the engine is unsure. */
    when: some(),
  },
  {
    id: 'resembles_emergency',
    label: '描述与需要急诊的情况相似',
    advice: '这样的描述多见于需要立即急诊的情况，智能导诊无法排除急症，为安全起见请先到急诊科就诊。' + CALL_120,
    /** Raised only by the learned reader (learned/model.ts), when no rule raised a red flag. */
    when: some(),
  },
];
