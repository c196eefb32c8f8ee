import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { back, toast } from '../../api/platform';
import { api } from '../../api/index';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { TemplateView } from '../../shared/dto/schedule';
import { Session, sessionLabels } from '../../shared/enums';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
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
    ...remotePage<Templates, { ownerId: string; ownerName: string; form: TemplateForm }>({
      fetch: ({ ownerId }) => fetchView(() => withHospital((hospitalId) => api.schedule.listTemplates({ hospitalId, ownerId: ownerId || undefined }))),
      // The template of the weekday and session asked for, when there is one; the others are taken.
      shown: ({ data }, { form, ownerName }) => {
        if (!data) return {};
        const templates = data.templates;
        const found = templates.find((t) => t.weekday === form.weekday && t.session === form.session);
        const next = found ? formOfTemplate(found) : newTemplateForm(form.weekday, form.session);
        const named = found || templates[0];
        return {
          editing: !!found,
          taken: templates.filter((t) => t !== found).map((t) => keyOf(t.weekday, t.session)),
          ownerName: named ? named.ownerName : ownerName,
          heading: found ? `修改${found.weekdayLabel}${found.sessionLabel}的排班` : '新增排班',
          errors: noTemplateErrors(),
          formError: '',
          ...formFields(next),
        };
      },
      reloadOnShow: false,
    }),
    ...formPage<TemplateField>({ fieldOf: templateFieldOf }),
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
    setForm(form: TemplateForm) {
      this.setData(formFields(form));
    },
    /** A field with the preview of the slots it makes (formPage's setField does not compute it). */
    setTemplateField<K extends TemplateField>(field: K, value: TemplateForm[K]) {
      const form = { ...this.data.form, [field]: value };
      this.setData({ [`errors.${field}`]: '', formError: '' });
      this.setForm(form);
    },
    onWeekday(e: ValueEvent<number | string>) {
      this.setTemplateField('weekday', Number(e.detail));
      this.setData({ 'errors.session': '' });
    },
    onSession(e: ValueEvent<string>) {
      if (!isSession(e.detail)) return;
      const hours = defaultSessionHours[e.detail];
      this.setData({ 'errors.startTime': '', 'errors.endTime': '', 'errors.session': '' });
      this.setForm({ ...this.data.form, session: e.detail, startTime: hours.start, endTime: hours.end });
    },
    onStartTime(e: ValueEvent<string>) {
      this.setTemplateField('startTime', e.detail);
    },
    onEndTime(e: ValueEvent<string>) {
      this.setTemplateField('endTime', e.detail);
    },
    onSlotMinutes(e: ValueEvent<number | string>) {
      this.setTemplateField('slotMinutes', Number(e.detail));
    },
    onCapacity(e: ValueEvent<string>) {
      this.setTemplateField('capacity', e.detail);
    },
    onOnsiteReserve(e: ValueEvent<string>) {
      this.setTemplateField('onsiteReserve', e.detail);
    },
    onFee(e: ValueEvent<string>) {
      this.setTemplateField('fee', e.detail);
    },
    async onSave() {
      const { form, taken, ownerType, ownerId } = this.data;
      const errors = validateTemplate(form, this.data.editing ? [] : taken);
      const saved = await this.submit(errors, () =>
        withHospital((hospitalId) => api.schedule.saveTemplate({ hospitalId, ...templateInput(form, ownerType, ownerId) })),
      );
      if (!saved) return;
      toast(`已保存${saved.template.weekdayLabel}${sessionLabels[saved.template.session]}的排班，请记得发布号源`);
      back();
    },
  },
});

/** The form with its session's bounds and the preview of its slots. */
function formFields(form: TemplateForm) {
  return { form, hint: boundsHint(form.session), preview: templatePreview(form) };
}
