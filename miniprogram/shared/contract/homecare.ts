/** The `homecare` cloud function (backend/handlers/homecare/): 医护到家 for patients, coordinators, nurses and the catalogue. */
import { z } from 'zod';
import { type CatalogItemView, HOMECARE_SERVICE_CODES, type HomeNurse, type HomecareView, type SafetyAlertView, type StaffCatalogItem } from '../dto/homecare';
import { Consciousness, HomecareGroup, NurseTitle, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';
import { attachPhoto, type PhotoLink } from './photos';

type One = { request: HomecareView };
type Requests = { requests: HomecareView[] };

const byRequest = () => z.object({ homecareId: fields.id() });
const byHospital = () => z.object({ hospitalId: fields.id() });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = () => z.string().regex(TIME);
/** The request's times, refused with the format named. */
const namedTime = () => z.string().regex(TIME, { message: '时间格式应为HH:mm' });
const openid = () =>
  z
    .string()
    .min(6)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/);

export const homecare = {
  catalog: act<{ services: CatalogItemView[] }>()(byHospital()),
  attach: attachPhoto(),
  photoLink: act<PhotoLink>()(z.object({ homecareId: fields.id(), photoId: fields.id() })),
  request: act<One>()(
    z.object({
      hospitalId: fields.id(),
      patientId: fields.id(),
      group: z.enum(enumValues(HomecareGroup)),
      serviceCode: z
        .string()
        .min(1)
        .max(32)
        .regex(/^[a-z_]+$/),
      address: fields.address(),
      location: fields.position().optional(),
      date: fields.date(),
      startTime: namedTime(),
      endTime: namedTime(),
      condition: fields.requiredMultilineText(500),
      photoIds: z.array(fields.id()).max(6).optional(),
      doctorOrderPhotoId: fields.id().optional(),
      risk: z.object({ drugAllergy: z.boolean(), infectious: z.boolean(), consciousness: z.enum(enumValues(Consciousness)), aggression: z.boolean() }).strict(),
      requestId: fields.requestId(),
    }),
  ),
  mine: act<Requests>()(z.object({})),
  get: act<One>()(byRequest()),
  cancel: act<One>()(byRequest()),
  worklist: act<Requests>()(byHospital()),
  accept: act<One>()(z.object({ homecareId: fields.id(), assessment: fields.requiredMultilineText(300) })),
  decline: act<One>()(z.object({ homecareId: fields.id(), reason: fields.requiredText(200) })),
  assign: act<One>()(z.object({ homecareId: fields.id(), nurseOpenid: openid() })),
  reschedule: act<One>()(z.object({ homecareId: fields.id(), date: fields.date(), startTime: time(), endTime: time() })),
  alerts: act<{ alerts: SafetyAlertView[] }>()(byHospital()),
  nurses: act<{ nurses: HomeNurse[] }>()(byHospital()),
  setNurse: act<{ saved: boolean }>()(
    z.object({
      hospitalId: fields.id(),
      openid: openid(),
      nurseTitle: z.enum(enumValues(NurseTitle)),
      practiceSinceYear: z.number().int().min(1960).max(2100),
    }),
  ),
  tasks: act<Requests>()(byHospital()),
  depart: act<One>()(byRequest()),
  start: act<One>()(z.object({ homecareId: fields.id(), location: fields.position().optional() })),
  finish: act<One>()(
    z.object({
      homecareId: fields.id(),
      note: fields.requiredMultilineText(500),
      vitals: z
        .object({
          temperature: z.number().min(34).max(43),
          pulse: z.number().int().min(20).max(250),
          systolic: z.number().int().min(50).max(260),
          diastolic: z.number().int().min(30).max(160),
          spo2: z.number().int().min(50).max(100),
        })
        .strict(),
    }),
  ),
  alert: act<{ alerted: boolean }>()(
    z.object({ homecareId: fields.id(), note: fields.text(200).optional(), location: fields.position().optional(), requestId: fields.requestId() }),
  ),
  services: act<{ services: StaffCatalogItem[] }>()(byHospital()),
  saveService: act<{ services: StaffCatalogItem[] }>()(
    z.object({
      hospitalId: fields.id(),
      code: z.enum(HOMECARE_SERVICE_CODES),
      serviceFen: z.number().int().min(0).max(200_000),
      travelFen: z.number().int().min(0).max(50_000),
      active: z.boolean(),
    }),
  ),
};
