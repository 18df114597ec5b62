// A poster or invitation from the group's own data (content/posters.ts): its fields start with the goal,
// the place and time agreed with a partner, the partners' names and the group's name; what the group
// writes over them is saved as the field's answer and wins. The same rows are on the screen
// (parts/InvitationCard.tsx) and on paper (app/documents/poster.ts). Pure.
import type { PictogramId } from '../../content/pictogramId';
import type { FormField } from '../../content/types';
import { readPartners } from '../../domain/partners';
import type { Entry } from '../../domain/records';
import { agreementsByPartner } from '../agreement/model';
import { readGoal } from '../cardBoard/goal';
import { goalText } from '../certificate/model';

type TranslateContent = (key: string, options?: Record<string, string>) => string;

/** Not a field of the form: the poster's photo (a media id, or 'none') and its paper ('poster' = A4, 'card' = A5). */
export const photoField = 'photo';
export const paperField = 'paper';
export const noPhoto = 'none';
export type Paper = 'poster' | 'card';

export interface PosterFacts {
  /** The group's name and meeting place (GroupFacts). */
  readonly group: { readonly name: string; readonly place: string };
}

const first = (values: readonly string[]): string => values.map((v) => v.trim()).find((v) => v !== '') ?? '';

const photoIdOf = (data: unknown): string | null => {
  const id = data && typeof data === 'object' ? (data as { photoId?: unknown }).photoId : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
};

/** The group's photos a poster can show: the goal's photo first, then the memos' and the idea cards' photos. */
export function posterPhotoIds(sources: readonly Entry[]): string[] {
  const goal = readGoal(sources);
  const goalCardKey = goal?.ref.split('/').at(-1);
  const goalCard = sources.find((e) => e.type === 'card' && e.key === goalCardKey && e.exerciseId === goal?.exerciseId);
  const ids = [
    photoIdOf(goal?.card),
    photoIdOf(goalCard?.data),
    ...sources.filter((e) => e.exerciseId.endsWith('-memo')).map((e) => photoIdOf(e.data)).toReversed(),
    ...sources.filter((e) => e.type === 'card').map((e) => photoIdOf(e.data)),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** What each field starts with, from the group's data (the sources of the poster exercise). */
export function posterPrefill(fields: readonly FormField[], sources: readonly Entry[], facts: PosterFacts, tContent: TranslateContent): Record<string, string> {
  const goal = readGoal(sources);
  const agreements = [...agreementsByPartner(sources.filter((e) => e.exerciseId === 'm07-agreement')).values()];
  const partners = readPartners(sources).map((p) => p.name);
  const from: Record<NonNullable<FormField['prefill']>, string> = {
    goal: goal ? goalText(goal, tContent) : '',
    when: first(agreements.map((a) => a.when)),
    place: first([...agreements.map((a) => a.where), facts.group.place]),
    partners: partners.join(', '),
    group: facts.group.name.trim(),
  };
  const values: Record<string, string> = Object.fromEntries(fields.map((f) => [f.id, f.prefill ? from[f.prefill] : '']));
  values[photoField] = posterPhotoIds(sources)[0] ?? noPhoto;
  values[paperField] = 'poster';
  return values;
}

/** The poster's values: a saved answer (even an emptied field) wins over the group's data. */
export const posterValues = (saved: Readonly<Record<string, string>>, prefill: Readonly<Record<string, string>>): Record<string, string> => ({ ...prefill, ...saved });

export const paperOf = (values: Readonly<Record<string, string>>): Paper => (values[paperField] === 'card' ? 'card' : 'poster');
export const photoOf = (values: Readonly<Record<string, string>>): string | null => {
  const id = values[photoField]?.trim() ?? '';
  return id === '' || id === noPhoto ? null : id;
};

/** The card's title and its picture rows: the fields that have words, then the exercise's own sentences. */
export function posterRows(exerciseId: string, values: Readonly<Record<string, string>>, tContent: TranslateContent): { readonly hello: string; readonly rows: [PictogramId, string][] } {
  const card = `exercises.${exerciseId}.card`;
  const row = (pictogram: PictogramId, key: string, value: string | undefined): [PictogramId, string][] => (value?.trim() ? [[pictogram, tContent(key, { value: value.trim() })]] : []);
  return {
    hello: tContent(`${card}.hello`),
    rows: [
      ...row('goal', 'posters.rows.goal', values['goal']),
      ...row('calendar', 'posters.rows.when', values['when']),
      ...row('place', 'posters.rows.place', values['place']),
      ...row('partner', `${card}.partners`, values['partners']),
      ['friends', tContent(`${card}.welcome`)],
      ...row('group', 'posters.rows.from', values['from']),
    ],
  };
}
