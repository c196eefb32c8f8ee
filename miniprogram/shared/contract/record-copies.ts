/** The `recordCopies` cloud function (backend/handlers/record-copies/): 病历邮寄 for applicants and the records office. */
import { z } from 'zod';
import type { FileLink } from '../dto/files';
import type { ApplicationView, CopyFees } from '../dto/record-copies';
import { ApplicantType, CopyPurpose, CopyStatus, ProofKind, RecordPart, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

const proofsField = () =>
  z
    .array(z.object({ kind: z.enum(enumValues(ProofKind)), proofId: fields.id() }).strict())
    .min(1)
    .max(8);

const applyInput = z.object({
  hospitalId: fields.id(),
  patientId: fields.id(),
  applicantType: z.enum(enumValues(ApplicantType)),
  applicantName: fields.requiredText(20),
  proofs: proofsField(),
  visitIds: z.array(fields.id()).min(1).max(10),
  parts: z
    .array(z.enum(enumValues(RecordPart)))
    .min(1)
    .max(12),
  purpose: z.enum(enumValues(CopyPurpose)),
  address: fields.address(),
  requestId: fields.requestId(),
});

type One = { application: ApplicationView };
const byId = () => z.object({ applicationId: fields.id() });
const reasoned = () => z.object({ applicationId: fields.id(), reason: fields.requiredText(200) });

export const recordCopies = {
  attach: act<{ proofId: string }>()(z.object({ hospitalId: fields.id(), image: fields.image(), requestId: fields.requestId() })),
  proofLink: act<FileLink>()(z.object({ proofId: fields.id() })),
  apply: act<One>()(applyInput),
  mine: act<{ applications: ApplicationView[] }>()(z.object({})),
  get: act<One>()(byId()),
  resubmit: act<One>()(z.object({ applicationId: fields.id(), proofs: proofsField() })),
  cancel: act<One>()(byId()),
  fees: act<{ fees: CopyFees }>()(z.object({ hospitalId: fields.id() })),
  saveFees: act<{ fees: CopyFees }>()(
    z.object({ hospitalId: fields.id(), perPageFen: z.number().int().min(1).max(1000), postageFen: z.number().int().min(0).max(10_000) }),
  ),
  worklist: act<{ applications: ApplicationView[] }>()(z.object({ hospitalId: fields.id(), status: z.enum(enumValues(CopyStatus)).optional() })),
  requestMore: act<One>()(reasoned()),
  refuse: act<One>()(reasoned()),
  quote: act<One>()(z.object({ applicationId: fields.id(), pages: z.number().int().min(1).max(2000) })),
  copied: act<One>()(byId()),
  ship: act<One>()(
    z.object({
      applicationId: fields.id(),
      carrier: fields.requiredText(20),
      trackingNo: z.string().regex(/^[A-Za-z0-9]{8,30}$/, { message: '运单号应为8–30位字母或数字' }),
    }),
  ),
};
