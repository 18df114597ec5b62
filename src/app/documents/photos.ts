// Which photos may go on paper. A photo kept in a member's own answer (its key names the member, e.g.
// the photo story's `personId` or `${questionId}:${personId}`) is theirs: it is printed only when they
// gave photo consent (Person.photoConsent); a removed member's photos never are. Group photos (a memo's
// photo, a card's photo) have no owner and are printed.
import type { Entry, Person } from '../../domain/records';
import { photoIdsIn } from '../diary/model';

export function printablePhotoIds(entries: readonly Entry[], members: readonly Person[], removedMemberIds: readonly string[] = []): string[] {
  const consent = new Map<string, boolean>(members.map((m) => [m.id, m.photoConsent === true]));
  for (const id of removedMemberIds) consent.set(id, false);
  const ids = entries.flatMap((entry) => {
    if (entry.deleted) return [];
    const owners = entry.key.split(':').filter((part) => consent.has(part));
    return owners.every((id) => consent.get(id) === true) ? photoIdsIn(entry.data) : [];
  });
  return [...new Set(ids)];
}
