/**
 * Laboratory items, for when a patient pastes a report instead of describing symptoms: the
 * abnormal items say which clinic should read it.
 *
 * Source: general clinical knowledge of which specialty follows up which abnormal test (肝功能 →
 * 消化内科/感染科, 肌酐 → 肾内科, TSH → 内分泌科 …) as in Chinese hospital practice. Reviewed by
 * the author. Item names are matched on report lines that carry an abnormal mark (↑ ↓ H L 阳性 …)
 * or whose value falls outside the printed reference range.
 */
import type { LexEntry } from '../types';
import { finding as f } from '../entry';

export const labItems: LexEntry[] = [
  f(
    'lab_liver',
    '肝功能异常',
    'alt|ast|ggt|谷丙转氨酶|谷草转氨酶|丙氨酸氨基转移酶|天门冬氨酸氨基转移酶|谷氨酰转肽酶|总胆红素|直接胆红素|间接胆红素|tbil|dbil|碱性磷酸酶|alp|白蛋白',
    { gastroenterology: 3, hepatology: 3 },
  ),
  f('lab_kidney', '肾功能异常', '肌酐|crea|scr|尿素氮|尿素|bun|胱抑素|egfr|尿蛋白|尿潜血|尿隐血|尿微量白蛋白', { nephrology: 5 }),
  f('lab_glucose', '血糖异常', '血糖|葡萄糖|glu|糖化血红蛋白|hba1c|空腹血糖|餐后血糖', { endocrinology: 5 }),
  f('lab_thyroid', '甲状腺功能异常', 'tsh|ft3|ft4|tt3|tt4|促甲状腺激素|游离甲状腺素|游离三碘甲状腺原氨酸|甲状腺球蛋白抗体|tgab|tpoab|甲状腺过氧化物酶抗体', {
    endocrinology: 5,
  }),
  f('lab_lipid', '血脂异常', '总胆固醇|胆固醇|甘油三酯|低密度脂蛋白|高密度脂蛋白|ldl-c|ldl|hdl-c|tg|tc', { cardiology: 3, endocrinology: 2 }),
  f('lab_uric', '尿酸高', '尿酸|uric', { rheumatology: 3, endocrinology: 2.5 }),
  f('lab_blood', '血常规异常', '血红蛋白|hgb|hb|红细胞|rbc|白细胞|wbc|血小板|plt|中性粒细胞|淋巴细胞|红细胞压积|hct', { hematology: 4 }),
  f('lab_hbv', '乙肝指标阳性', '乙肝表面抗原|hbsag|hbeag|乙肝e抗原|乙肝核心抗体|hbv-dna|hbvdna|丙肝抗体|抗hcv|hcv', { hepatology: 5, infectious: 4 }),
  f('lab_afp', '甲胎蛋白高', 'afp|甲胎蛋白', { hepatology: 3, general_surgery: 2 }),
  f('lab_psa', 'psa高', 'psa|前列腺特异性抗原|fpsa|tpsa', { urology: 5 }),
  f('lab_ca125', 'ca125高', 'ca125|ca-125|he4', { gynecology: 5 }),
  f('lab_gi_tumor', '消化道肿瘤标志物高', 'cea|癌胚抗原|ca199|ca19-9|ca724|ca72-4|ca242', { gastroenterology: 3, general_surgery: 2 }),
  f('lab_lung_tumor', '肺癌标志物高', 'cyfra21-1|cyfra|nse|scc|胃泌素释放肽前体|progrp', { respiratory: 4, thoracic_surgery: 1.5 }),
  f('lab_breast_tumor', '乳腺肿瘤标志物高', 'ca153|ca15-3', { breast_surgery: 5 }),
  f('lab_cardiac', '心肌标志物异常', '肌钙蛋白|ctni|ctnt|hs-ctn|bnp|nt-probnp|脑钠肽|肌酸激酶同工酶|ck-mb|肌红蛋白', { cardiology: 5, emergency: 1.5 }),
  f('lab_inflammation', '炎症指标高', 'c反应蛋白|crp|hs-crp|超敏c反应蛋白|血沉|esr|降钙素原|pct', { infectious: 2, rheumatology: 1.5, respiratory: 0.5 }),
  f('lab_rheum', '风湿免疫指标阳性', '类风湿因子|抗核抗体|抗ccp|抗环瓜氨酸肽|抗双链dna|ds-dna|抗ssa|抗ssb|补体c3|补体c4|hla-b27|aso|抗链球菌溶血素', {
    rheumatology: 5,
  }),
  f('lab_hormone', '性激素异常', 'hcg|β-hcg|孕酮|雌二醇|泌乳素|催乳素|prl|促卵泡生成素|fsh|促黄体生成素|lh|睾酮|amh|抗缪勒管激素', {
    gynecology: 4,
    endocrinology: 1.5,
  }),
  f('lab_coag', '凝血指标异常', 'd-二聚体|d二聚体|d-dimer|凝血酶原时间|aptt|纤维蛋白原|inr|凝血酶时间', { hematology: 3, vascular_surgery: 1 }),
  f('lab_urine', '尿常规异常', '尿白细胞|亚硝酸盐|尿细菌|白细胞酯酶|尿红细胞', { urology: 3, nephrology: 2 }),
  f('lab_stool', '大便潜血阳性', '大便潜血|便潜血|粪便隐血|粪隐血|fobt|粪便潜血', { gastroenterology: 5 }),
  f('lab_electrolyte', '电解质异常', '血钾|血钠|血钙|血镁|钾|钠|钙', { nephrology: 2, endocrinology: 2 }),
  f('lab_bone', '骨代谢异常', '骨密度|t值|维生素d|25羟维生素d|甲状旁腺激素|pth', { endocrinology: 4, orthopedics: 1 }),
  f('lab_infection_markers', '病原学阳性', '幽门螺杆菌|尿素呼气试验|碳13|碳14|hp抗体', { gastroenterology: 5 }),
  f('lab_syphilis_hiv', '梅毒艾滋指标阳性', '梅毒|tppa|rpr|trust|hiv抗体|hiv', { dermatology: 3, infectious: 3 }),
];
