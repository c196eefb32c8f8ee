/**
 * 投诉与建议: a category, the text and up to 6 photos (uploaded as private files, seen only by the
 * patient and the hospital's service desk). The hospital's first receiver answers within its limit
 * of working days; after sending, the complaint's page shows the clock.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { choosePhoto, redirect, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ComplaintCategory } from '../../shared/enums';
import { makeRequestId } from '../../shared/request-id';
import { session } from '../../stores/session';
import { categoryOptions, MAX_PHOTOS, textProblem } from './form';

const newRequestId = () => makeRequestId(Date.now(), Math.random);

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: {
    appointmentId: '',
    categories: categoryOptions,
    category: 'service' as ComplaintCategory,
    text: '',
    textError: '',
    photoIds: [] as string[],
    uploading: false,
    submitting: false,
    refusal: '',
    requestId: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: (query.appointmentId || '').trim(), requestId: newRequestId() });
    },
    onCategory(e: ValueEvent<ComplaintCategory>) {
      this.setData({ category: e.detail });
    },
    onCategoryCell(e: DataEvent<{ name: ComplaintCategory }>) {
      this.setData({ category: e.currentTarget.dataset.name });
    },
    onText(e: ValueEvent<string>) {
      this.setData({ text: e.detail, textError: '' });
    },
    async onAddPhoto() {
      if (this.data.uploading || this.data.photoIds.length >= MAX_PHOTOS) return;
      const image = await choosePhoto();
      if (!image) return;
      this.setData({ uploading: true });
      const res = await api.feedback.attach({ hospitalId: session.hospitalId, image, requestId: newRequestId() });
      this.setData({ uploading: false });
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      this.setData({ photoIds: [...this.data.photoIds, res.data.photoId] });
    },
    onRemovePhoto(e: DataEvent<{ index: number }>) {
      this.setData({ photoIds: this.data.photoIds.filter((_, i) => i !== e.currentTarget.dataset.index) });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      const textError = textProblem(this.data.text);
      this.setData({ textError, refusal: '' });
      if (textError) return;
      this.setData({ submitting: true });
      const { category, text, appointmentId, photoIds, requestId } = this.data;
      const res = await api.feedback.complain({
        hospitalId: session.hospitalId,
        category,
        text: text.trim(),
        photoIds,
        ...(appointmentId ? { appointmentId } : {}),
        requestId,
      });
      if (!res.ok) {
        this.setData({ submitting: false, refusal: res.error.message });
        return;
      }
      this.setData({ submitting: false });
      toast('已受理');
      redirect(`/postvisit/complaint/index?id=${res.data.complaint.id}`);
    },
  },
});
