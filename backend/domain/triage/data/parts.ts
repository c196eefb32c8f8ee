/**
 * Body parts and sensations, so that phrasings no list foresees still match: 肚子…疼, 嗓子有点痒,
 * 膝盖一到阴天就疼. A part followed closely by a sensation names the symptom in `combos`.
 *
 * Source: written for this project from colloquial Mandarin (including northern and southwestern
 * words such as 波棱盖, 脑壳, 胳肢窝) and general clinical knowledge of which symptom each pairing
 * means. Reviewed by the author.
 */
import type { BodyPart, Sensation } from '../types';

const t = (terms: string): string[] => terms.split('|');

export const bodyParts: BodyPart[] = [
  { id: 'head', terms: t('头|头部|脑袋|脑壳|头顶|后脑勺|太阳穴|额头|前额|脑门|后脑|偏头|脑子|头皮'), combos: { pain: 'headache', distension: 'headache', sore: 'headache', pressure: 'headache', discomfort: 'dizziness', lump: 'head_lump', bleeding: 'head_trauma', itch: 'scalp_itch', numb: 'headache' } },
  { id: 'face', terms: t('脸|面部|脸上|脸颊|面颊|半边脸|一侧脸|左脸|右脸|颧骨|脸部|满脸|左边脸|右边脸'), combos: { pain: 'facial_pain', numb: 'facial_numbness', swelling: 'facial_swelling', itch: 'itching', redness: 'rash', lump: 'acne' } },
  { id: 'jaw', terms: t('下巴|下颌|下颚|腮帮子|腮'), combos: { pain: 'jaw_pain', swelling: 'cheek_swelling', lump: 'neck_lump', sore: 'jaw_pain' } },
  { id: 'eye', terms: t('眼睛|眼|眼球|眼皮|眼角|眼眶|眼珠|眼睑|眼白|双眼|两眼|左眼|右眼|眼部|眼珠子|眼里|眼睛里'), combos: { pain: 'eye_pain', distension: 'eye_pain', redness: 'red_eye', bleeding: 'red_eye', itch: 'itchy_eye', swelling: 'eyelid_lump', lump: 'eyelid_lump', discomfort: 'dry_eye', sore: 'dry_eye', burning: 'eye_pain', pressure: 'eye_pain' } },
  { id: 'ear', terms: t('耳朵|耳|耳道|耳根|耳后|耳垂|耳廓|左耳|右耳|双耳|耳朵里'), combos: { pain: 'ear_pain', itch: 'ear_itch', swelling: 'ear_pain', bleeding: 'ear_discharge', distension: 'ear_fullness', pressure: 'ear_fullness', discomfort: 'ear_fullness' } },
  { id: 'nose', terms: t('鼻子|鼻|鼻腔|鼻梁|鼻孔|鼻头|鼻翼|鼻子里'), combos: { pain: 'facial_sinus_pain', itch: 'nasal_itch', bleeding: 'nosebleed', discomfort: 'nasal_congestion', swelling: 'nasal_congestion', pressure: 'nasal_congestion', burning: 'nasal_congestion', lump: 'nasal_congestion', sore: 'facial_sinus_pain' } },
  { id: 'throat', terms: t('嗓子|喉咙|咽喉|咽|喉|嗓子眼|咽部|喉部|嗓门|喉咙里|嗓子里'), combos: { pain: 'sore_throat', itch: 'throat_itch', discomfort: 'globus', swelling: 'sore_throat', burning: 'sore_throat', redness: 'sore_throat', pressure: 'globus', lump: 'globus', stiffness: 'throat_tightness', bleeding: 'sore_throat', sore: 'sore_throat' } },
  { id: 'mouth', terms: t('嘴|嘴巴|口腔|嘴里|嘴唇|上颚|口唇|嘴角|口内|口腔里'), combos: { pain: 'mouth_ulcer', itch: 'lip_problem', swelling: 'lip_swelling', numb: 'tongue_problem', bleeding: 'gum_bleeding', burning: 'tongue_problem', lump: 'mouth_ulcer', discomfort: 'mouth_ulcer' } },
  { id: 'tongue', terms: t('舌头|舌尖|舌根|舌面|舌'), combos: { pain: 'tongue_problem', numb: 'tongue_problem', burning: 'tongue_problem', swelling: 'lip_swelling', lump: 'tongue_problem', stiffness: 'slurred_speech' } },
  { id: 'tooth', terms: t('牙|牙齿|牙床|牙龈|大牙|门牙|后槽牙|槽牙|牙根|牙周|牙齿缝|牙缝|后牙|板牙'), combos: { pain: 'toothache', bleeding: 'gum_bleeding', swelling: 'gum_swelling', sore: 'tooth_sensitivity', lump: 'gum_swelling', discomfort: 'toothache', redness: 'gum_swelling' } },
  { id: 'neck', terms: t('脖子|颈部|颈|脖颈|后颈|颈椎|脖|后脖颈|脖梗|颈后'), combos: { pain: 'neck_pain', stiffness: 'neck_pain', sore: 'neck_pain', lump: 'neck_lump', swelling: 'neck_lump', discomfort: 'neck_pain', numb: 'neck_pain', distension: 'neck_pain' } },
  { id: 'shoulder', terms: t('肩膀|肩|肩部|肩关节|肩颈|肩头|左肩|右肩|双肩|两肩|肩膀头'), combos: { pain: 'shoulder_pain', sore: 'shoulder_pain', stiffness: 'shoulder_pain', discomfort: 'shoulder_pain', numb: 'hand_numbness', swelling: 'shoulder_pain' } },
  { id: 'armpit', terms: t('腋下|腋窝|胳肢窝|咯吱窝'), combos: { lump: 'armpit_lump', swelling: 'armpit_lump', pain: 'armpit_lump' } },
  { id: 'chest', terms: t('胸口|胸|胸部|心口|胸前|胸骨后|心前区|前胸|心脏|胸骨|左胸|右胸|胸腔|左前胸|胸膛|心里头'), combos: { pain: 'chest_pain', sore: 'chest_pain', pressure: 'chest_tightness', discomfort: 'chest_tightness', distension: 'chest_tightness', stiffness: 'chest_tightness', burning: 'heartburn' } },
  { id: 'breast', terms: t('乳房|乳头|咪咪|奶头|乳晕|双乳|左乳|右乳|乳腺上'), combos: { pain: 'breast_pain', lump: 'breast_lump', swelling: 'breast_pain', distension: 'breast_pain', itch: 'nipple_discharge', bleeding: 'nipple_discharge', redness: 'breast_pain', sore: 'breast_pain' } },
  { id: 'stomach', terms: t('胃|上腹|上腹部|心窝|心口窝|胃部|剑突下|胃里|心窝子|胃里面'), combos: { pain: 'epigastric_pain', sore: 'epigastric_pain', distension: 'bloating', discomfort: 'dyspepsia', pressure: 'dyspepsia', burning: 'heartburn', cold: 'dyspepsia' } },
  { id: 'belly', terms: t('肚子|腹部|腹|肚皮|肚脐|肚脐眼|肚|肚脐周围|肚子里|肚里|整个肚子|全腹|腹腔'), combos: { pain: 'abdominal_pain', sore: 'abdominal_pain', distension: 'bloating', discomfort: 'abdominal_pain', lump: 'abdominal_mass', swelling: 'bloating', pressure: 'bloating', cold: 'abdominal_pain', stiffness: 'abdominal_pain' } },
  { id: 'right_upper', terms: t('右上腹|右肋下|右肋|肝区|右侧肋下|右肋骨下|右上腹部|右边肋骨下面|右边肋下'), combos: { pain: 'ruq_pain', distension: 'ruq_pain', discomfort: 'ruq_pain', sore: 'ruq_pain', pressure: 'ruq_pain' } },
  { id: 'right_lower', terms: t('右下腹|右下腹部|右侧下腹|右下肚子|肚子右下'), combos: { pain: 'rlq_pain', discomfort: 'rlq_pain', sore: 'rlq_pain', distension: 'rlq_pain' } },
  { id: 'lower_belly', terms: t('小腹|下腹|下腹部|小肚子|左下腹|肚脐下面|耻骨上|小腹部|两侧下腹|下腹两侧|小肚子里'), combos: { pain: 'lower_abdominal_pain', sore: 'lower_abdominal_pain', distension: 'lower_abdominal_pain', discomfort: 'lower_abdominal_pain', pressure: 'lower_abdominal_pain', cold: 'lower_abdominal_pain' } },
  { id: 'waist', terms: t('腰|腰部|腰眼|后腰|腰椎|腰背|腰骶|腰间|腰肌|腰骶部|下腰'), combos: { pain: 'low_back_pain', sore: 'low_back_pain', distension: 'low_back_pain', stiffness: 'low_back_pain', discomfort: 'low_back_pain', weakness: 'low_back_pain', numb: 'sciatica', cold: 'low_back_pain' } },
  { id: 'flank', terms: t('肾区|侧腰|腰侧|腰部一侧|腰的一侧|腰两侧|一侧腰部|左侧腰部|右侧腰部|左边腰|右边腰|腰一侧|腰的一边|一边腰|一侧腰|腰的侧面|左腰|右腰'), combos: { pain: 'flank_colic', sore: 'flank_colic', discomfort: 'flank_colic', distension: 'flank_colic' } },
  { id: 'back', terms: t('背|后背|背部|脊背|脊柱|背心|肩胛骨|脊椎|胸椎|背上|肩胛|后背心|两肩胛之间'), combos: { pain: 'back_pain', sore: 'back_pain', stiffness: 'back_pain', cold: 'back_pain', discomfort: 'back_pain', pressure: 'back_pain', lump: 'skin_lump', itch: 'itching' } },
  { id: 'hip', terms: t('屁股|臀部|臀|髋|髋部|胯|胯骨|髋关节|腹股沟|大腿根|大腿根部'), combos: { pain: 'hip_pain', sore: 'hip_pain', numb: 'sciatica', lump: 'hernia_bulge', swelling: 'hernia_bulge', itch: 'fungal', stiffness: 'hip_pain' } },
  { id: 'anus', terms: t('肛门|屁股眼|肛周|屁眼|菊花|肛|肛门口|肛门周围|屁股眼子'), combos: { pain: 'anal_pain', itch: 'anal_itch', bleeding: 'hematochezia', lump: 'anal_lump', swelling: 'anal_lump', distension: 'anal_pain', discomfort: 'anal_pain', burning: 'anal_pain', pressure: 'anal_pain' } },
  { id: 'vagina', terms: t('阴道|外阴|阴唇|阴道口|阴道里'), combos: { itch: 'vulvar_itch', bleeding: 'vaginal_bleeding', pain: 'vulvar_pain', swelling: 'vulvar_lump', lump: 'vulvar_lump', discomfort: 'vulvar_pain', burning: 'vulvar_pain', redness: 'vulvar_itch', sore: 'vulvar_pain' } },
  { id: 'private', terms: t('阴部|下身|私处|会阴|会阴部|私密处|下体'), combos: { itch: 'vulvar_itch', pain: 'genital_pain', swelling: 'genital_pain', lump: 'genital_pain', discomfort: 'genital_pain', burning: 'genital_pain', sore: 'genital_pain' } },
  { id: 'male_genital', terms: t('阴囊|睾丸|蛋蛋|阴茎|龟头|包皮|小鸡鸡|丁丁'), combos: { pain: 'scrotal_pain', swelling: 'scrotal_swelling', lump: 'scrotal_swelling', itch: 'penile_problem', redness: 'penile_problem', bleeding: 'penile_problem', discomfort: 'scrotal_pain', distension: 'scrotal_pain', pressure: 'scrotal_pain', sore: 'scrotal_pain' } },
  { id: 'urination', terms: t('小便|排尿|小便时|排尿时|解小便|小便的时候|尿的时候|尿完|排尿的时候|尿'), combos: { pain: 'dysuria', burning: 'dysuria', discomfort: 'dysuria', bleeding: 'hematuria', redness: 'hematuria', sore: 'dysuria' } },
  { id: 'stool', terms: t('大便|排便|解大便|大便时|大便的时候|排便时|拉完|大便后|便后'), combos: { pain: 'anal_pain', bleeding: 'hematochezia', redness: 'hematochezia', discomfort: 'stool_change' } },
  { id: 'menses', terms: t('月经|来月经|行经|月经来'), combos: { pain: 'dysmenorrhea', discomfort: 'dysmenorrhea', sore: 'dysmenorrhea', distension: 'dysmenorrhea', pressure: 'dysmenorrhea' } },
  { id: 'urethra', terms: t('尿道|尿道口'), combos: { pain: 'dysuria', burning: 'dysuria', itch: 'dysuria', discomfort: 'dysuria', bleeding: 'hematuria', redness: 'dysuria' } },
  { id: 'bladder', terms: t('膀胱'), combos: { distension: 'urinary_retention', pressure: 'urinary_retention', pain: 'lower_abdominal_pain', discomfort: 'frequent_urination' } },
  { id: 'arm', terms: t('胳膊|手臂|上臂|前臂|胳臂|大臂|小臂|胳膊肘|手肘|肘|肘部|肘关节|左胳膊|右胳膊|左臂|右臂|一只胳膊|一侧胳膊|胳膊上'), combos: { pain: 'arm_pain', sore: 'arm_pain', numb: 'hand_numbness', weakness: 'arm_weakness', swelling: 'arm_pain', stiffness: 'arm_pain', lump: 'skin_lump', itch: 'itching', cold: 'cold_extremities' } },
  { id: 'hand', terms: t('手|手指|手腕|手掌|手背|指头|手指头|大拇指|拇指|食指|中指|无名指|小指|小拇指|双手|两只手|右手|左手|指关节|手心|一只手|手上|指尖|手指尖'), combos: { pain: 'wrist_pain', sore: 'wrist_pain', numb: 'hand_numbness', swelling: 'hand_swelling', redness: 'hand_swelling', stiffness: 'morning_stiffness', lump: 'wrist_pain', itch: 'hand_skin', cold: 'cold_extremities', weakness: 'arm_weakness', bleeding: 'hand_injury' } },
  { id: 'limbs', terms: t('手脚|四肢|胳膊腿|手和脚|手足|手脚都|胳膊和腿'), combos: { numb: 'hand_numbness', cold: 'cold_extremities', swelling: 'edema', weakness: 'fatigue', pain: 'body_aches', sore: 'body_aches' } },
  { id: 'leg', terms: t('腿|大腿|小腿|腿肚子|下肢|双腿|两条腿|左腿|右腿|腿部|腿上|一条腿|一侧腿|双下肢|腿脚'), combos: { pain: 'leg_pain', sore: 'leg_pain', numb: 'leg_numbness', swelling: 'leg_edema', weakness: 'leg_weakness', cold: 'claudication', itch: 'itching', lump: 'skin_lump', stiffness: 'leg_pain', redness: 'skin_infection', distension: 'leg_pain' } },
  { id: 'knee', terms: t('膝盖|膝|膝关节|波棱盖|磕膝盖|髌骨|膝盖骨|膝盖窝|左膝|右膝|双膝'), combos: { pain: 'knee_pain', sore: 'knee_pain', swelling: 'knee_pain', stiffness: 'knee_pain', weakness: 'knee_pain', discomfort: 'knee_pain', cold: 'knee_pain', distension: 'knee_pain' } },
  { id: 'foot', terms: t('脚|脚踝|脚后跟|足跟|足底|脚底|脚掌|脚背|踝|脚面|脚跟|脚底板|脚丫|双脚|两只脚|足部|双足|脚脖子|踝关节|左脚|右脚|一只脚'), combos: { pain: 'foot_pain', sore: 'foot_pain', swelling: 'leg_edema', numb: 'leg_numbness', itch: 'fungal', cold: 'claudication', lump: 'wart', redness: 'skin_infection', stiffness: 'foot_pain' } },
  { id: 'toe', terms: t('大脚趾|脚趾|脚趾头|大拇脚趾|脚指头|大脚拇指|脚拇指|大脚指|脚指'), combos: { pain: 'foot_pain', redness: 'toe_gout', swelling: 'toe_gout', numb: 'leg_numbness', itch: 'fungal', cold: 'claudication' } },
  { id: 'joint', terms: t('关节|骨节|各个关节|全身关节|几个关节|多个关节|小关节|大关节|两侧关节'), combos: { pain: 'joint_pain', sore: 'joint_pain', swelling: 'joint_pain', stiffness: 'morning_stiffness', redness: 'joint_pain', discomfort: 'joint_pain' } },
  { id: 'skin', terms: t('皮肤|皮下|表皮|皮肤上'), combos: { itch: 'itching', redness: 'rash', lump: 'skin_lump', bleeding: 'bruising', swelling: 'skin_infection', pain: 'shingles', burning: 'shingles' } },
  { id: 'whole', terms: t('全身|浑身|身上|身体|周身|一身|全身上下|浑身上下'), combos: { itch: 'itching', pain: 'body_aches', sore: 'body_aches', weakness: 'fatigue', swelling: 'edema', redness: 'rash', cold: 'chills', lump: 'skin_lump' } },
];

