/**
 * 发布改进 (role service): a change the hospital made after feedback, published at once in 你说我改.
 * One request id per form, so a double tap publishes once.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, redirect, toast } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import { makeRequestId } from '../../shared/request-id';
import { session } from '../../stores/session';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { title: '', departmentName: '', text: '', error: '', submitting: false, requestId: '' },
  methods: {
    onLoad() {
      this.setData({ requestId: makeRequestId(Date.now(), Math.random) });
    },
    onTitle(e: ValueEvent<string>) {
      this.setData({ title: e.detail, error: '' });
    },
    onDepartment(e: ValueEvent<string>) {
      this.setData({ departmentName: e.detail });
    },
    onText(e: ValueEvent<string>) {
      this.setData({ text: e.detail, error: '' });
    },
    async onSubmit() {
      const title = this.data.title.trim();
      const text = this.data.text.trim();
      if (!title || !text) {
        this.setData({ error: '请填写标题和改进内容' });
        return;
      }
      if (this.data.submitting || !(await confirm('发布改进', '发布后所有患者都能在“你说我改”中看到。', '发布'))) return;
      this.setData({ submitting: true });
      const departmentName = this.data.departmentName.trim();
      const res = await api.feedback.addChange({
        hospitalId: session.hospitalId,
        title,
        text,
        ...(departmentName ? { departmentName } : {}),
        requestId: this.data.requestId,
      });
      this.setData({ submitting: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      toast('已发布');
      redirect('/postvisit/changes/index');
    },
  },
});
