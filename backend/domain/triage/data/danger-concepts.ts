/**
 * Danger concepts: what sends a patient to 急诊 (or the self-harm screen), each recognised from its
 * parts (danger-atoms.ts) within a few clauses: every group of `parts` must be present, and `near`
 * pairs of groups must lie within a few characters of each other. `flag` is the red flag of
 * red-flags.ts whose label and advice are shown. An `amber` concept is a danger sign that escalates
 * only when the engine is unsure of the complaint.
 *
 * Source: written for this project from the 国家卫健委《急诊预检分级分诊标准》 danger signs, the
 * 胸痛中心 and 卒中中心 (FAST) triage rules, the WHO/国家 IMCI pediatric danger signs, poison-centre
 * advice and the 心理危机干预 guidance. Reviewed by the author.
 */
import type { ContextTest } from '../types';
import type { AtomKind } from './danger-atoms';

export interface DangerConcept {
  id: string;
  flag: string;
  parts: AtomKind[][];
  /** [group, group, most characters between them]. */
  near?: Array<[number, number, number]>;
  /** Not when any of these parts is in the same window (嗓子哑了说不出话 is not a stroke). */
  unless?: AtomKind[];
  /** Not when any of these parts is anywhere in the sentence (查过都正常, 犯了好几次). */
  unlessSaid?: AtomKind[];
  /** Only for this patient (a child, a pregnant woman …). */
  who?: ContextTest;
  amber?: boolean;
  /** Still counts after 要是 / 如果 (如果我明天不在了 … is itself a farewell). */
  evenIfSupposed?: boolean;
  /**
   * The parts may lie anywhere in one sentence, not only within three clauses: a fall told early in a
   * long story and the vomiting told at its end (摔了一跤，额头磕了个包，……今天吐了).
   */
  wide?: boolean;
  /** The parts may lie anywhere in the text (a medicine taken every day, said in another sentence). */
  wholeText?: boolean;
}

