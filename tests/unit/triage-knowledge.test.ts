/** The knowledge base is large enough, consistent, and says where its content comes from. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idsOf } from '../../backend/domain/triage/conditions';
import { canonicalDepartments } from '../../backend/domain/triage/data/departments';
import * as markers from '../../backend/domain/triage/data/markers';
import { bodyParts, sensations } from '../../backend/domain/triage/data/parts';
import { phrasePatterns } from '../../backend/domain/triage/data/patterns';
import { redFlags } from '../../backend/domain/triage/data/red-flags';
import { regions } from '../../backend/domain/triage/data/regions';
import { syndromes } from '../../backend/domain/triage/data/syndromes';
import { ageHints, femaleHints, maleHints, pregnancyHints } from '../../backend/domain/triage/data/modifiers';
import { knowledgeView } from '../../backend/domain/triage/knowledge';
import { allEntries, symptomEntries, textEntries } from '../../backend/domain/triage/lexicon';
import { DEPT_KEYS, REGION_IDS } from '../../backend/domain/triage/types';

const ids = new Set(allEntries.map((e) => e.id));
const dataDir = join(__dirname, '../../backend/domain/triage/data');

describe('triage knowledge base', () => {
  it('has at least 200 symptoms, 60 diseases and 25 red flags', () => {
    expect(symptomEntries.length).toBeGreaterThanOrEqual(200);
    expect(allEntries.filter((e) => e.kind === 'disease').length).toBeGreaterThanOrEqual(60);
    expect(redFlags.length).toBeGreaterThanOrEqual(25);
    const phrases = symptomEntries.reduce((n, e) => n + e.phrases.length, 0);
    expect(phrases).toBeGreaterThanOrEqual(2000);
  });

  it('names the everyday diseases of the issue', () => {
    const phrases = new Set(textEntries.flatMap((e) => e.phrases));
    for (const p of ['高血压', '乙肝', '糖尿病', '甲亢', '肚子疼', '腹痛', '胃疼', '胃不舒服']) expect(phrases.has(p)).toBe(true);
  });

  it('ids are unique, and no phrase belongs to two entries', () => {
    expect(ids.size).toBe(allEntries.length);
    const owner = new Map<string, string>();
    for (const e of textEntries) {
      for (const p of e.phrases) {
        expect([p, owner.get(p) ?? e.id]).toEqual([p, e.id]);
        owner.set(p, e.id);
      }
    }
  });

  it('every rule, region, part and hint names entries that exist', () => {
    const referenced = [
      ...redFlags.flatMap((r) => idsOf(r.when)),
      ...syndromes.flatMap((s) => idsOf(s.when)),
      ...regions.flatMap((r) => [r.defaultSymptom, ...r.questions.flatMap((q) => q.options.flatMap((o) => o.adds ?? []))]),
      ...bodyParts.flatMap((b) => Object.values(b.combos)),
      ...sensations.flatMap((s) => (s.alone ? [s.alone] : [])),
      ...phrasePatterns.map((p) => p.id),
      ...Object.keys(ageHints),
      ...femaleHints,
      ...maleHints,
      ...pregnancyHints,
    ];
    expect(referenced.filter((id) => id !== undefined && !ids.has(id))).toEqual([]);
  });

  it('weights point at canonical keys only, each with a hospital name or a fallback', () => {
    for (const e of allEntries) for (const key of Object.keys(e.weights)) expect(DEPT_KEYS).toContain(key);
    expect(canonicalDepartments.map((c) => c.key).sort()).toEqual([...DEPT_KEYS].sort());
  });

  it('every region has 2–3 follow-up questions and symptoms to pick', () => {
    expect(regions.map((r) => r.id).sort()).toEqual([...REGION_IDS].sort());
    for (const r of knowledgeView().regions) {
      expect(r.questions.length).toBeGreaterThanOrEqual(2);
      expect(r.questions.length).toBeLessThanOrEqual(3);
      expect(r.symptoms.length).toBeGreaterThanOrEqual(1);
      for (const q of r.questions) expect(q.options.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('question and option ids are unique where the engine looks them up', () => {
    const questionIds = regions.flatMap((r) => r.questions.map((q) => q.id));
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('markers do not collide with each other', () => {
    const lists: Record<string, string[]> = {
      negators: markers.negators,
      pseudo: markers.pseudoNegations,
      breakers: markers.scopeBreakers,
      severity: markers.severityWords.map((s) => s.term),
      sudden: markers.suddenWords,
      duration: markers.durationWords.map((d) => d.term),
      person: markers.personCues.map((p) => p.term),
      neutral: markers.neutralWords,
      parts: bodyParts.flatMap((b) => b.terms),
      sensations: sensations.flatMap((s) => s.terms),
    };
    const seen = new Map<string, string>();
    const phrases = new Set(textEntries.flatMap((e) => e.phrases));
    const clashes: string[] = [];
    for (const [list, terms] of Object.entries(lists)) {
      for (const t of terms) {
        if (phrases.has(t)) clashes.push(`${list}:${t} is a phrase`);
        const other = seen.get(t);
        if (other && other !== list) clashes.push(`${t} in ${other} and ${list}`);
        seen.set(t, list);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every data file starts by saying where its content comes from', () => {
    for (const file of readdirSync(dataDir)) {
      const head = readFileSync(join(dataDir, file), 'utf8').slice(0, 1200);
      expect([file, head.startsWith('/**')]).toEqual([file, true]);
      expect([file, /Source|written for this project/.test(head)]).toEqual([file, true]);
    }
  });
});
