/**
 * 申请病历复印: who applies (the patient, an agent, a deceased patient's heir or their agent) and
 * the proofs that takes, uploaded as private photos; the visits and the parts of the record the
 * rules allow; the purpose; the address from WeChat's address book. One request id per form.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { chooseAddress, choosePhoto, redirect, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { MailAddress } from '../../shared/dto/record-copies';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ApplicantType, CopyPurpose, RecordPart } from '../../shared/enums';
import { maskedAddressText } from '../../shared/address';
import { makeRequestId } from '../../shared/request-id';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { applicantOptions, draftProblem, partOptions, proofRows, purposeOptions, type ProofRow } from './form';
import { loadForm, type FormData } from './load';

const newRequestId = () => makeRequestId(Date.now(), Math.random);

interface Applicant {
  applicantType: ApplicantType;
  applicantName: string;
}

/** The patient chosen: their visits (none ticked yet), and their name as the applicant's when they apply themselves. */
function patientPicked(form: FormData | null, patientId: string, { applicantType, applicantName }: Applicant) {
  const patient = form ? form.patients.find((p) => p.id === patientId) : undefined;
  return {
    patientId,
    patientVisits: form ? form.visits.filter((v) => v.patientId === patientId) : [],
    visitIds: [],
    applicantName: applicantType === 'self' && patient ? patient.name : applicantName,
  };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<FormData>(),
    applicantOptions,
    purposeOptions,
    partOptions,
    patientId: '',
    patientVisits: [] as FormData['visits'],
    applicantType: 'self' as ApplicantType,
    applicantName: '',
    rows: proofRows('self', []),
    visitIds: [] as string[],
    parts: [] as RecordPart[],
    purpose: 'insurance' as CopyPurpose,
    address: null as MailAddress | null,
    addressText: '',
    uploading: '',
    problem: '',
    submitting: false,
    requestId: '',
  },
  methods: {
    ...remotePage<FormData, Applicant>({
      fetch: () => loadForm(session.hospitalId),
      shown: ({ data: form }, data) => (form && form.visits[0] ? patientPicked(form, form.visits[0].patientId, data) : {}),
      // Back from the photo or address picker: what was filled in stays.
      reloadOnShow: false,
    }),
    onLoad() {
      this.setData({ requestId: newRequestId() });
      return this.load();
    },
    pickPatient(patientId: string) {
      this.setData(patientPicked(this.data.view.data, patientId, this.data));
    },
    onPatient(e: ValueEvent<string>) {
      this.pickPatient(e.detail);
    },
    onApplicantType(e: ValueEvent<ApplicantType>) {
      this.setData({ applicantType: e.detail, rows: proofRows(e.detail, this.data.rows), problem: '' });
    },
    onApplicantName(e: ValueEvent<string>) {
      this.setData({ applicantName: e.detail });
    },
    onVisits(e: ValueEvent<string[]>) {
      this.setData({ visitIds: e.detail });
    },
    onParts(e: ValueEvent<RecordPart[]>) {
      this.setData({ parts: e.detail });
    },
    onPurpose(e: ValueEvent<CopyPurpose>) {
      this.setData({ purpose: e.detail });
    },
    async onUpload(e: DataEvent<{ index: number }>) {
      const index = e.currentTarget.dataset.index;
      const row: ProofRow | undefined = this.data.rows[index];
      if (!row || this.data.uploading) return;
      const image = await choosePhoto();
      if (!image) return;
      this.setData({ uploading: row.kind });
      const res = await api.recordCopies.attach({ hospitalId: session.hospitalId, image, requestId: newRequestId() });
      this.setData({ uploading: '' });
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      this.setData({ [`rows[${index}].proofId`]: res.data.proofId, problem: '' });
    },
    async onAddress() {
      const address = await chooseAddress();
      if (address) this.setData({ address, addressText: maskedAddressText(address), problem: '' });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      const { patientId, applicantName, rows, visitIds, parts, address, applicantType, purpose, requestId } = this.data;
      const problem = draftProblem({ patientId, applicantName, rows, visitIds, parts, address });
      this.setData({ problem });
      if (problem || !address) return;
      this.setData({ submitting: true });
      const res = await api.recordCopies.apply({
        hospitalId: session.hospitalId,
        patientId,
        applicantType,
        applicantName: applicantName.trim(),
        proofs: rows.map((r) => ({ kind: r.kind, proofId: r.proofId })),
        visitIds,
        parts,
        purpose,
        address,
        requestId,
      });
      this.setData({ submitting: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      toast('已提交');
      redirect(`/postvisit/record-copy/index?id=${res.data.application.id}`);
    },
  },
});
