/**
 * The body map's regions and, for each, two or three follow-up questions. Answers add symptoms
 * or say how bad, how sudden and how long, and flow through the same rules as words.
 *
 * Source: written for this project from common Chinese hospital 导诊 questioning (部位 → 性质 →
 * 伴随症状 → 持续时间) and the red-flag questions of the 国家卫健委 预检分诊 principles (chest
 * pain with sweating, headache with vomiting, bleeding, consciousness). Reviewed by the author.
 */
import type { AnswerEffect, Question, QuestionOption, Region } from '../types';

const o = (id: string, label: string, effect: AnswerEffect = {}): QuestionOption => ({ id, label, ...effect });
const q = (id: string, text: string, options: QuestionOption[]): Question => ({ id, text, options });

const NONE = o('none', '都没有');

const howLong = (id: string): Question =>
  q(id, '这种情况多久了？', [
    o('sudden', '刚刚突然发生', { duration: 'sudden', sudden: true }),
    o('days', '一两天', { duration: 'acute' }),
    o('weeks', '几天到几周', { duration: 'subacute' }),
    o('months', '一个月以上，或反复发作', { duration: 'chronic' }),
  ]);

export const regions: Region[] = [
  {
    id: 'head',
    name: '头部',
    views: ['front', 'back'],
    defaultSymptom: 'headache',
    questions: [
      q('head_severity', '头痛或头晕有多严重？', [
        o('worst', '突然发作，是从来没有过的剧烈疼痛', { adds: ['headache'], severity: 2, sudden: true }),
        o('bad', '比较重，影响睡觉或工作', { severity: 1 }),
        o('mild', '能忍受'),
      ]),
      q('head_with', '有没有下面的情况？', [
        o('vomit', '伴有呕吐', { adds: ['vomiting'] }),
        o('weak', '口角歪斜、说话不清或一侧手脚没劲', { adds: ['hemiparesis'] }),
        o('trauma', '头部受过撞击', { adds: ['head_trauma'] }),
        o('fever', '发烧、脖子发硬', { adds: ['fever', 'neck_stiff'] }),
        o('spin', '天旋地转、耳鸣', { adds: ['vertigo', 'tinnitus'] }),
        NONE,
      ]),
      howLong('head_duration'),
    ],
  },
  {
    id: 'eye',
    name: '眼睛',
    views: ['front'],
    defaultSymptom: 'eye_pain',
    questions: [
      q('eye_vision', '视力有变化吗？', [
        o('lost', '突然看不见或一片黑', { adds: ['sudden_vision_loss'] }),
        o('blur', '慢慢变模糊', { adds: ['blurred_vision'], duration: 'chronic' }),
        o('double', '看东西重影', { adds: ['diplopia'] }),
        o('same', '没有变化'),
      ]),
      q('eye_cause', '有没有下面的情况？', [
        o('chemical', '化学品溅入眼睛', { adds: ['eye_chemical'] }),
        o('injury', '被撞伤、扎伤或进了异物', { adds: ['eye_injury'] }),
        o('headache', '眼胀痛伴头痛、呕吐', { adds: ['eye_pain', 'headache', 'vomiting'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'ear',
    name: '耳朵',
    views: ['front', 'back'],
    defaultSymptom: 'ear_pain',
    questions: [
      q('ear_hearing', '听力怎么样？', [
        o('sudden', '突然听不清', { adds: ['hearing_loss'], sudden: true }),
        o('slow', '慢慢变差', { adds: ['hearing_loss'], duration: 'chronic' }),
        o('same', '没有变化'),
      ]),
      q('ear_with', '有没有下面的情况？', [
        o('discharge', '耳朵流脓流水', { adds: ['ear_discharge'] }),
        o('spin', '天旋地转', { adds: ['vertigo'] }),
        o('fever', '发烧', { adds: ['fever'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'nose',
    name: '鼻子',
    views: ['front'],
    defaultSymptom: 'nasal_congestion',
    questions: [
      q('nose_with', '有没有下面的情况？', [
        o('bleed', '流鼻血止不住', { adds: ['nosebleed'], severity: 2 }),
        o('sneeze', '打喷嚏、流清鼻涕、鼻子痒', { adds: ['sneezing', 'runny_nose', 'nasal_itch'] }),
        o('pus', '流黄脓鼻涕、头面部胀痛', { adds: ['runny_nose', 'facial_sinus_pain'] }),
        o('snore', '睡觉打鼾、憋醒', { adds: ['snoring'] }),
        NONE,
      ]),
      howLong('nose_duration'),
    ],
  },
  {
    id: 'mouth',
    name: '口腔牙齿',
    views: ['front'],
    defaultSymptom: 'toothache',
    questions: [
      q('mouth_where', '主要是哪里？', [
        o('tooth', '牙齿', { adds: ['toothache'] }),
        o('gum', '牙龈肿痛、出血', { adds: ['gum_swelling'] }),
        o('ulcer', '口腔溃疡', { adds: ['mouth_ulcer'] }),
        o('jaw', '张嘴困难、下颌关节', { adds: ['jaw_pain'] }),
      ]),
      q('mouth_with', '有没有下面的情况？', [
        o('swell', '嘴唇、舌头突然肿起来，呼吸不畅', { adds: ['lip_swelling', 'throat_tightness'] }),
        o('fever', '脸肿、发烧', { adds: ['cheek_swelling', 'fever'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'throat',
    name: '咽喉',
    views: ['front'],
    defaultSymptom: 'sore_throat',
    questions: [
      q('throat_breath', '呼吸和吞咽怎么样？', [
        o('choke', '被异物卡住、喘不上气', { adds: ['choking'] }),
        o('tight', '喉咙发紧、呼吸不畅', { adds: ['throat_tightness'] }),
        o('swallow', '吞咽困难', { adds: ['dysphagia'] }),
        o('fine', '呼吸吞咽正常'),
      ]),
      q('throat_with', '有没有下面的情况？', [
        o('fever', '发烧', { adds: ['fever'] }),
        o('hoarse', '声音嘶哑', { adds: ['hoarseness'] }),
        o('cough', '咳嗽', { adds: ['cough'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'neck',
    name: '颈部',
    views: ['front', 'back'],
    defaultSymptom: 'neck_pain',
    questions: [
      q('neck_what', '主要是哪种情况？', [
        o('pain', '脖子疼、僵', { adds: ['neck_pain'] }),
        o('lump', '摸到包块', { adds: ['neck_lump'] }),
        o('thick', '脖子前面变粗', { adds: ['goiter'] }),
      ]),
      q('neck_with', '有没有下面的情况？', [
        o('numb', '手麻、胳膊疼', { adds: ['hand_numbness'] }),
        o('fever', '发烧、头痛、脖子发硬', { adds: ['fever', 'headache', 'neck_stiff'] }),
        o('thyroid', '心慌、手抖、消瘦', { adds: ['palpitations', 'tremor', 'weight_loss'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'chest',
    name: '胸部',
    views: ['front'],
    defaultSymptom: 'chest_tightness',
    questions: [
      q('chest_danger', '有没有下面的情况？', [
        o('sweat', '胸痛胸闷伴大汗', { adds: ['chest_pain', 'cold_sweat'] }),
        o('radiate', '疼到左肩、左臂或下巴，像压着石头', { adds: ['crushing_chest'] }),
        o('breath', '喘不上气、嘴唇发紫', { adds: ['dyspnea'] }),
        o('tear', '撕裂样疼到后背', { adds: ['tearing_pain'] }),
        NONE,
      ]),
      q('chest_pattern', '什么时候出现？', [
        o('exertion', '活动、爬楼时出现，休息后缓解', { adds: ['trigger_exertion'] }),
        o('breathing', '咳嗽、深呼吸时加重', { adds: ['breathing_pain'] }),
        o('meal', '饭后、躺下时烧心反酸', { adds: ['heartburn'] }),
        o('mood', '紧张、生气时出现', { adds: ['trigger_stress'] }),
        o('other', '说不清'),
      ]),
      howLong('chest_duration'),
    ],
  },
  {
    id: 'abdomen',
    name: '腹部',
    views: ['front'],
    defaultSymptom: 'abdominal_pain',
    questions: [
      q('abdomen_where', '主要在哪个位置？', [
        o('upper', '上腹部、胃', { adds: ['epigastric_pain'] }),
        o('right_upper', '右上腹', { adds: ['ruq_pain'] }),
        o('right_lower', '右下腹', { adds: ['rlq_pain'] }),
        o('lower', '小腹', { adds: ['lower_abdominal_pain'] }),
        o('all', '整个肚子或说不清', { adds: ['abdominal_pain'] }),
      ]),
      q('abdomen_severity', '有多严重？', [
        o('extreme', '疼得打滚、出冷汗，或肚子硬', { severity: 2 }),
        o('bad', '比较重', { severity: 1 }),
        o('mild', '能忍受'),
      ]),
      q('abdomen_with', '伴随哪种情况？', [
        o('blood', '呕血、黑便或便血', { adds: ['black_stool'] }),
        o('diarrhea', '腹泻', { adds: ['diarrhea'] }),
        o('vomit', '呕吐', { adds: ['vomiting'] }),
        o('fever', '发烧', { adds: ['fever'] }),
        o('reflux', '反酸烧心、腹胀', { adds: ['heartburn', 'bloating'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'back',
    name: '背部',
    views: ['back'],
    defaultSymptom: 'back_pain',
    questions: [
      q('back_with', '有没有下面的情况？', [
        o('tear', '突然撕裂样剧痛', { adds: ['tearing_pain'] }),
        o('chest', '同时胸闷胸痛', { adds: ['chest_tightness'] }),
        o('stiff', '早上起来腰背发僵', { adds: ['morning_stiffness'] }),
        NONE,
      ]),
      howLong('back_duration'),
    ],
  },
  {
    id: 'waist',
    name: '腰部',
    views: ['back'],
    defaultSymptom: 'low_back_pain',
    questions: [
      q('waist_type', '是哪种疼？', [
        o('colic', '一侧腰部绞痛，疼到小腹', { adds: ['flank_colic'] }),
        o('leg', '腰疼连着腿麻、腿疼', { adds: ['sciatica'] }),
        o('ache', '腰酸腰疼，弯腰活动受限', { adds: ['low_back_pain'] }),
      ]),
      q('waist_with', '有没有下面的情况？', [
        o('blood', '尿血', { adds: ['hematuria'] }),
        o('fever', '发烧、尿痛', { adds: ['fever', 'dysuria'] }),
        o('stiff', '早上起来腰背发僵', { adds: ['morning_stiffness'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'urinary',
    name: '排尿',
    views: ['front'],
    defaultSymptom: 'frequent_urination',
    questions: [
      q('urinary_what', '主要是哪种情况？', [
        o('frequent', '尿频、尿急、尿痛', { adds: ['frequent_urination', 'dysuria'] }),
        o('blood', '尿里有血', { adds: ['hematuria'] }),
        o('foam', '尿泡沫多、浮肿', { adds: ['foamy_urine', 'edema'] }),
        o('hard', '尿不出、尿不尽', { adds: ['voiding_difficulty'] }),
        o('thirst', '口渴、喝得多尿得多', { adds: ['polyuria_thirst'] }),
      ]),
      q('urinary_with', '有没有下面的情况？', [
        o('none_pass', '憋着尿却一点尿不出来', { adds: ['urinary_retention'] }),
        o('fever', '发烧、腰疼', { adds: ['fever', 'flank_colic'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'genital',
    name: '生殖器官',
    views: ['front'],
    defaultSymptom: 'genital_pain',
    questions: [
      q('genital_danger', '有没有下面的情况？', [
        o('pregnant_pain', '停经或怀孕后腹痛、阴道出血', { adds: ['amenorrhea', 'lower_abdominal_pain', 'vaginal_bleeding'] }),
        o('testis', '睾丸突然剧痛', { adds: ['scrotal_pain'], severity: 2, sudden: true }),
        o('water', '怀孕后破水、胎动减少', { adds: ['pregnancy_warning'] }),
        NONE,
      ]),
      howLong('genital_duration'),
    ],
  },
  {
    id: 'anus',
    name: '肛门',
    views: ['back'],
    defaultSymptom: 'anal_pain',
    questions: [
      q('anus_what', '主要是哪种情况？', [
        o('blood', '大便带血', { adds: ['hematochezia'] }),
        o('lump', '肛门有肿物脱出', { adds: ['anal_lump'] }),
        o('pain', '排便时疼', { adds: ['anal_pain'] }),
        o('itch', '肛门瘙痒', { adds: ['anal_itch'] }),
      ]),
      q('anus_with', '有没有下面的情况？', [
        o('heavy', '出血量很多、头晕', { adds: ['hematochezia', 'presyncope'], severity: 2 }),
        o('change', '大便变细、习惯改变、消瘦', { adds: ['stool_change', 'weight_loss'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'arm',
    name: '上肢',
    views: ['front', 'back'],
    defaultSymptom: 'arm_pain',
    questions: [
      q('arm_where', '主要在哪里？', [
        o('shoulder', '肩膀', { adds: ['shoulder_pain'] }),
        o('arm', '胳膊、手肘', { adds: ['arm_pain'] }),
        o('hand', '手腕、手指', { adds: ['wrist_pain'] }),
        o('numb', '手麻', { adds: ['hand_numbness'] }),
      ]),
      q('arm_with', '有没有下面的情况？', [
        o('weak', '突然一侧没劲、口角歪斜', { adds: ['hemiparesis'], sudden: true }),
        o('injury', '受伤、变形、不能动', { adds: ['fracture'] }),
        o('chest', '左肩左臂疼伴胸闷出汗', { adds: ['crushing_chest'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'leg',
    name: '下肢',
    views: ['front', 'back'],
    defaultSymptom: 'leg_pain',
    questions: [
      q('leg_where', '主要在哪里？', [
        o('hip', '髋部、大腿根', { adds: ['hip_pain'] }),
        o('knee', '膝盖', { adds: ['knee_pain'] }),
        o('leg', '大腿、小腿', { adds: ['leg_pain'] }),
        o('foot', '脚踝、脚', { adds: ['foot_pain'] }),
      ]),
      q('leg_with', '有没有下面的情况？', [
        o('injury', '摔伤、扭伤，不能走路', { adds: ['fracture'] }),
        o('swell_one', '一条腿突然肿痛', { adds: ['unilateral_leg_swelling'] }),
        o('swell_both', '两条腿都肿', { adds: ['leg_edema'] }),
        o('red_toe', '脚趾关节红肿热痛', { adds: ['toe_gout'] }),
        o('numb', '腿麻、腰疼', { adds: ['leg_numbness', 'low_back_pain'] }),
        NONE,
      ]),
    ],
  },
  {
    id: 'skin',
    name: '皮肤',
    views: [],
    defaultSymptom: 'rash',
    questions: [
      q('skin_with', '有没有下面的情况？', [
        o('allergy', '起风团伴喉咙发紧、喘不上气', { adds: ['hives', 'throat_tightness'] }),
        o('fever', '皮疹伴发烧', { adds: ['fever'] }),
        o('blister_pain', '一侧成片的水泡，很疼', { adds: ['shingles'] }),
        o('bleed_spot', '出血点、淤青', { adds: ['bruising'] }),
        NONE,
      ]),
      howLong('skin_duration'),
    ],
  },
  {
    id: 'general',
    name: '全身',
    views: [],
    defaultSymptom: 'fatigue',
    questions: [
      q('general_danger', '有没有下面的情况？', [
        o('unconscious', '昏倒、叫不醒', { adds: ['unconscious'] }),
        o('seizure', '抽搐', { adds: ['seizure'] }),
        o('poison', '误服药物、农药或中毒', { adds: ['poisoning'] }),
        o('trauma', '车祸、高处坠落等严重外伤', { adds: ['major_trauma'] }),
        NONE,
      ]),
      q('general_with', '还有哪种情况？', [
        o('fever', '发烧', { adds: ['fever'] }),
        o('weight', '消瘦', { adds: ['weight_loss'] }),
        o('thirst', '口渴多饮多尿', { adds: ['polyuria_thirst'] }),
        o('swelling', '浮肿', { adds: ['edema'] }),
        NONE,
      ]),
      howLong('general_duration'),
    ],
  },
  {
    id: 'mind',
    name: '情绪睡眠',
    views: [],
    defaultSymptom: 'insomnia',
    questions: [
      q('mind_safety', '最近有没有伤害自己或不想活的念头？', [o('yes', '有', { adds: ['suicidal'] }), o('no', '没有')]),
      q('mind_what', '主要是哪种情况？', [
        o('sleep', '睡不着、早醒', { adds: ['insomnia'] }),
        o('low', '情绪低落、没兴趣', { adds: ['depression'] }),
        o('anxious', '紧张、心慌、坐立不安', { adds: ['anxiety'] }),
        o('memory', '记性变差', { adds: ['memory_loss'] }),
      ]),
      howLong('mind_duration'),
    ],
  },
];
