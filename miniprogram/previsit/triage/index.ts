/**
 * 智能导诊: who it is for, the complaint in the patient's own words and/or on the body map
 * (front and back; a region's symptom chips and follow-up questions), then 开始分析. An emergency
 * replaces this page with the emergency screen; a result opens the result page; when the engine
 * needs symptoms, it says so here.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, redirect } from '../../api/platform';
import { api } from '../../api/index';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { regionForZone, type Side } from '../triage-common/body-map';
import { rememberResult } from '../triage-common/cache';
import {
  assessInput,
  canBePregnant,
  checkAge,
  defaultWho,
  EMPTY_PROMPT,
  hasComplaint,
  isSelf,
  MANUAL,
  MAX_TEXT,
  personOf,
  PREGNANCY_UNSURE_HINT,
  pregnancyOptions,
  pregnancyQuestion,
  whoOptions,
  type PregnancyAnswer,
  type WhoOption,
} from '../triage-common/form';
import { loadTriageForm, type TriageFormData } from '../triage-common/load';
import { remotePage } from '../../behaviors/remote-page';
import { allowedSymptoms, bodyMapView, emptyPicks, parseAnswerName, picksOf, setAnswer, toggleSymptom, type PickState } from '../triage-common/picks';
import { alarmUrl, resultUrl } from '../triage-common/query';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<TriageFormData>(),
    maxText: MAX_TEXT,
    autosize: { minHeight: 160 },
    whoOptions: [] as WhoOption[],
    who: MANUAL,
    manual: { age: '', sex: '' as '' | 'male' | 'female' },
    ageError: '',
    showPregnant: false,
    pregnancyQuestion: pregnancyQuestion(true),
    pregnancyOptions,
    pregnancy: '' as PregnancyAnswer,
    pregnancyHint: '',
    text: '',
    picks: emptyPicks(),
    map: bodyMapView([], emptyPicks(), null),
    formError: '',
    hint: '',
    hintNotices: [] as string[],
    analyzing: false,
  },
  methods: {
    ...remotePage<TriageFormData>({ reloadOnShow: false, fetch: () => loadTriageForm() }),
    onLoad() {
      return this.open();
    },
    /** Loads the form (the page behaviour: loading, error, last load shown), then who it is for by default. Also 重试. */
    async open() {
      await this.load();
      const patients = this.data.view.data ? this.data.view.data.patients : [];
      this.setData({ whoOptions: whoOptions(patients), who: defaultWho(patients) });
      this.refresh(this.data.picks);
    },
    person() {
      const patients = this.data.view.data ? this.data.view.data.patients : [];
      return personOf(this.data.who, patients, this.data.manual);
    },
    /** Recomputes the body map and the person-dependent parts after any change. */
    refresh(picks: PickState) {
      const regions = this.data.view.data ? this.data.view.data.regions : [];
      const person = this.person();
      const kept = { ...picks, symptomIds: allowedSymptoms(regions, picks.symptomIds, person.sex) };
      const showPregnant = canBePregnant(person);
      const patients = this.data.view.data ? this.data.view.data.patients : [];
      const pregnancy: PregnancyAnswer = showPregnant ? this.data.pregnancy : '';
      this.setData({
        picks: kept,
        map: bodyMapView(regions, kept, person.sex),
        showPregnant,
        pregnancyQuestion: pregnancyQuestion(isSelf(this.data.who, patients)),
        pregnancy,
        pregnancyHint: pregnancy === 'unsure' ? PREGNANCY_UNSURE_HINT : '',
      });
    },
    clearMessages() {
      this.setData({ formError: '', hint: '', hintNotices: [] });
    },
    onWho(e: ValueEvent<string>) {
      const known = this.data.whoOptions.some((o: WhoOption) => o.value === e.detail);
      if (!known) return;
      this.setData({ who: e.detail, ageError: '' });
      this.refresh(this.data.picks);
    },
    onAge(e: ValueEvent<string>) {
      this.setData({ 'manual.age': e.detail, ageError: '' });
      this.refresh(this.data.picks);
    },
    onSex(e: ValueEvent<string>) {
      if (e.detail !== 'male' && e.detail !== 'female') return;
      this.setData({ 'manual.sex': e.detail });
      this.refresh(this.data.picks);
    },
    onPregnancy(e: ValueEvent<string>) {
      const answer = pregnancyOptions.find((o) => o.value === e.detail);
      if (!answer) return;
      this.setData({ pregnancy: answer.value, pregnancyHint: answer.value === 'unsure' ? PREGNANCY_UNSURE_HINT : '' });
    },
    onText(e: ValueEvent<string>) {
      this.setData({ text: e.detail });
      this.clearMessages();
    },
    onSide(e: DataEvent<{ side: Side }>) {
      const side = e.currentTarget.dataset.side === 'back' ? 'back' : 'front';
      this.refresh({ ...this.data.picks, side });
    },
    onZone(e: DataEvent<{ zone: string }>) {
      const regions = this.data.view.data ? this.data.view.data.regions : [];
      const { side, regionId } = this.data.picks;
      const next = regionForZone(
        side,
        e.currentTarget.dataset.zone,
        regions.map((r) => r.id),
        regionId,
      );
      if (next) this.selectRegion(next);
    },
    onRegion(e: DataEvent<{ id: string }>) {
      this.selectRegion(e.currentTarget.dataset.id);
    },
    selectRegion(regionId: string) {
      this.clearMessages();
      this.refresh({ ...this.data.picks, regionId });
    },
    onSymptom(e: DataEvent<{ id: string }>) {
      this.clearMessages();
      this.refresh({ ...this.data.picks, symptomIds: toggleSymptom(this.data.picks.symptomIds, e.currentTarget.dataset.id) });
    },
    onAnswer(e: ValueEvent<string>) {
      this.answer(e.detail);
    },
    /** A tap anywhere on an option's row chooses it, not only on the circle or its words. */
    onAnswerRow(e: DataEvent<{ name: string }>) {
      this.answer(e.currentTarget.dataset.name);
    },
    answer(name: string) {
      const answer = parseAnswerName(name);
      if (!answer) return;
      this.clearMessages();
      this.refresh({ ...this.data.picks, answers: setAnswer(this.data.picks.answers, answer) });
    },
    onClearPicks() {
      this.refresh(emptyPicks(this.data.picks.side));
    },
    async onAnalyze() {
      const data = this.data.view.data;
      if (this.data.analyzing || !data) return;
      const { text, who, manual, pregnancy } = this.data;
      const age = checkAge(manual.age);
      if (who === MANUAL && !age.ok) {
        this.setData({ ageError: age.message });
        return;
      }
      const picks = picksOf(this.data.picks);
      if (!hasComplaint(text, picks)) {
        this.setData({ formError: EMPTY_PROMPT, hint: '', hintNotices: [] });
        return;
      }
      const input = assessInput({ hospitalId: session.hospitalId || data.hospitalId, text, who, manual, pregnancy, picks }, this.person());
      this.clearMessages();
      this.setData({ analyzing: true });
      const res = await api.triage.assess(input);
      this.setData({ analyzing: false });
      if (!res.ok) {
        this.setData({ formError: res.error.message });
        return;
      }
      const result = res.data;
      if (result.emergency) {
        redirect(alarmUrl(result, input.hospitalId));
        return;
      }
      if (result.status === 'need_symptoms') {
        this.setData({ hint: result.advice, hintNotices: result.notices });
        return;
      }
      rememberResult(input, result);
      go(resultUrl(input));
    },
  },
});
