/**
 * 导诊结果: the advice, the top 3 departments with a score bar, the reasons (因为您提到：…), where
 * each is and 挂这个科; what was understood; side notes. The form leaves its answer in the cache;
 * opened without it (WeChat restored the page), the page asks again from the input in its query.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, callPhone, go, openMap, redirect } from '../../api/platform';
import { loadPart, remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import type { Directions } from '../../shared/dto/content';
import type { TriageAssessInput } from '../../shared/dto/triage';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { recallResult, rememberResult } from '../triage-common/cache';
import { alarmUrl, decodeAssess, type Query } from '../triage-common/query';
import { DISCLAIMER, EMERGENCY_NO_BOOKING, resultPage, type ResultPage } from '../triage-common/result';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    input: null as TriageAssessInput | null,
    view: loadingView<ResultPage>(),
    disclaimer: DISCLAIMER,
    noBooking: EMERGENCY_NO_BOOKING,
    directions: loadingView<{ directions: Directions }>(),
  },
  methods: {
    ...remotePage<ResultPage, { input: TriageAssessInput | null }>({
      fetch: ({ input }) => resultView(input),
      then: (page, view) => {
        const input = page.data.input;
        if (!input || !view.data || !view.data.departments.some((d) => d.emergency)) return undefined;
        return loadPart(page, 'directions', () => fetchView(() => api.content.getDirections({ hospitalId: input.hospitalId })));
      },
      // The answer is kept for this input; showing again asks for nothing.
      reloadOnShow: false,
    }),
    onLoad(query: Query) {
      this.setData({ input: decodeAssess(query) });
      return this.load();
    },
    onCallEmergency(e: DataEvent<{ phone: string }>) {
      const phone = e.currentTarget.dataset.phone;
      if (phone) callPhone(phone);
    },
    onRoute() {
      const loaded = this.data.directions.data;
      if (!loaded) return;
      const { latitude, longitude, name, address } = loaded.directions;
      openMap({ latitude, longitude, name, address });
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

/**
 * The answer for the input: the cached one, else asked again; an emergency goes to 急诊提示 and
 * the page stays loading behind it.
 */
async function resultView(input: TriageAssessInput | null): Promise<View<ResultPage>> {
  const cached = input ? recallResult(input) : null;
  if (cached) return { status: 'ready', data: resultPage(cached), error: '' };
  if (!input) return { status: 'empty', data: null, error: '' };
  const res = await api.triage.assess(input);
  if (!res.ok) return { status: 'error', data: null, error: res.error.message };
  if (res.data.emergency) {
    redirect(alarmUrl(res.data, input.hospitalId));
    return loadingView<ResultPage>();
  }
  rememberResult(input, res.data);
  return { status: 'ready', data: resultPage(res.data), error: '' };
}