export const dangerConcepts: DangerConcept[] = [
  { id: 'self_harm_words', flag: 'suicidal', parts: [['self_harm', 'self_hurt']] },
  { id: 'self_harm_jump', flag: 'suicidal', parts: [['height'], ['self_harm_jump', 'farewell', 'refuse_down']], near: [[0, 1, 24]] },
  { id: 'self_harm_hoard', flag: 'suicidal', parts: [['hoard'], ['medicine']], near: [[0, 1, 8]] },
  { id: 'self_harm_farewell', flag: 'suicidal', parts: [['farewell'], ['give_away', 'farewell', 'hoard', 'height', 'despair', 'gone']], evenIfSupposed: true },
  { id: 'self_harm_burden', flag: 'suicidal', parts: [['without_me'], ['better']], near: [[0, 1, 10]], evenIfSupposed: true },
  {
    id: 'self_harm_method',
    flag: 'suicidal',
    parts: [['how'], ['die'], ['painless']],
    near: [
      [0, 1, 8],
      [1, 2, 8],
    ],
  },
  { id: 'self_harm_cut', flag: 'suicidal', parts: [['wrist'], ['cut']], near: [[0, 1, 8]], unless: ['accident'] },
  { id: 'self_harm_means', flag: 'suicidal', parts: [['means'], ['prepared']], near: [[0, 1, 8]] },
  {
    id: 'self_harm_fall_question',
    flag: 'suicidal',
    parts: [['height'], ['hurt_q', 'painless'], ['height', 'farewell']],
    near: [[0, 1, 16]],
    evenIfSupposed: true,
    wide: true,
  },
  { id: 'self_harm_despair', flag: 'suicidal', parts: [['despair'], ['self_harm', 'farewell', 'without_me', 'height', 'water', 'end_it', 'never_wake']] },
  { id: 'self_harm_burden_relief', flag: 'suicidal', parts: [['me'], ['burden'], ['relief', 'without_me']], near: [[0, 1, 8]], wide: true },
  { id: 'self_harm_end_suffering', flag: 'suicidal', parts: [['suffer', 'despair', 'pointless', 'burden'], ['end_it']], wide: true },
  { id: 'self_harm_join_dead', flag: 'suicidal', parts: [['join'], ['deceased']], near: [[0, 1, 30]], evenIfSupposed: true, wide: true },
  { id: 'self_harm_settled', flag: 'suicidal', parts: [['settle'], ['entrust', 'give_away']], wide: true },
  { id: 'self_harm_sleep_forever', flag: 'suicidal', parts: [['sleep'], ['never_wake']], near: [[0, 1, 4]] },
  { id: 'self_harm_last_message', flag: 'suicidal', parts: [['farewell'], ['contact']], near: [[0, 1, 6]] },
  { id: 'self_harm_pointless', flag: 'suicidal', parts: [['alive'], ['pointless']], near: [[0, 1, 6]] },
  /**
   * Self-harm in any wording: distress (despair, suffering, a farewell) and any idea of ending, never
   * waking, being gone, means or pills gathered, anywhere in the text (not 死 or 会死 alone: 死亡率, 疼死了
   * and 这个病会不会死 hold them); things given away only with despair or a farewell (送给 alone is everyday). Each part real
   * (not denied, supposed, heard of, fiction, past, or a topic); two farewells are two different words.
   */
  {
    id: 'self_harm_anywhere',
    flag: 'suicidal',
    parts: [
      ['despair', 'suffer', 'farewell'],
      ['end_it', 'never_wake', 'farewell', 'without_me', 'means', 'hoard', 'self_harm_jump', 'join'],
    ],
    wholeText: true,
  },
  { id: 'self_harm_giving_away', flag: 'suicidal', parts: [['despair', 'farewell'], ['give_away']], wholeText: true },

  {
    id: 'self_harm_plan',
    flag: 'suicidal',
    parts: [
      ['means', 'medicine', 'blade'],
      ['placed', 'prepared', 'hoard'],
      ['end_tonight', 'secret', 'farewell', 'despair', 'self_harm', 'end_it'],
    ],
    near: [[0, 1, 10]],
    wholeText: true,
  },
  {
    id: 'self_harm_quantity',
    flag: 'suicidal',
    parts: [['how_much_med'], ['despair', 'farewell', 'pointless', 'hoard', 'without_me', 'burden', 'end_it', 'give_away', 'self_harm']],
    wholeText: true,
  },
  {
    id: 'self_harm_dose_question',
    flag: 'suicidal',
    parts: [['how'], ['medicine'], ['pass_away']],
    near: [
      [0, 1, 6],
      [1, 2, 6],
    ],
  },
  { id: 'self_harm_no_stopping', flag: 'suicidal', parts: [['water', 'height'], ['stop_me']], wide: true },
  { id: 'swallowed_battery_magnet', flag: 'dangerous_swallow', parts: [['ingest'], ['battery', 'magnet']], near: [[0, 1, 60]] },
  { id: 'battery_magnet_missing', flag: 'dangerous_swallow', parts: [['battery', 'magnet'], ['missing']], near: [[0, 1, 30]], who: 'child' },
  { id: 'battery_in_orifice', flag: 'dangerous_swallow', parts: [['battery', 'magnet'], ['insert'], ['nostril', 'ear']], near: [[1, 2, 6]] },
  { id: 'methanol', flag: 'poisoning', parts: [['spirits'], ['vision', 'vision_loss']], wide: true },
  { id: 'swallowed_corrosive', flag: 'poisoning', parts: [['ingest'], ['corrosive', 'pesticide']], near: [[0, 1, 16]] },
  { id: 'swallowed_bulk', flag: 'poisoning', parts: [['ingest', 'hoard'], ['bulk'], ['medicine']], near: [[1, 2, 10]] },
  { id: 'pesticide_spraying', flag: 'poisoning', parts: [['spray'], ['co_sign', 'faint', 'sweat', 'vision', 'seize']] },
  { id: 'empty_pill_bottle', flag: 'poisoning', parts: [['medicine'], ['empty'], ['unresponsive', 'head_after', 'sweat']], near: [[0, 1, 6]] },
  { id: 'empty_pills_taken', flag: 'poisoning', parts: [['medicine'], ['empty'], ['ingest']], near: [[0, 1, 6]] },
  { id: 'carbon_monoxide', flag: 'poisoning', parts: [['co_source'], ['co_sign', 'unresponsive']] },

  { id: 'wild_food_poisoning', flag: 'poisoning', parts: [['wild_food'], ['gi_loss', 'vomit'], ['numb', 'others_too', 'faint']], wide: true },
  { id: 'unresponsive', flag: 'altered_consciousness', parts: [['unresponsive']], unlessSaid: ['recovered'] },
  { id: 'called_no_response', flag: 'altered_consciousness', parts: [['call'], ['no_response']], near: [[0, 1, 10]], unlessSaid: ['recovered'] },
  { id: 'collapsed_not_awake', flag: 'altered_consciousness', parts: [['collapse', 'unresponsive'], ['not_awake']] },
  { id: 'cannot_breathe', flag: 'dyspnea', parts: [['breath_fail']], unless: ['chronic'], unlessSaid: ['reassured'] },
  { id: 'choking', flag: 'dyspnea', parts: [['choke'], ['breath_fail', 'speech', 'choke_sign']], unless: ['chronic'] },
  { id: 'choke_then_wheeze', flag: 'dyspnea', parts: [['choke'], ['wheeze_sound']], unless: ['chronic'], who: 'child', wide: true },
  { id: 'inhaled_object', flag: 'dyspnea', parts: [['mouth_in'], ['wheeze_sudden', 'breath_fail', 'choke_sign']], unless: ['chronic'], who: 'child' },
  { id: 'drowning', flag: 'drowning_electric', parts: [['drown']], unless: ['fine_now'] },
  { id: 'pulled_from_water', flag: 'drowning_electric', parts: [['water'], ['rescued']], near: [[0, 1, 24]] },
  { id: 'food_stuck', flag: 'dyspnea', parts: [['food'], ['speech', 'breath_fail'], ['acute']], unless: ['chronic'] },
  { id: 'breath_unable', flag: 'dyspnea', parts: [['breathe'], ['unable']], near: [[0, 1, 1]], unless: ['chronic'], unlessSaid: ['reassured'] },
  { id: 'choke_mute', flag: 'dyspnea', parts: [['choke'], ['sound'], ['cannot_out']], near: [[1, 2, 3]], unless: ['chronic'] },
  {
    id: 'object_then_noisy_breath',
    flag: 'dyspnea',
    parts: [['choke', 'mouth_in'], ['breathe'], ['noise']],
    near: [[1, 2, 10]],
    unless: ['chronic'],
    who: 'child',
    wide: true,
  },
  { id: 'swallowed_stuck', flag: 'dyspnea', parts: [['ingest'], ['food'], ['choke_sign']], near: [[0, 1, 8]], unless: ['chronic'] },
  { id: 'air_blocked', flag: 'dyspnea', parts: [['inhale'], ['blocked']], near: [[0, 1, 8]], unless: ['chronic'], unlessSaid: ['reassured'] },
  { id: 'anaphylaxis', flag: 'anaphylaxis', parts: [['allergen'], ['airway', 'breath_fail']] },
  { id: 'anaphylaxis_shock', flag: 'anaphylaxis', parts: [['allergen'], ['skin_allergy'], ['bp_low', 'airway', 'breath_fail', 'collapse']] },

  { id: 'bleeding_large', flag: 'massive_bleeding', parts: [['bleed'], ['volume_strong']], near: [[0, 1, 12]], unless: ['gum'] },
  { id: 'bleeding_gut', flag: 'massive_bleeding', parts: [['bleed'], ['bleed_gut'], ['volume']], near: [[0, 2, 10]], unless: ['menses', 'gum'] },
  { id: 'bleeding_faint', flag: 'massive_bleeding', parts: [['bleed'], ['bleed_gut', 'vaginal', 'menses'], ['faint']], unless: ['gum'], wide: true },
  { id: 'heavy_period_faint', flag: 'massive_bleeding', parts: [['menses', 'vaginal'], ['volume_strong'], ['faint']], wide: true },
  {
    id: 'heavy_period_now_faint',
    flag: 'massive_bleeding',
    parts: [['menses', 'vaginal'], ['amount_big'], ['acute'], ['faint']],
    unless: ['chronic'],
    wide: true,
  },
  {
    id: 'pads_soaked_fast',
    flag: 'massive_bleeding',
    parts: [['menses', 'vaginal'], ['short_time'], ['change'], ['faint']],
    near: [[1, 2, 6]],
    wide: true,
  },
  { id: 'nosebleed_persisting', flag: 'massive_bleeding', parts: [['nose'], ['persist', 'faint']] },
  {
    id: 'bleeding_anticoagulated',
    flag: 'massive_bleeding',
    parts: [['anticoag'], ['bleed', 'nose'], ['persist', 'faint', 'volume']],
    unless: ['gum'],
    wide: true,
  },
  { id: 'nose_soaked_anticoagulated', flag: 'massive_bleeding', parts: [['anticoag'], ['nostril'], ['soaked']], near: [[1, 2, 16]], wholeText: true },
  { id: 'coffee_ground_vomit', flag: 'massive_bleeding', parts: [['coffee'], ['vomit']], near: [[0, 1, 10]] },
  { id: 'bleeding_some', flag: 'massive_bleeding', parts: [['bleed'], ['volume']], near: [[0, 1, 8]], unless: ['menses', 'gum', 'chronic'], amber: true },

  { id: 'worst_headache', flag: 'thunderclap_headache', parts: [['head'], ['pain'], ['worst']], near: [[0, 1, 6]], unless: ['chronic'] },
  {
    id: 'sudden_headache_stiff_neck',
    flag: 'thunderclap_headache',
    parts: [['head'], ['pain'], ['acute'], ['neck'], ['stiff']],
    near: [
      [0, 1, 6],
      [3, 4, 4],
    ],
    unless: ['neck_strain'],
  },
  { id: 'head_burst', flag: 'thunderclap_headache', parts: [['head'], ['burst'], ['acute']], near: [[0, 1, 8]], unless: ['chronic'] },
  {
    id: 'instant_severe_headache',
    flag: 'thunderclap_headache',
    parts: [['head'], ['pain'], ['instant'], ['severe', 'worst']],
    near: [[0, 1, 6]],
    unless: ['chronic'],
  },
  {
    id: 'sudden_pain_stiff_neck_vomit',
    flag: 'thunderclap_headache',
    parts: [['instant', 'burst'], ['pain'], ['neck'], ['stiff'], ['vomit']],
    near: [[2, 3, 4]],
    unless: ['chronic', 'neck_strain'],
    wide: true,
  },
  { id: 'growing_drowsiness', flag: 'altered_consciousness', parts: [['drowsier']], unless: ['chronic'] },
  { id: 'one_sided_weakness', flag: 'stroke', parts: [['side'], ['weak'], ['acute']], near: [[0, 1, 10]], unless: ['chronic', 'eye_closure'] },
  { id: 'speech_loss', flag: 'stroke', parts: [['speech'], ['acute']], unless: ['chronic', 'voice', 'choke'], who: 'adult' },
  { id: 'face_droop', flag: 'stroke', parts: [['face_droop'], ['acute', 'speech', 'weak']], unless: ['chronic', 'eye_closure'] },

  { id: 'chest_sweat', flag: 'chest_pain_sweating', parts: [['chest'], ['pain', 'chest_feel'], ['sweat', 'breath_fail']], near: [[0, 1, 8]] },
  {
    id: 'chest_pain_story_sweat',
    flag: 'chest_pain_sweating',
    parts: [['chest'], ['pain', 'chest_feel'], ['sweat', 'breath_fail']],
    near: [[0, 1, 8]],
    unless: ['chronic'],
    wide: true,
  },

  { id: 'head_injury', flag: 'head_injury', parts: [['injure'], ['head'], ['head_after']], near: [[0, 1, 10]] },
  { id: 'injury_amnesia', flag: 'head_injury', parts: [['injure'], ['amnesia']] },
  { id: 'head_injury_later', flag: 'head_injury', parts: [['injure'], ['head'], ['head_after']], near: [[0, 1, 10]], wide: true },
  { id: 'injury_then_drowsy', flag: 'head_injury', parts: [['injure'], ['drowsier', 'unresponsive', 'head_worse']], wide: true },

  { id: 'infant_fever', flag: 'infant_fever', parts: [['fever']], unless: ['low_fever'], who: 'infant_under_3_months' },
  { id: 'young_infant_fever', flag: 'infant_fever', parts: [['infant'], ['fever']], unless: ['low_fever'], who: 'child' },
  { id: 'child_dehydration', flag: 'child_danger', parts: [['dry'], ['gi_loss']], who: 'child' },
  { id: 'child_dehydration_story', flag: 'child_danger', parts: [['dry'], ['gi_loss']], who: 'child', wide: true },
  { id: 'child_dry_signs', flag: 'child_danger', parts: [['dry'], ['dry']], who: 'child' },
  { id: 'febrile_nonblanching_rash', flag: 'meningism', parts: [['spots', 'purple'], ['no_fade'], ['fever']], near: [[0, 1, 24]], wide: true },
  {
    id: 'febrile_rash_pressed',
    flag: 'meningism',
    parts: [['spots'], ['press'], ['not_gone'], ['fever']],
    near: [
      [0, 1, 24],
      [1, 2, 4],
    ],
    wide: true,
  },
  { id: 'febrile_purpura_child', flag: 'meningism', parts: [['purple'], ['fever'], ['dry', 'unresponsive']], who: 'child' },
  { id: 'spreading_purpura_fever', flag: 'meningism', parts: [['purple'], ['spreading'], ['fever']], near: [[0, 1, 16]], wide: true },
  {
    id: 'pregnancy_heavy_bleeding',
    flag: 'ectopic_pregnancy',
    parts: [['pregnant'], ['vaginal', 'bleed'], ['volume', 'volume_strong']],
    near: [[1, 2, 8]],
    unless: ['gum', 'little'],
    wholeText: true,
  },
  { id: 'pregnancy_bleeding', flag: 'ectopic_pregnancy', parts: [['bleed', 'vaginal'], ['pregnant']], unless: ['gum', 'little'] },
  { id: 'fetal_movement_less', flag: 'pregnancy_warning', parts: [['pregnant'], ['fetal_still']] },
  { id: 'fetal_movement_few', flag: 'pregnancy_warning', parts: [['fetal_move'], ['few']], near: [[0, 1, 16]] },
  { id: 'pain_with_vision', flag: 'thunderclap_headache', parts: [['eye_or_head_pain'], ['vision'], ['acute']] },
  { id: 'sudden_vision_loss', flag: 'eye_emergency', parts: [['eye'], ['vision_loss'], ['acute']], unless: ['chronic'] },

  { id: 'half_field_loss', flag: 'eye_emergency', parts: [['eye'], ['field_half']], near: [[0, 1, 16]], unless: ['chronic'] },
  {
    id: 'floaters_flashes_shadow',
    flag: 'eye_emergency',
    parts: [['floaters'], ['flash'], ['vision_loss', 'field_half']],
    near: [[0, 1, 20]],
    unless: ['chronic'],
  },
  { id: 'eye_hit_sight', flag: 'eye_emergency', parts: [['eye'], ['injure', 'eye_hit'], ['vision_loss', 'bleed']], near: [[0, 1, 10]], wide: true },
  { id: 'rigid_abdomen', flag: 'acute_abdomen', parts: [['belly'], ['rigid'], ['pain', 'guarding']], near: [[0, 1, 10]] },
  { id: 'abdominal_blow', flag: 'acute_abdomen', parts: [['injure'], ['belly'], ['worse', 'rigid', 'faint']], near: [[0, 1, 10]] },
  { id: 'guarded_abdomen', flag: 'acute_abdomen', parts: [['belly'], ['guarding'], ['acute']], near: [[0, 1, 10]], amber: true },
  { id: 'testicular_pain', flag: 'testicular_torsion', parts: [['testis'], ['pain'], ['acute', 'worst', 'severe']], near: [[0, 1, 10]], unless: ['chronic'] },
  {
    id: 'scrotal_swelling',
    flag: 'testicular_torsion',
    parts: [['testis'], ['swollen'], ['pain', 'severe', 'guarding', 'acute']],
    near: [[0, 1, 10]],
    unless: ['chronic'],
  },
  { id: 'scrotal_swelling_story', flag: 'testicular_torsion', parts: [['testis'], ['swollen'], ['pain']], unless: ['chronic'], wide: true },
  {
    id: 'boy_groin_pain',
    flag: 'testicular_torsion',
    parts: [['lower'], ['pain'], ['severe', 'acute']],
    near: [[0, 1, 10]],
    unless: ['chronic', 'menses', 'pregnant'],
    who: 'male',
  },
  {
    id: 'groin_one_side',
    flag: 'testicular_torsion',
    parts: [['lower'], ['one_side'], ['pain'], ['acute', 'worst', 'severe']],
    near: [[0, 1, 6]],
    unless: ['chronic', 'menses', 'pregnant'],
    who: 'male',
  },
  { id: 'urinary_retention', flag: 'urinary_retention', parts: [['no_urine'], ['bladder', 'pain']], unless: ['chronic'], who: 'adult' },

  { id: 'snake_bite', flag: 'venomous_bite', parts: [['snake'], ['bite']], near: [[0, 1, 30]] },
  { id: 'snake_then_swelling', flag: 'venomous_bite', parts: [['snake'], ['swollen', 'pain']], near: [[0, 1, 30]] },
  { id: 'fang_marks', flag: 'venomous_bite', parts: [['fang'], ['bite', 'pain', 'swollen']] },
  { id: 'electric_shock', flag: 'drowning_electric', parts: [['shock']], unless: ['fine_now'] },
  { id: 'heat_stroke', flag: 'heat_stroke', parts: [['heat'], ['heat_sign']] },
  { id: 'exertional_heat', flag: 'heat_stroke', parts: [['exertion'], ['hot_skin', 'fever'], ['heat_sign', 'collapse', 'unresponsive']], wide: true },
  { id: 'hot_dry_skin', flag: 'heat_stroke', parts: [['hot_skin'], ['no_sweat']], near: [[0, 1, 8]] },

  { id: 'seizure_prolonged', flag: 'seizure', parts: [['seize'], ['seize_long', 'unresponsive']], unless: ['leg'] },
  { id: 'child_seizure_prolonged', flag: 'seizure', parts: [['seize'], ['seize_long', 'unresponsive']], who: 'child' },
  { id: 'collapse_palpitations', flag: 'arrhythmia_danger', parts: [['palp'], ['collapse', 'unresponsive']] },
  { id: 'severe_burn', flag: 'severe_burn', parts: [['burn'], ['burn_big']] },
  { id: 'burn_many_areas', flag: 'severe_burn', parts: [['scald'], ['body_area'], ['body_area'], ['body_area', 'blister']], wide: true },
  { id: 'alarm_words', flag: 'alarm_words', parts: [['alarm']], amber: true },
  { id: 'face_airway_burn', flag: 'severe_burn', parts: [['burn'], ['face_burn']], near: [[0, 1, 12]] },
];
