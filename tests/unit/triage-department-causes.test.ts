/**
 * Department ranking fixed by cause, not by case (docs/triage.md): a count inside a phrase is a filler
 * (放了三个支架 is 放支架), a general decline in someone 65 or older goes to 老年医学科, ages told as 八十多 or
 * 今年45了 and dialect kin words (俺娘, 俺爹), symptom families that were missing (bruising without a knock,
 * low mood and withdrawal, fear of crowds, checking and washing again and again, dependence on sleeping pills,
 * the man's side of infertility, stone treatment, tick bites, a late period said indirectly), and typed
 * homophones completing a long medical word (强制性脊柱炎 → 强直性脊柱炎), departments the text names filling an
 * empty list (fallback.ts `departmentsNamed`), readings that leave the words said with them to the lexicon and
 * a pressure of 90 or less read as low. Every sentence was written for this
 * test, not taken from the gold or sealed sets.
 */
import { assess } from '../../backend/domain/triage/assess';
import { departmentsNamed } from '../../backend/domain/triage/fallback';
import { normalize } from '../../backend/domain/triage/normalize';
import { hospitalDepartments } from '../../scripts/bench/triage';

const tier3 = hospitalDepartments();

const top3 = (text: string, age: number | null = null, sex: 'male' | 'female' | null = null): string[] =>
  assess({ text, age, sex }, tier3).departments.map((d) => d.name);

describe('a count inside a phrase is a filler', () => {
  it.each([
    ['前几年放了三个支架，最近想复查', '心血管内科'],
    ['在中医那边吃了三个月中药，想接着调理', '中医科'],
  ])('“%s” → %s', (text, department) => {
    expect(top3(text, 55)).toContain(department);
  });
});

describe('older people', () => {
  it.each([['我娘七十多了，最近吃得越来越少，人也瘦了一圈'], ['俺爹八十多，整天没精神，还老忘事'], ['老人家今年这一年越来越虚，走路越来越慢']])(
    'a general decline: “%s” → 老年医学科 in the top 3',
    (text) => {
      expect(top3(text)).toContain('老年医学科');
    },
  );

  it('a single organ complaint of an older person still goes to its organ first', () => {
    expect(top3('我爸七十多了，最近小便老是尿不干净，夜里起来三四次')[0]).toBe('泌尿外科');
  });

  it.each([
    ['俺娘这两天咳嗽', 58],
    ['八十多了，膝盖疼', 85],
    ['我今年45了，想做个体检', 45],
    ['我老伴儿最近膝盖疼', 70],
  ])('“%s” tells the age %s', (text, age) => {
    expect(assess({ text }, tier3).understood.age).toBe(age);
  });

  it.each(['体重一百六十多斤', '花了八十多块钱'])('“%s” is no age', (text) => {
    expect(assess({ text }, tier3).understood.age).toBeNull();
  });
});

describe('symptom families that were missing', () => {
  it.each([
    ['胳膊上老是青一块紫一块，也没撞到哪', '血液科'],
    ['最近半个月怎么都开心不起来，也不想出门见人', '医学心理科'],
    ['一进超市人多的地方就手抖出汗，只想赶紧走', '医学心理科'],
    ['关煤气总要回去检查好几遍才放心', '医学心理科'],
    ['吃安眠药快一年了，会不会有依赖', '医学心理科'],
    ['结婚两年没孩子，老婆查过都正常，男方要查什么', '泌尿外科'],
    ['上周做了体外碎石，要不要再拍个片', '泌尿外科'],
    ['这阵子老起夜，一晚上三四回', '泌尿外科'],
    ['爬山回来发现腿上叮着一只蜱虫', '皮肤科'],
  ])('“%s” → %s in the top 3', (text, department) => {
    expect(top3(text, 35)).toContain(department);
  });

  it('a late period said indirectly, with nausea, points to 产科 or 妇科', () => {
    const names = top3('身上该来的没来，这两天闻到油烟就想吐', 27, 'female');
    expect(names.slice(0, 2).some((n) => n === '产科' || n === '妇科')).toBe(true);
  });
});

describe('departments the text names', () => {
  it('fill the list when the words name no symptom, in the order said', () => {
    expect(top3('上回在风湿科开的药吃完了，想再开一点')).toContain('风湿免疫科');
    expect(top3('想挂个内分泌科的号')[0]).toBe('内分泌科');
  });

  it('a name inside a longer one, after a denial, or 急诊 does not count', () => {
    expect(departmentsNamed('先去了神经内科，后来又去眼科')).toEqual(['neurology', 'ophthalmology']);
    expect(departmentsNamed('不是心内科的问题，也没去消化科')).toEqual([]);
    expect(departmentsNamed('急诊科在哪个门')).toEqual([]);
  });

  it('symptoms still lead over a department named', () => {
    expect(top3('牙疼得厉害，不知道挂不挂内科')[0]).toBe('口腔科');
  });
});

describe('readings', () => {
  it('a reading never hides the words said with it', () => {
    expect(assess({ text: '血压偏低，常常95/60' }, tier3).understood.symptoms).toContain('低血压');
    expect(assess({ text: '发烧38度6，嗓子疼' }, tier3).understood.symptoms).toEqual(expect.arrayContaining(['发烧', '嗓子疼']));
  });

  it('a pressure told after a word such as 一直 is read, and 90 is low', () => {
    expect(top3('如果血压一直在150/95上下，不吃药行不行')[0]).toBe('心血管内科');
    expect(top3('我爸血压总是90/60，老觉得没劲')).toContain('心血管内科');
  });
});

describe('typed homophones', () => {
  it('a long medical word completed by one swap is corrected even where the typo is an everyday word', () => {
    expect(normalize('强制性脊柱炎复查').text).toBe('强直性脊柱炎复查');
    expect(normalize('学校强制午休').text).toBe('学校强制午休');
  });

  it.each([
    ['胰道素', '胰岛素'],
    ['有点焦律', '有点焦虑'],
    ['血小扳低', '血小板低'],
  ])('“%s” → “%s”', (raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });

  it.each(['我不知道', '有规律', '拿扳手'])('“%s” stays', (text) => {
    expect(normalize(text).text).toBe(text);
  });
});
