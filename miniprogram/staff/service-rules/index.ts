/**
 * 投诉时限与复印收费 (admin): the hospital's complaint time limits (医疗机构投诉管理办法: 5 working days,
 * 10 when several departments are involved, unless the hospital sets others) and the fee for
 * record copies by mail (per page plus postage). Each part is saved on its own.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { ComplaintRules } from '../../shared/dto/feedback';
import type { CopyFees } from '../../shared/dto/record-copies';
import type { Envelope } from '../../shared/envelope';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { feesFormOf, feesOf, rulesFormOf, rulesOf, rulesSummary, type FeesForm, type RulesForm } from './rules-form';

type Loaded = { rules: ComplaintRules; fees: CopyFees };
type FieldEvent = ValueEvent<string> & { currentTarget: { dataset: { field: string } } };

async function loadBoth(hospitalId: string): Promise<Envelope<Loaded>> {
  const [rules, fees] = await Promise.all([api.feedback.getRules({ hospitalId }), api.recordCopies.fees({ hospitalId })]);
  if (!rules.ok) return rules;
  if (!fees.ok) return fees;
  return { ok: true, data: { rules: rules.data.rules, fees: fees.data.fees } };
}

const blankRules = (): RulesForm => ({ singleDays: '', multiDays: '' });
const blankFees = (): FeesForm => ({ perPage: '', postage: '' });
const shownRules = (rules: ComplaintRules) => ({ rules: rulesFormOf(rules), rulesErrors: blankRules(), rulesText: rulesSummary(rules) });
const shownFees = (fees: CopyFees) => ({ fees: feesFormOf(fees), feesErrors: blankFees(), feesText: fees.text });

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Loaded>(),
    rules: blankRules(),
    rulesErrors: blankRules(),
    rulesText: '',
    fees: blankFees(),
    feesErrors: blankFees(),
    feesText: '',
    formError: '',
    saving: '',
  },
  methods: {
    ...remotePage<Loaded>({
      fetch: () => fetchView(() => withHospital(loadBoth)),
      shown: ({ data }) => (data ? { ...shownRules(data.rules), ...shownFees(data.fees) } : {}),
      reloadOnShow: false,
    }),
    onLoad() {
      return this.load();
    },
    onRules(e: FieldEvent) {
      this.setData({ [`rules.${e.currentTarget.dataset.field}`]: e.detail, formError: '' });
    },
    onFees(e: FieldEvent) {
      this.setData({ [`fees.${e.currentTarget.dataset.field}`]: e.detail, formError: '' });
    },
    async onSaveRules() {
      const parsed = rulesOf(this.data.rules);
      this.setData({ rulesErrors: parsed.ok ? blankRules() : parsed.errors, formError: '' });
      if (!parsed.ok || this.data.saving) return;
      this.setData({ saving: 'rules' });
      const res = await withHospital((hospitalId) => api.feedback.saveRules({ hospitalId, ...parsed.rules }));
      this.setData({ saving: '' });
      if (!res.ok) return this.refused(res.error.message);
      this.setData(shownRules(res.data.rules));
      toast('答复时限已保存');
    },
    async onSaveFees() {
      const parsed = feesOf(this.data.fees);
      this.setData({ feesErrors: parsed.ok ? blankFees() : parsed.errors, formError: '' });
      if (!parsed.ok || this.data.saving) return;
      this.setData({ saving: 'fees' });
      const res = await withHospital((hospitalId) => api.recordCopies.saveFees({ hospitalId, perPageFen: parsed.perPageFen, postageFen: parsed.postageFen }));
      this.setData({ saving: '' });
      if (!res.ok) return this.refused(res.error.message);
      this.setData(shownFees(res.data.fees));
      toast('复印收费已保存');
    },
    refused(message: string) {
      this.setData({ formError: message });
      toast(message);
    },
  },
});
