import { newId } from '../../domain/ids';
import { activeMembers } from '../../domain/people';
import type { Person } from '../../domain/records';
import { db } from '../db';
import { stampedWrite } from '../device';

export type PersonDraft = Pick<Person, 'name' | 'colour' | 'avatar' | 'role' | 'photoConsent' | 'photoId'>;

export async function addPerson(groupId: string, draft: PersonDraft): Promise<Person> {
  return stampedWrite(['people'], async (stamp, database) => {
    const s = stamp();
    const person: Person = { id: newId(), groupId, ...draft, createdAt: s.updatedAt, ...s, deleted: false };
    await database.people.add(person);
    return person;
  });
}

async function change(id: string, patch: Partial<Pick<Person, keyof PersonDraft | 'deleted'>>): Promise<void> {
  await stampedWrite(['people'], async (stamp, database) => {
    const person = await database.people.get(id);
    if (!person) throw new Error(`No person ${id}`);
    await database.people.put({ ...person, ...patch, ...stamp() });
  });
}

export const updatePerson = (id: string, draft: PersonDraft): Promise<void> => change(id, draft);

/** Removes a member; the tombstone keeps the removal when groups are merged, and allows undo. */
export const removePerson = (id: string): Promise<void> => change(id, { deleted: true });

export const restorePerson = (id: string): Promise<void> => change(id, { deleted: false });

export async function getPerson(id: string): Promise<Person | undefined> {
  const person = await db().people.get(id);
  return person && !person.deleted ? person : undefined;
}

/** The group's members in the order they were added. */
export async function listMembers(groupId: string): Promise<Person[]> {
  return activeMembers(await db().people.where('groupId').equals(groupId).toArray());
}
