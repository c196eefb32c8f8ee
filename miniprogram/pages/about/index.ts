/**
 * 关于: what the app is, the current hospital and how many of the 23 functions it offers, the
 * privacy page, and the user's own WeChat identifier (openid) for an admin granting a staff role.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { api } from '../../api/index';
import { hospitalFunctions } from '../../shared/offers';
import { session, type SessionStore } from '../../stores/session';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: {
      elderMode: 'elderMode',
      hospitalName: 'hospitalName',
      offerText: (store: SessionStore) => (store.hospital ? `本院提供${store.hospital.offers.length}项服务（共${hospitalFunctions.length}项）` : ''),
    },
    actions: [],
  },
  data: {
    openid: '',
  },
  methods: {
    async onLoad() {
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
      const res = await api.staff.me();
      this.setData({ openid: res.ok ? res.data.openid : '暂时无法读取，请稍后重试' });
    },
    onOpenPrivacy() {
      go('/pages/privacy/index');
    },
  },
});
