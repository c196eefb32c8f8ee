/**
 * 心理危机: the screen for anyone who said they want to hurt or kill themselves. Calm words, then
 * the 24-hour psychological assistance line 12356 (and the hospital's own line when it has one)
 * and 120 — 120 first when something dangerous has already happened (pills taken, bleeding). No
 * department list: the lines need no network, the hospital's line is looked up afterwards.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone } from '../../api/platform';
import type { PhoneEntryView } from '../../shared/dto/content';
import { session } from '../../stores/session';
import { hospitalCrisisLine, NATIONAL_CRISIS_LINE } from '../triage-common/crisis';
import { decodeCrisis, type Query } from '../triage-common/query';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    bodily: false,
    nationalLine: NATIONAL_CRISIS_LINE,
    hospitalLine: null as PhoneEntryView | null,
  },
  methods: {
    onLoad(query: Query) {
      const info = decodeCrisis(query);
      this.setData({ bodily: info.bodily });
      return this.loadHospitalLine(info.hospitalId || session.hospitalId);
    },
    async loadHospitalLine(hospitalId: string) {
      if (!hospitalId) return;
      const res = await api.content.listPhones({ hospitalId });
      if (res.ok) this.setData({ hospitalLine: hospitalCrisisLine(res.data.phoneBook) });
    },
    onCallNational() {
      callPhone(NATIONAL_CRISIS_LINE);
    },
    onCallHospital() {
      const line = this.data.hospitalLine;
      if (line) callPhone(line.number);
    },
    onCall120() {
      callPhone('120');
    },
  },
});
