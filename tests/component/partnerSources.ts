// Saved answers of earlier exercises and of the partner list, for views that read them as sources.
import type { Entry } from '../../src/domain/records';

export const source = (exerciseId: string, type: string, key: string, data: unknown): Entry => ({
  id: `g/${exerciseId}/${type}/${key}`,
  groupId: 'g',
  meetingId: (exerciseId === 'partners' ? 'group' : exerciseId.slice(0, 3)) as Entry['meetingId'],
  exerciseId,
  type,
  key,
  data,
  updatedAt: '2026-11-23T10:00:00.000Z_0000',
  deviceId: 'd',
  deleted: false,
});

export const partner = (key: string, name: string, createdAt = 1): Entry =>
  source('partners', 'partner', key, { name, organisation: 'Kirjasto', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt });

export const goal = source('m04-idea-storm', 'goal', 'goal', {
  ref: 'm04-idea-storm/c1',
  exerciseId: 'm04-idea-storm',
  card: { areaId: 'wishes', text: 'Tanssi-ilta kaikille', choices: { where: 'park', why: 'fun' }, createdAt: 1 },
});

/** A card of the action plan (meeting 5). */
export const planCard = (key: string, data: object): Entry => source('m05-plan', 'card', key, { createdAt: 2, ...data });
