// The posters and invitations made from the group's own data (issue 15): meeting 6's invitation to the
// partners' learning café, meeting 8's poster about the event and meeting 10's invitation to the
// celebration. Each is a form (kinds/form) whose fields start with the goal, the place and time agreed
// with a partner, the partners and the group's name; the texts of the card are exercises.<id>.card.*.
import { exercise } from './exercises';
import type { PictogramId } from './pictogramId';
import type { ExerciseOf, FormField } from './types';

const field = (id: string, pictogram: PictogramId, prefill: NonNullable<FormField['prefill']>): FormField => ({ id, labelKey: `posters.fields.${id}`, pictogram, input: 'text', prefill });

/** The fields every poster has, in the order they are on the card. */
export const posterFields: readonly FormField[] = [
  field('goal', 'goal', 'goal'),
  field('when', 'calendar', 'when'),
  field('place', 'place', 'place'),
  field('partners', 'partner', 'partners'),
  field('from', 'group', 'group'),
];

/** The answers a poster is filled in from: the goal, the partner agreements, the partners, the memos' photos. */
export const posterSources: readonly string[] = ['m04-idea-storm', 'm07-agreement', 'partners', 'm04-memo', 'm05-memo', 'm06-memo', 'm07-memo'];

export function posterExercise(id: string, pictogram: PictogramId): ExerciseOf<'form'> {
  return exercise(id, 'form', pictogram, { template: 'poster', fields: posterFields }, posterSources);
}
