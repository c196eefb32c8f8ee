/**
 * Characters typed for a medical character of the same sound (pinyin input picks the wrong one:
 * 便学 for 便血, 昏到 for 昏倒, 降压要 for 降压药). Each key is the medical character, its value the
 * characters mistyped for it. A variant is replaced only where it completes a word the engine knows
 * and the original is not an everyday word (see homophones.ts and `everydayWords`).
 *
 * Source: written for this project from the pinyin of common Chinese characters. Reviewed by the author.
 */
export const homophones: Record<string, string> = {
  血: '学雪穴',
  倒: '到导岛',
  痛: '同通桶',
  难: '南男',
  明: '名鸣',
  电: '店点垫殿',
  搐: '蓄畜触',
  胱: '光',
  厉: '历利力',
  住: '主注驻',
  便: '变遍辨',
  伤: '商',
  潴: '储猪',
  生: '升声',
  冻: '动洞',
  青: '轻清',
  白: '百摆',
  蛇: '舌舍',
  核: '和合',
  药: '要耀',
  状: '壮撞',
  湿: '失师',
  峡: '夹侠',
  结: '节洁',
  神: '身深',
  办: '半伴',
  速: '苏素',
  晕: '云运',
  疼: '腾藤',
  咳: '可壳',
  嗽: '数',
  吐: '土',
  泻: '写谢泄',
  秘: '密',
  眠: '民',
  慌: '荒黄',
  肿: '种',
  痒: '养氧',
  炎: '言盐严',
  胃: '为位',
  肠: '长场',
  肾: '甚慎',
  肺: '费废',
  喉: '猴候',
  咙: '龙笼',
  瘤: '留流',
  疹: '诊珍',
  烧: '绕',
  悸: '季记',
  梗: '更耿',
  塞: '赛',
  脓: '农',
  痰: '谈坛',
  喘: '串',
  疮: '窗创',
  癫: '颠',
  痫: '闲贤',
  厥: '决绝',
  汗: '旱',
  撞: '装',
};

/** Everyday words a correction must not touch (到了 is not 倒了, 要是 is not 药是). */
export const everydayWords =
  '到了|到底|得到|看到|想到|到家|到处|到时|直到|收到|遇到|同学|同事|一同|相同|不同|同意|同时|通知|通过|主要|主意|注意|要是|要不|要么|需要|想要|只要|还要|不要|要紧|重要|变化|改变|一遍|身上|身体|全身|本身|深夜|半天|一半|半夜|长大|长得|为了|因为|位置|留下|流行|一点|点儿|名字|男的|南方|光线|商量|声音|升高|动作|动不了|活动|运动|轻松|清楚|和平|合适|失去|结果|结婚|时候|可以|可能|可是|数字|写字|秘密|人民|黄色|种类|养成|言语|严重|盐水|为什么|成为|作为|场合|更加|比赛|农村|谈话|窗户|决定|绝对|旱地|手机|电话|电视|土豆|师傅|记得|季节|洁白|苏醒|素食|云南|运气|干活|导致|岛上|主动|商场|谢谢|安装|装修|服装|假装|包装|装进|装满';
