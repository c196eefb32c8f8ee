/**
 * 添加 / 修改就诊人: name, relation, document and phone, checked as the server checks them before
 * sending, with the server's refusals shown on their field. A new member is sent with one request
 * id per form; editing asks for the full ID number and phone again (the list has masked ones).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, toast } from '../../api/platform';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { PatientView } from '../../shared/dto/booking';
import { ErrorCode } from '../../shared/errors';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { recordView } from '../../stores/remote';
import {
  emptyPatientForm,
  fieldOf,
  formOfPatient,
  idTypeOptions,
  noPatientErrors,
  patientInput,
  relationOptions,
  validatePatient,
  type PatientField,
} from '../common/patient-form';
import { makeRequestId } from '../../shared/request-id';
import { family } from '../../stores/family';

async function findPatient(patientId: string): Promise<View<PatientView>> {
  return recordView(patientId, async (id) => {
    const res = await family.members.get();
    if (!res.ok) return res;
    const found = res.data.patients.find((p) => p.id === id);
    return found ? { ok: true, data: found } : { ok: false, error: { code: ErrorCode.NOT_FOUND, message: '没有找到这位就诊人' } };
  });
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    patientId: '',
    requestId: '',
    relationOptions,
    idTypeOptions,
    view: loadingView<PatientView | null>(),
    masked: { idNumber: '', phone: '' },
    form: emptyPatientForm(),
    errors: noPatientErrors(),
    formError: '',
    saving: false,
  },
  methods: {
    ...remotePage<PatientView | null, { patientId: string }>({
      // A new member has nothing to load: the empty form.
      fetch: ({ patientId }) => (patientId ? findPatient(patientId) : Promise.resolve({ status: 'ready', data: null, error: '' })),
      shown: ({ data: p }) => (p ? { form: formOfPatient(p), masked: { idNumber: p.idNumberMasked, phone: p.phoneMasked } } : {}),
      // The form being typed is never reset by coming back to the page.
      reloadOnShow: false,
    }),
    ...formPage<PatientField>({ fieldOf }),
    onLoad(query: Record<string, string | undefined>) {
      const id = query.id || '';
      this.setData({ patientId: id, requestId: id ? '' : makeRequestId(Date.now(), Math.random) });
      return this.load();
    },
    onName(e: ValueEvent<string>) {
      this.setField('name', e.detail);
    },
    onRelation(e: ValueEvent<string>) {
      const option = relationOptions.find((o) => o.value === e.detail);
      if (option) this.setField('relation', option.value);
    },
    onIdType(e: ValueEvent<string>) {
      const option = idTypeOptions.find((o) => o.value === e.detail);
      if (option) this.setData({ 'form.idType': option.value, 'errors.idNumber': '', formError: '' });
    },
    onIdNumber(e: ValueEvent<string>) {
      this.setField('idNumber', e.detail);
    },
    onPhone(e: ValueEvent<string>) {
      this.setField('phone', e.detail);
    },
    async onSave() {
      const { form, patientId, requestId } = this.data;
      const errors = validatePatient(form);
      const input = patientInput(form);
      // No input only while the relation is not chosen: the validation's message, nothing sent.
      if (!input) {
        this.setData({ errors, formError: '' });
        return;
      }
      const saved = await this.submit(errors, () => (patientId ? api.patients.update({ patientId, ...input }) : api.patients.add({ ...input, requestId })));
      if (!saved) return;
      toast('已保存');
      void family.changed();
      back();
    },
  },
});