export const sensations: Sensation[] = [
  { id: 'pain', terms: t('疼|痛|疼痛|酸痛|胀痛|刺痛|隐痛|绞痛|抽痛|作痛|跳痛|灼痛|钝痛|闷痛|剧痛|生疼|隐隐作痛|针扎样|针扎一样|抽着疼|扯着疼|一抽一抽|揪着疼|疼死了|痛死了|疼疼|痛痛') },
  { id: 'distension', terms: t('胀|发胀|胀得|鼓胀|胀胀的|胀鼓鼓|涨') },
  { id: 'discomfort', terms: t('不舒服|难受|不得劲|不对劲|不适|别扭|不太舒服|不大舒服|不怎么舒服|不好受|有点不对|怪怪的') },
  { id: 'itch', terms: t('痒|发痒|瘙痒|刺挠|痒痒|痒得|刺痒'), alone: 'itching' },
  { id: 'numb', terms: t('麻|发麻|麻木|没知觉|没感觉|木木的|麻麻的|麻酥酥|发木') },
  { id: 'swelling', terms: t('肿|肿胀|肿起来|肿了|肿大|肿得|浮肿着|红肿|肿痛') },
  { id: 'lump', terms: t('包|疙瘩|肿块|硬块|结节|鼓包|硬结|包块|肿物|肉球|肉疙瘩|小疙瘩|小包|硬疙瘩|大包|小肿块|东西鼓出来') },
  { id: 'redness', terms: t('红|发红|通红|泛红|红红的|红了') },
  { id: 'bleeding', terms: t('出血|流血|冒血|渗血|有血|带血|见血|淌血') },
  { id: 'weakness', terms: t('没劲|无力|没力气|使不上劲|发软|软|没力|不听使唤|使不上力|抬不动|没有力气'), alone: 'fatigue' },
  { id: 'stiffness', terms: t('僵|僵硬|发僵|发紧|紧|发硬|硬|转不动|动不了|活动受限|不灵活|伸不直|弯不了') },
  { id: 'burning', terms: t('烧|烧灼|火辣辣|发烫|热辣辣|灼热|烧得慌|火烧火燎') },
  { id: 'cold', terms: t('凉|发凉|冰凉|冰冷|冷|凉飕飕|怕凉') },
  { id: 'sore', terms: t('酸|酸胀|酸软|酸酸的|发酸') },
  { id: 'pressure', terms: t('闷|发闷|憋|压着|压迫感|紧缩|堵|发堵|坠|下坠|坠胀|沉|发沉|沉重|憋闷') },
];
