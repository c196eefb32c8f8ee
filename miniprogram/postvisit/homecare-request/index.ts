/**
 * 预约上门护理: the service, the family member and who they are (the pilot's groups), the address
 * from WeChat, the day and window, the condition, photos and the doctor's order where the service
 * needs one, and the risk screen (allergies, infectious disease, consciousness, aggression at home).
 * The server may refuse at once with its reason; the request's page shows it.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { chooseAddress, choosePhoto, pickLocation, redirect, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { MailAddress } from '../../shared/dto/record-copies';
import type { ValueEvent } from '../../components/events';
import type { CatalogItemView } from '../../shared/dto/homecare';
import type { Consciousness, HomecareGroup } from '../../shared/enums';
import { maskedAddressText } from '../../shared/address';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { consciousnessOptions, dayOptions, formProblem, groupOptions, windowOptions } from './form';
import { family } from '../../stores/family';

interface Setup {
  service: CatalogItemView;
  patients: Array<{ id: string; name: string }>;
}

const newRequestId = () => makeRequestId(Date.now(), Math.random);

/** The service asked for (by its code, empty when the catalog has none such) and the family members. */
async function loadSetup(code: string): Promise<View<Setup>> {
  const [catalog, patients] = await Promise.all([api.homecare.catalog({ hospitalId: session.hospitalId }), family.members.get()]);
  if (!catalog.ok) return { status: 'error', data: null, error: catalog.error.message };
  if (!patients.ok) return { status: 'error', data: null, error: patients.error.message };
  const service = catalog.data.services.find((s) => s.code === code);
  return service
    ? { status: 'ready', data: { service, patients: patients.data.patients.map((p) => ({ id: p.id, name: p.name })) }, error: '' }
    : { status: 'empty', data: null, error: '' };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    code: '',
    view: loadingView<Setup>(),
    groupOptions,
    consciousnessOptions,
    windowOptions,
    days: dayOptions(Date.now()),
    patientId: '',
    group: 'elderly' as HomecareGroup,
    date: '',
    window: '08:00-10:00',
    address: null as MailAddress | null,
    addressText: '',
    location: null as { latitude: number; longitude: number } | null,
    locationText: '',
    condition: '',
    photoIds: [] as string[],
    doctorOrderPhotoId: '',
    drugAllergy: false,
    infectious: false,
    aggression: false,
    consciousness: 'clear' as Consciousness,
    problem: '',
    busy: false,
    requestId: '',
  },
  methods: {
    ...remotePage<Setup, { code: string }>({
      fetch: ({ code }) => loadSetup(code),
      shown: ({ data }) => ({ patientId: data && data.patients[0] ? data.patients[0].id : '' }),
      // Back from the photo, address or location picker: what was filled in stays.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      const days = dayOptions(Date.now());
      this.setData({ code: (query.service || '').trim(), days, date: days[0].value, requestId: newRequestId() });
      return this.load();
    },
    onPatient(e: ValueEvent<string>) {
      this.setData({ patientId: e.detail });
    },
    onGroup(e: ValueEvent<HomecareGroup>) {
      this.setData({ group: e.detail });
    },
    onDate(e: ValueEvent<string>) {
      this.setData({ date: e.detail });
    },
    onWindow(e: ValueEvent<string>) {
      this.setData({ window: e.detail });
    },
    onCondition(e: ValueEvent<string>) {
      this.setData({ condition: e.detail, problem: '' });
    },
    onAllergy(e: ValueEvent<boolean>) {
      this.setData({ drugAllergy: e.detail });
    },
    onInfectious(e: ValueEvent<boolean>) {
      this.setData({ infectious: e.detail });
    },
    onAggression(e: ValueEvent<boolean>) {
      this.setData({ aggression: e.detail });
    },
    onConsciousness(e: ValueEvent<Consciousness>) {
      this.setData({ consciousness: e.detail });
    },
    async onLocation() {
      const place = await pickLocation();
      if (place) this.setData({ location: { latitude: place.latitude, longitude: place.longitude }, locationText: `已标出：${place.name}` });
    },
    async onAddress() {
      const address = await chooseAddress();
      if (address) this.setData({ address, addressText: maskedAddressText(address), problem: '' });
    },
    async upload(): Promise<string | null> {
      const image = await choosePhoto();
      if (!image) return null;
      this.setData({ busy: true });
      const res = await api.homecare.attach({ hospitalId: session.hospitalId, image, requestId: newRequestId() });
      this.setData({ busy: false });
      if (!res.ok) {
        toast(res.error.message);
        return null;
      }
      return res.data.photoId;
    },
    async onOrderPhoto() {
      const id = await this.upload();
      if (id) this.setData({ doctorOrderPhotoId: id, problem: '' });
    },
    async onPhoto() {
      if (this.data.photoIds.length >= 3) return;
      const id = await this.upload();
      if (id) this.setData({ photoIds: [...this.data.photoIds, id] });
    },
    async onSubmit() {
      const setup = this.data.view.data;
      const { patientId, condition, address, doctorOrderPhotoId } = this.data;
      if (!setup || this.data.busy) return;
      const problem = formProblem({ patientId, condition, addressChosen: address !== null, needsOrder: setup.service.needsOrder, doctorOrderPhotoId });
      this.setData({ problem });
      if (problem || !address) return;
      const [startTime, endTime] = this.data.window.split('-');
      this.setData({ busy: true });
      const res = await api.homecare.request({
        hospitalId: session.hospitalId,
        patientId,
        group: this.data.group,
        serviceCode: setup.service.code,
        address,
        ...(this.data.location ? { location: this.data.location } : {}),
        date: this.data.date,
        startTime,
        endTime,
        condition: condition.trim(),
        photoIds: this.data.photoIds,
        ...(doctorOrderPhotoId ? { doctorOrderPhotoId } : {}),
        risk: {
          drugAllergy: this.data.drugAllergy,
          infectious: this.data.infectious,
          consciousness: this.data.consciousness,
          aggression: this.data.aggression,
        },
        requestId: this.data.requestId,
      });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      redirect(`/postvisit/homecare-detail/index?id=${res.data.request.id}`);
    },
  },
});
