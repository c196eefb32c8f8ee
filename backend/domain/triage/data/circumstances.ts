/**
 * Circumstances that change where a complaint belongs: what brought it on (after exercise, after a
 * fatty meal, after drinking, after a fall), and findings a patient reads off a meter.
 *
 * Source: written for this project from general clinical knowledge (exertional chest pain is
 * cardiac until proven otherwise; pain after fatty food suggests the gallbladder; a swollen leg
 * after a long flight suggests thrombosis) and common Chinese hospital 导诊 practice. Reviewed for
 * medical soundness by the author.
 */
import type { LexEntry } from '../types';
import { circumstance as c } from '../entry';

export const circumstances: LexEntry[] = [
  c(
    'trigger_exertion',
    '活动后加重',
    '走路时|一走路|走路就|走着走着|走一段路|稍微一动|干完活|活动后|运动后|爬楼|上楼|走路快|干活时|劳累后|一活动|一干活|走快了|快走|跑步时|跑几步|用力时|活动时|干重活|爬山',
    { cardiology: 1 },
  ),
  c(
    'trigger_rest_relief',
    '休息后缓解',
    '休息一会就好|休息后缓解|歇一会就好|停下来就好|休息就好|停下来|歇歇就好|歇一会|缓过来|歇会儿就好|坐下来就好|歇歇就|休息一下就好',
    { cardiology: 0.8 },
  ),
  c('trigger_fatty_meal', '吃油腻后', '吃油腻|油腻食物后|吃了油腻|吃肥肉|吃了肥肉|吃了油炸|吃完油腻|吃了火锅|吃了红烧肉|吃了鸡蛋后', {
    general_surgery: 1.2,
    gastroenterology: 0.4,
  }),
  c('trigger_meal', '与进食有关', '饭后|吃完饭|吃饭后|空腹|饿的时候|半夜饿醒|吃东西后|进食后|饭前|吃饱了', { gastroenterology: 1 }),
  c('trigger_alcohol', '喝酒后', '喝酒后|喝完酒|酒后|喝了酒|饮酒后|喝酒|喝了很多酒|喝了啤酒|喝大了|应酬喝酒|醉酒', { gastroenterology: 0.8 }),
  c('trigger_seafood', '吃海鲜、啤酒后', '吃海鲜|吃了海鲜|喝啤酒|海鲜啤酒|吃了火锅喝了啤酒|吃了动物内脏', { rheumatology: 0.5 }),
  c(
    'trigger_allergen',
    '接触致敏物后',
    '吃了芒果|吃了花生|吃了药后|吃完药后|打针后|输液后|用药后|打完针|输完液|吃了头孢|吃了青霉素|打了青霉素|被蜂蛰后|吃了虾|吃了螃蟹|换了洗衣液|用了新的化妆品|吃了新药|吃了消炎药|吃了退烧药|做了造影|打了造影剂',
    { dermatology: 0.6 },
  ),
  c('trigger_cold_wind', '受凉吹风后', '吹风后|吹了风|吹空调|吹了空调|受风|淋雨|淋了雨|吹了一晚上风扇', { tcm: 0.4 }),
  c('trigger_posture', '体位变化时', '起床时|翻身时|躺下时|低头时|转头时|抬头时|一翻身|一低头|一抬头|躺下的时候|起身时|蹲起时', { ent: 0.6 }),
  c('trigger_sexual', '同房后', '同房后|性生活后|房事后|同房时|性生活时', { gynecology: 1 }),
  c('trigger_immobile', '久坐久卧', '久坐|坐飞机|长途|卧床|长时间坐|坐了很久的车|长途飞行|术后卧床|打了石膏|长期卧床', { vascular_surgery: 1 }),
  c('trigger_trauma', '外伤后', '被打|打架|被人打|撞了一下|磕了一下|碰了一下|撞到了|被撞|挨了一拳|踢球|打球|被踢|摔跤|被球砸', {
    orthopedics: 0.8,
    emergency: 0.5,
  }),
  c('trigger_stress', '情绪诱因', '生气后|吵架后|压力大的时候|紧张的时候|一生气|一着急|考试前|工作压力', { psychology: 0.6 }),
  c('trigger_menses', '与月经有关', '月经前|经期前|来月经前|月经期间|经期|月经后|排卵期', { gynecology: 1 }, { sex: 'female' }),
  c('trigger_food_cold', '吃生冷后', '吃了凉的|喝了冰的|吃了冰棍|吃了凉东西|喝了凉水', { gastroenterology: 0.8 }),
  c('history_diabetes', '糖尿病病史', '有糖尿病|糖尿病多年|糖尿病史|血糖一直高', { endocrinology: 0.5 }),
  c(
    'chronic_known',
    '老毛病',
    '老毛病|老病|旧病复发|又犯了|又发作了|又复发了|老毛病又犯了|发作好几次|反复发作|已经好几次|好几次了|老是犯|经常犯|犯过好几次',
    {},
  ),
  c('tenderness', '按压痛', '一按就疼|按着疼|按压痛|压痛|摸着疼|碰着疼|按压时疼|一按更疼|一碰就疼|按上去疼', { orthopedics: 0.5 }),
  c('trigger_strain', '用力、搬重物后', '搬重物|搬东西|用力过猛|扭了一下|抬重东西|提重物', { orthopedics: 1 }),
  c('unrelieved', '用药休息不缓解', '也不缓解|不缓解|没缓解|没有缓解|不管用|也不管用|都不管用|没用|不见效|不好使|都没用|也没用', {}),
  c('radiates_to_back', '疼到后背', '疼到背上|连着后背疼|放射到后背', { gastroenterology: 0.3 }),
  c('left_arm_radiation', '左臂、左肩发麻或疼', '左臂放射痛|放射到左臂|放射到左肩', { cardiology: 1 }),
  c('anticoagulant', '正在用抗凝药', '华法林|阿司匹林|氯吡格雷|波立维|利伐沙班|达比加群|抗凝药|抗血小板药|吃着抗凝', { hematology: 0.5 }),
  c('normal_workup', '检查都正常', '检查都正常|查了都正常|心电图正常|检查没问题|查不出问题|各种检查都做了', { psychology: 1.5 }),
  c('oozing', '渗血', '渗血|伤口渗血|拔牙后出血', { hematology: 2, stomatology: 1 }),
  c('sequela_context', '中风等病后', '留下后遗症|病后恢复期', { rehabilitation: 1.5 }),
  c('after_surgery', '术后', '手术后|术后|做完手术|开完刀|刀口|手术伤口|做过手术', { general_surgery: 0.5 }),
];
