/**
 * 诊区签到码: a clinic area's signed check-in code drawn as a QR code, large, with the area's name and
 * place and what patients do with it — to show a patient or to screenshot and print for the area's
 * entrance. Opened from the 叫号台 (the session's area) and from 护士诊区 (every area, for the admin).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import type { AreaCodeView } from '../../shared/dto/queue';
import { remotePage } from '../../behaviors/remote-page';
import { recordView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { qrDrawing, type QrDrawing } from '../common/qr-drawing';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    departmentId: '',
    view: loadingView<AreaCodeView>() as View<AreaCodeView>,
    qr: null as QrDrawing | null,
  },
  methods: {
    ...remotePage<AreaCodeView, { departmentId: string }>({
      fetch: ({ departmentId }) => recordView(departmentId, (id) => api.queue.areaCode({ departmentId: id })),
      shown: ({ data }) => ({ qr: data ? qrDrawing(data.qr) : null }),
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.departmentId || '' });
      return this.load();
    },
  },
});
