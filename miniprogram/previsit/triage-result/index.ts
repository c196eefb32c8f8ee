/**
 * 导诊结果: the advice, the top 3 departments with a score bar, the reasons (因为您提到：…), where
 * each is and 挂这个科; what was understood; side notes. The form leaves its answer in the cache;
 * opened without it (WeChat restored the page), the page asks again from the input in its query.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { back, go, redirect } from '../../api/platform';
import { assessTriage } from '../../api/triage';
import type { DataEvent } from '../../components/events';
import type { TriageAssessInput } from '../../shared/dto/triage';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { recallResult, rememberResult } from '../triage-common/cache';
import { alarmUrl, decodeAssess, type Query } from '../triage-common/query';
import { DISCLAIMER, resultPage, type ResultPage } from '../triage-common/result';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    input: null as TriageAssessInput | null,
    view: loadingView<ResultPage>(),
    disclaimer: DISCLAIMER,
  },
  methods: {
    onLoad(query: Query) {
      this.setData({ input: decodeAssess(query) });
      return this.load();
    },
    async load() {
      const input = this.data.input;
      const cached = input ? recallResult(input) : null;
      if (!input || cached) {
        this.show(cached ? { status: 'ready', data: resultPage(cached), error: '' } : { status: 'empty', data: null, error: '' });
        return;
      }
      this.show(loadingView<ResultPage>());
      const res = await assessTriage(input);
      if (!res.ok) {
        this.show({ status: 'error', data: null, error: res.error.message });
        return;
      }
      if (res.data.emergency) {
        redirect(alarmUrl(res.data, input.hospitalId));
        return;
      }
      rememberResult(input, res.data);
      this.show({ status: 'ready', data: resultPage(res.data), error: '' });
    },
    show(view: View<ResultPage>) {
      this.setData({ view });
    },
    onBook(e: DataEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      if (id) go(`/booking/department/index?id=${encodeURIComponent(id)}`);
    },
    onBackToForm() {
      back();
    },
  },
});
