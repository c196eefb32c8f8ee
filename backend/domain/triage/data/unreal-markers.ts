/**
 * Words that take a sentence away from a real event now: a supposition or hearsay (要是…怎么办,
 * 听说…) covers the rest of its sentence; the past (以前…) covers its clause unless a word of the
 * present (现在, 又, 今天) is in the same clause.
 *
 * Source: written for this project from Mandarin usage in patients' questions. Reviewed by the author.
 */

const t = (terms: string): string[] => terms.split('|');

/** Words that make what follows in the sentence a supposition, hearsay or fiction (小说里, 电视剧里), not a real event now. */
export const suppositionMarkers = t(
  '要是|如果|假如|假设|万一|倘若|预防|防止|以防|怎么预防|如何预防|听说|据说|新闻|网上说|看到说|电视上|书上说|科普|万一要是|小说里|小说中|电视剧里|电影里|电影中|剧里|故事里|书里写',
);

/** Words that put their clause in the past; a present word in the same clause undoes them. */
export const pastMarkers = t(
  '以前|曾经|去年|前年|小时候|年轻时|年轻的时候|几年前|上次|前几年|那时候|当年|早年|多年前|十年前|以往|前两年|前些年|上个月|上回|几个月前|两年前|三年前|半年前|那年|个月前|个多月前|年前',
);

export const presentMarkers = t('现在|最近|这几天|今天|刚才|刚刚|又|还是|这两天|目前|眼下|这会儿|今晚|昨晚|昨天');

/** Advice the patient followed: the hearsay word inside them (照网上说的做了) tells of a real event. */
export const followedAdvice = t('照网上说|按网上说|按照网上说|照着网上说|照书上说|按书上说|网上说的方法|网上说的办法|照医生说|按医生说');

/** Everyday words that hold a supposition word without being one (主要是 holds 要是, 打预防针 holds 预防): what follows is real. */
export const suppositionLookalikes = t('主要是|主要|需要是|重要是|想要是|预防针|预防接种|打预防');
