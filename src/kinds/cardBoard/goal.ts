// The group's goal: the card it chose in meeting 4, kept as it was when chosen.
import * as v from 'valibot';
import { findExercise } from '../../content/lookup';
import type { CardField } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite } from '../types';
import { cardSchema, type BoardCard, type CardData } from './cards';
import { cardRows, type CardRow } from './cardWords';

/** How the group chose: by talking it over (a support person taps the card) or by the dot vote. */
export const goalChoices = ['talk', 'vote'] as const;
export type GoalChoice = (typeof goalChoices)[number];

/**
 * key = 'goal'. `card` is a copy, so the goal stays even if the card is later changed or removed.
 * `chosenBy` came later: a goal saved without it was chosen by vote (the only way then).
 */
export const goalSchema = v.object({
  ref: v.pipe(v.string(), v.maxLength(200)),
  exerciseId: v.pipe(v.string(), v.maxLength(64)),
  card: cardSchema,
  chosenBy: v.optional(v.picklist(goalChoices)),
});

export interface Goal {
  readonly ref: string;
  /** The exercise whose questions the card answers (to show its picture choices). */
  readonly exerciseId: string;
  readonly card: CardData;
  readonly chosenBy?: GoalChoice | undefined;
}

export function goalWrite(card: BoardCard, boardExerciseId: string, chosenBy: GoalChoice = 'vote'): AnswerWrite {
  const { ref, key: _key, exerciseId: _exerciseId, isFromEarlier: _isFromEarlier, ...data } = card;
  return { type: 'goal', key: 'goal', data: { ref, exerciseId: boardExerciseId, card: data, chosenBy } };
}

/** How the goal was chosen (a goal from before `chosenBy` was chosen by vote). */
export function goalChosenBy(goal: Goal): GoalChoice {
  return goal.chosenBy ?? 'vote';
}

/** The goal among saved answers (a board's own, or the sources of a later exercise). */
export function readGoal(entries: readonly Entry[]): Goal | null {
  const entry = entries.find((e) => e.type === 'goal' && v.is(goalSchema, e.data));
  return entry && v.is(goalSchema, entry.data) ? entry.data : null;
}

/** The questions the goal card answers (to show its picture choices). */
export function goalFields(goal: Goal): readonly CardField[] {
  const found = findExercise(goal.exerciseId);
  return found?.exercise.kind === 'cardBoard' ? found.exercise.config.fields : [];
}

/** The goal's answers to its questions (a picture and/or own words each), in the questions' order. */
export function goalRows(goal: Goal): CardRow[] {
  return cardRows(goal.card, goalFields(goal));
}
