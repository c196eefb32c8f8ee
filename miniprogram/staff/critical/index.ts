/**
 * 危急值处置: the hospital's reports holding a critical value that no one has handed over yet,
 * oldest first, with the results and the patient's phone. A doctor or nurse calls, then records
 * whom they reached and how; the report leaves the list and the patient's page shows its results.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { callPhone, confirm, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import { api } from '../../api/index';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { CriticalTask } from '../../shared/dto/records';
import { makeRequestId } from '../../shared/request-id';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';

type Tasks = { tasks: CriticalTask[] };
type Method = 'phone' | 'in_person' | 'other';

const noForm = () => ({ reportId: '', contactedPerson: '', method: 'phone' as Method, note: '', error: '', requestId: '' });

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Tasks>(),
    form: noForm(),
    saving: false,
    methods: [
      { value: 'phone', label: '电话' },
      { value: 'in_person', label: '当面' },
      { value: 'other', label: '其他' },
    ],
  },
  methods: {
    ...remotePage<Tasks>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId: string) => api.records.criticalList({ hospitalId })),
          (d) => d.tasks.length === 0,
        ),
      // Each answer closes the contact form; not on show, so coming back from a call keeps what was typed.
      shown: () => ({ form: noForm() }),
      reloadOnShow: false,
    }),
    onLoad() {
      return this.load();
    },
    onCall(e: DataEvent<{ phone: string }>) {
      callPhone(e.currentTarget.dataset.phone);
    },
    onStart(e: DataEvent<{ id: string }>) {
      this.setData({ form: { ...noForm(), reportId: e.currentTarget.dataset.id, requestId: makeRequestId(Date.now(), Math.random) } });
    },
    onPerson(e: ValueEvent<string>) {
      this.setData({ 'form.contactedPerson': e.detail, 'form.error': '' });
    },
    onNote(e: ValueEvent<string>) {
      this.setData({ 'form.note': e.detail });
    },
    onMethod(e: DataEvent<{ value: Method }>) {
      this.setData({ 'form.method': e.currentTarget.dataset.value });
    },
    async onSave() {
      const { form } = this.data;
      if (!form.contactedPerson.trim()) {
        this.setData({ 'form.error': '请填写联系到的人（患者本人或家属）' });
        return;
      }
      if (!(await confirm('确认已告知危急值', `已将危急值告知${form.contactedPerson}？提交后患者可在小程序查看报告结果。`))) return;
      this.setData({ saving: true });
      const res = await api.records.recordContact({
        reportId: form.reportId,
        contactedPerson: form.contactedPerson,
        method: form.method,
        note: form.note,
        requestId: form.requestId,
      });
      this.setData({ saving: false });
      if (!res.ok) {
        this.setData({ 'form.error': res.error.message });
        return;
      }
      toast('已记录');
      await this.load();
    },
  },
});
