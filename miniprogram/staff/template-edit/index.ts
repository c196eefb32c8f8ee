import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { back, toast } from '../../api/platform';
import { api } from '../../api/index';
import type { ValueEvent } from '../../components/events';
import type { TemplateView } from '../../shared/dto/schedule';
import { Session, sessionLabels } from '../../shared/enums';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { isValid } from '../common/form';
import { withHospital } from '../common/hospital';
import { defaultSessionHours } from '../../shared/schedule-rules';
import {
  boundsHint,
  decodedQuery,
  formOfTemplate,
  isSession,
  keyOf,
  newTemplateForm,
  noTemplateErrors,
  sessionChoices,
  slotChoices,
  templateFieldOf,
  templateInput,
  templatePreview,
  validateTemplate,
  weekdayChoices,
  weekdayOf,
  type TemplateField,
  type TemplateForm,
} from './template-form';

type Templates = { templates: TemplateView[] };

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    weekdayChoices,
    sessionChoices,
    slotChoices,
    ownerType: 'doctor' as 'doctor' | 'resource',
    ownerId: '',
    ownerName: '',
    heading: '',
    editing: false,
    taken: [] as string[],
    view: loadingView<Templates>(),
    form: newTemplateForm(1, Session.am),
    errors: noTemplateErrors(),
    hint: boundsHint(Session.am),
    preview: '',
    formError: '',
    saving: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const s = isSession(query.session) ? query.session : Session.am;
      this.setData({
        ownerType: query.ownerType === 'resource' ? 'resource' : 'doctor',
        ownerId: query.ownerId || '',
        ownerName: decodedQuery(query.name),
        form: newTemplateForm(weekdayOf(query.weekday), s),
      });
      return this.load();
    },
    async load() {
      const { ownerId, form } = this.data;
      this.setData({ view: loadingView<Templates>() });
      const view = await fetchView(() => withHospital((hospitalId) => api.schedule.listTemplates({ hospitalId, ownerId: ownerId || undefined })));
      if (!view.data) {
        this.setData({ view });
        return;
      }
      const templates = view.data.templates;
      const found = templates.find((t) => t.weekday === form.weekday && t.session === form.session);
      const next = found ? formOfTemplate(found) : newTemplateForm(form.weekday, form.session);
      const named = found || templates[0];
      this.setData({
        view,
        editing: !!found,
        taken: templates.filter((t) => t !== found).map((t) => keyOf(t.weekday, t.session)),
        ownerName: named ? named.ownerName : this.data.ownerName,
        heading: found ? `修改${found.weekdayLabel}${found.sessionLabel}的排班` : '新增排班',
        errors: noTemplateErrors(),
        formError: '',
      });
      this.setForm(next);
    },
    setForm(form: TemplateForm) {
      this.setData({ form, hint: boundsHint(form.session), preview: templatePreview(form) });
    },
    setField<K extends TemplateField>(field: K, value: TemplateForm[K]) {
      const form = { ...this.data.form, [field]: value };
      this.setData({ [`errors.${field}`]: '', formError: '' });
      this.setForm(form);
    },
    onWeekday(e: ValueEvent<number | string>) {
      this.setField('weekday', Number(e.detail));
      this.setData({ 'errors.session': '' });
    },
    onSession(e: ValueEvent<string>) {
      if (!isSession(e.detail)) return;
      const hours = defaultSessionHours[e.detail];
      this.setData({ 'errors.startTime': '', 'errors.endTime': '', 'errors.session': '' });
      this.setForm({ ...this.data.form, session: e.detail, startTime: hours.start, endTime: hours.end });
    },
    onStartTime(e: ValueEvent<string>) {
      this.setField('startTime', e.detail);
    },
    onEndTime(e: ValueEvent<string>) {
      this.setField('endTime', e.detail);
    },
    onSlotMinutes(e: ValueEvent<number | string>) {
      this.setField('slotMinutes', Number(e.detail));
    },
    onCapacity(e: ValueEvent<string>) {
      this.setField('capacity', e.detail);
    },
    onOnsiteReserve(e: ValueEvent<string>) {
      this.setField('onsiteReserve', e.detail);
    },
    onFee(e: ValueEvent<string>) {
      this.setField('fee', e.detail);
    },
    async onSave() {
      const { form, taken, ownerType, ownerId } = this.data;
      const errors = validateTemplate(form, this.data.editing ? [] : taken);
      this.setData({ errors, formError: '' });
      if (!isValid(errors) || this.data.saving) return;
      this.setData({ saving: true });
      const res = await withHospital((hospitalId) => api.schedule.saveTemplate({ hospitalId, ...templateInput(form, ownerType, ownerId) }));
      this.setData({ saving: false });
      if (!res.ok) {
        const field = templateFieldOf(res.error.field);
        if (field) this.setData({ [`errors.${field}`]: res.error.message });
        else this.setData({ formError: res.error.message });
        toast(res.error.message);
        return;
      }
      toast(`已保存${res.data.template.weekdayLabel}${sessionLabels[res.data.template.session]}的排班，请记得发布号源`);
      back();
    },
  },
});
