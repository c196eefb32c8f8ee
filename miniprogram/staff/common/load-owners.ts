/** Loads what the owner pickers choose from: departments and doctors, and the rooms when asked. */
import { api } from '../../api/index';
import type { ResourceView } from '../../shared/dto/schedule';
import type { Envelope } from '../../shared/envelope';
import type { Owners } from './owners';

export async function loadOwners(hospitalId: string, withRooms: boolean): Promise<Envelope<Owners>> {
  const [rooms, departments, doctors] = await Promise.all([
    withRooms ? api.schedule.listResources({ hospitalId }) : Promise.resolve<Envelope<{ resources: ResourceView[] }>>({ ok: true, data: { resources: [] } }),
    api.content.listDepartments({ hospitalId }),
    api.content.listDoctors({ hospitalId }),
  ]);
  if (!rooms.ok) return rooms;
  if (!departments.ok) return departments;
  if (!doctors.ok) return doctors;
  return { ok: true, data: { departments: departments.data.departments, doctors: doctors.data.doctors, resources: rooms.data.resources } };
}
