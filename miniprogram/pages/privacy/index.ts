/** 隐私说明: what the app stores about the user and who may see it (./sections.ts). */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { session } from '../../stores/session';
import { privacySections } from './sections';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    sections: privacySections,
  },
  methods: {},
});
