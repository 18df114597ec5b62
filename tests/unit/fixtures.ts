// Small builders for records in unit tests.
import type { Entry, Person } from '../../src/domain/records';

let n = 0;
const stamp = () => `2026-11-23T10:00:00.000Z_${(n++).toString(16).padStart(4, '0')}`;

export function person(id: string, extra: Partial<Person> = {}): Person {
  const s = stamp();
  return { id, groupId: 'g', name: id, colour: 'blue', avatar: 'avatar-cat', role: 'participant', createdAt: s, updatedAt: s, deviceId: 'd', deleted: false, ...extra };
}

export function entry(exerciseId: string, type: string, key: string, data: unknown): Entry {
  return { id: `g/${exerciseId}/${type}/${key}`, groupId: 'g', meetingId: 'm02', exerciseId, type, key, data, updatedAt: stamp(), deviceId: 'd', deleted: false };
}
