// Writes a valid group file with about `records` records (one group, 20 members, every meeting held,
// the rest Ideariihi cards), for measuring import and export at scale.
import { randomBytes } from 'node:crypto';

const hex = () => randomBytes(16).toString('hex');
const stamp = (ms, counter = 0) => `${new Date(ms).toISOString()}_${counter.toString(16).padStart(4, '0')}`;

export function benchGroupFile(records = 10_000) {
  const deviceId = hex();
  const groupId = hex();
  const t0 = Date.parse('2026-09-01T09:00:00.000Z');
  let n = 0;
  const sync = (id) => ({ id, groupId, updatedAt: stamp(t0 + n++ * 10), deviceId, deleted: false });
  const avatars = ['avatar-cat', 'avatar-dog', 'avatar-fox', 'avatar-bear', 'avatar-panda'];
  const people = Array.from({ length: 20 }, (_, i) => {
    const s = sync(hex());
    return { ...s, name: `Jäsen ${i + 1}`, colour: 'blue', avatar: avatars[i % avatars.length], role: 'participant', createdAt: s.updatedAt };
  });
  const meetings = Array.from({ length: 10 }, (_, i) => {
    const meetingId = `m${String(i + 1).padStart(2, '0')}`;
    return { ...sync(`${groupId}/${meetingId}`), meetingId, heldOn: `2026-09-${String(i + 1).padStart(2, '0')}`, attendeeIds: people.slice(0, 6).map((p) => p.id) };
  });
  const entryCount = records - 1 - people.length - meetings.length;
  const entries = Array.from({ length: entryCount }, (_, i) => {
    const key = hex();
    return {
      ...sync(`${groupId}/m04-idea-storm/card/${key}`),
      meetingId: 'm04',
      exerciseId: 'm04-idea-storm',
      type: 'card',
      key,
      data: { areaId: 'wishes', text: `Toive numero ${i + 1}: tanssia puistossa kaikkien kanssa`, choices: { what: 'dance', where: 'park' }, createdAt: i },
    };
  });
  const group = { ...sync(groupId), name: 'Suuri porukka', place: 'Kirjasto' };
  return JSON.stringify({
    formatName: 'porukka-group-export',
    formatVersion: 1,
    exportedAt: new Date(t0 + n * 10).toISOString(),
    exportedBy: { deviceId, clock: stamp(t0 + n * 10), app: 'bench' },
    groupIds: [groupId],
    encryption: null,
    payload: { groups: [group], people, meetings, entries, media: [] },
  });
}
