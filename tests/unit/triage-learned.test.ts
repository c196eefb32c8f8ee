/**
 * The learned reader of smart triage (backend/domain/triage/learned/): what it reads, that the stored
 * model is what its training cases give, what it adds to the rules and what it leaves to them. Every
 * complaint here was written for this test, not taken from the gold or sealed sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { assess } from '../../backend/domain/triage/assess';
import { blendDepartments } from '../../backend/domain/triage/learned/blend';
import { saidGrams } from '../../backend/domain/triage/learned/grams';
import { learnedModel } from '../../backend/domain/triage/learned/model';
import { routeTable } from '../../backend/domain/triage/hospital-map';
import { tallyDepartments } from '../../backend/domain/triage/tally';
import { normalize } from '../../backend/domain/triage/normalize';
import { unrealMask } from '../../backend/domain/triage/unreal';
import { hospitalDepartments } from '../../scripts/bench/triage';
import { MODEL_FILE, ROOT, trainingSha256 } from '../../scripts/triage-learn/cases';
import { learn } from '../../scripts/triage-learn/learn';

const tier3 = hospitalDepartments();
const table = routeTable(tier3);
const flagsOf = (text: string, learned = true): string[] => assess({ text }, tier3, { learned }).redFlags.map((f) => f.id);
const namesOf = (text: string, learned = true): string[] => assess({ text }, tier3, { learned }).departments.map((d) => d.name);
const read = (text: string): string[] => {
  const norm = normalize(text).text;
  return saidGrams(norm, unrealMask(norm));
};

describe('what the reader reads', () => {
  it('runs of one to three characters inside what is said, split at punctuation', () => {
    expect(read('头疼，恶心')).toEqual(['头', '头疼', '疼', '恶', '恶心', '心']);
  });

  it('leaves out what the rules do not take as said now: a denial, a figure of speech, an experience', () => {
    expect(read('没有胸痛，就是咳嗽')).not.toContain('胸痛');
    expect(read('牙疼得想死')).not.toContain('想死');
    const past = read('我以前绝望过，也想过睡过去再也不醒，现在有了孩子好多了');
    expect(past).not.toContain('不醒');
    expect(past).toContain('孩子');
  });

  it('leaves out a supposition, as the rules do', () => {
    const said = read('头疼，要是吐血了怎么办');
    expect(said).toContain('头疼');
    expect(said).not.toContain('吐血');
  });
});

describe('the stored model', () => {
  const stored = learnedModel.parse(JSON.parse(readFileSync(join(ROOT, MODEL_FILE), 'utf8')));

  it('was trained on the training files as they are now', () => {
    expect(stored.about.sha256).toBe(trainingSha256());
  });

  it('is what training on them gives, thresholds by cross-validation included', () => {
    expect(learn()).toEqual(stored);
  }, 120_000);

  it('chose thresholds that raised at most 1 false alarm in 1,000 on the held-out sealed sets', () => {
    const cv = z
      .object({ emergency: z.object({ falseAlarms: z.number() }), selfHarm: z.object({ falseScreens: z.number() }) })
      .parse(stored.about.crossValidation);
    expect(cv.emergency.falseAlarms).toBeLessThanOrEqual(0.001);
    expect(cv.selfHarm.falseScreens).toBeLessThanOrEqual(0.001);
  });
});

describe('what it adds to the rules', () => {
  it('an emergency the rules do not recognise: pesticide poisoning told by its signs', () => {
    const text = '俺爹下午在地里打药回来就一直吐口水流个不停眼睛看东西小';
    expect(flagsOf(text, false)).toEqual([]);
    const r = assess({ text }, tier3);
    expect(r.redFlags.map((f) => f.id)).toEqual(['resembles_emergency']);
    expect(r.departments[0].name).toBe('急诊科');
  });

  it('fainting with a racing heart after standing up', () => {
    const text = '他蹲着修车起来就说心跳的飞快眼前一黑靠墙坐下了脸白的吓人';
    expect(flagsOf(text, false)).toEqual([]);
    expect(flagsOf(text)).toEqual(['resembles_emergency']);
  });

  it('self-harm told as putting affairs in order: the crisis screen', () => {
    const text = '这些年活得太累了，把存款密码写给女儿了，今晚就想彻底解脱';
    expect(flagsOf(text, false)).toEqual([]);
    expect(flagsOf(text)).toContain('suicidal');
  });

  it('says nothing of the same signs as a supposition', () => {
    expect(flagsOf('要是他蹲着修车起来就说心跳的飞快眼前一黑怎么办')).toEqual([]);
  });

  it('does not read a text over 2,000 characters', () => {
    const text = `${'最近体检报告想咨询一下。'.repeat(170)}俺爹下午在地里打药回来就一直吐口水流个不停眼睛看东西小`;
    expect(text.length).toBeGreaterThan(2000);
    expect(flagsOf(text)).not.toContain('resembles_emergency');
  });

  it('leaves a text in English only to the rules: it learned from Chinese', () => {
    for (const text of ['headache and fever for two days', 'stomach ache and diarrhea since yesterday'])
      expect(assess({ text }, tier3)).toEqual(assess({ text }, tier3, { learned: false }));
  });

  it('raises nothing on everyday complaints near the dangerous ones', () => {
    for (const text of ['切菜不小心划到手腕，出了点血', '这两天一活动就胸口憋得慌，坐下来几分钟才缓过来', '单位组织学习自杀干预的知识，想问心理科有没有讲座'])
      expect([text, flagsOf(text)]).toEqual([text, []]);
  });
});

describe('departments, blended', () => {
  it('a department the rules are sure of keeps its place', () => {
    expect(namesOf('脸上长了很多痘痘还很痒')[0]).toBe('皮肤科');
    expect(namesOf('脸上长了很多痘痘还很痒', false)[0]).toBe('皮肤科');
  });

  it('between departments the rules weigh alike, the chances decide; a weak one does not join', () => {
    const t = tallyDepartments(
      new Map([
        ['dermatology', { value: 6, reasons: new Map([['“痒”', 6]]) }],
        ['general_surgery', { value: 3, reasons: new Map([['“包”', 3]]) }],
        ['infectious', { value: 1, reasons: new Map([['“发烧”', 1]]) }],
      ]),
      table,
    );
    const out = blendDepartments(
      t,
      new Map([
        ['general_surgery', 0.6],
        ['ophthalmology', 0.3],
        ['dermatology', 0.1],
        ['psychology', 0.05],
      ]),
      table,
      '相似的描述多在此科就诊',
    );
    expect(out.map((d) => [d.department.name, Math.round(d.value * 1000) / 1000])).toEqual([
      ['普通外科', 0.75],
      ['皮肤科', 0.675],
      ['眼科', 0.225],
      ['感染科', 0.1],
    ]);
    expect([...out[2].reasons.keys()]).toEqual(['相似的描述多在此科就诊']);
  });

  it('reads words, not who said them: a dentist who cleared the teeth still counts as teeth', () => {
    const text = '牙疼，但是牙医说牙没问题，活动后胸闷';
    expect(namesOf(text, false)[0]).toBe('心血管内科');
    expect(namesOf(text).slice(0, 3)).toContain('心血管内科');
  });
});
