import type { ColourId, Person } from './records';

/** The colours a member can choose, in the order they are offered. Each has a name in the locales. */
export const colours: readonly { readonly id: ColourId; readonly hex: string }[] = [
  { id: 'red', hex: '#c62828' },
  { id: 'orange', hex: '#e65100' },
  { id: 'yellow', hex: '#f9a825' },
  { id: 'green', hex: '#2e7d32' },
  { id: 'teal', hex: '#00796b' },
  { id: 'blue', hex: '#1565c0' },
  { id: 'purple', hex: '#6a1b9a' },
  { id: 'pink', hex: '#ad1457' },
  { id: 'brown', hex: '#6d4c41' },
  { id: 'grey', hex: '#546e7a' },
];

export const colourHex = (id: ColourId): string => colours.find((c) => c.id === id)?.hex ?? '#546e7a';

/** Active members in the order they were added. */
export function activeMembers(people: readonly Person[]): Person[] {
  return people
    .filter((p) => !p.deleted)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
