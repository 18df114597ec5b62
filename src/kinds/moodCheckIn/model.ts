// A round where each member picks one picture (how they are today, how the task felt).
import * as v from 'valibot';
import type { PictureText } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

/** Saved per member: key = person id. DO NOT CHANGE without a migration. */
export const moodSchema = v.object({ option: v.pipe(v.string(), v.maxLength(64)) });

export const moodWrite = (personId: string, optionId: string): AnswerWrite => ({ type: 'mood', key: personId, data: { option: optionId } });

/** Each member's picked option. */
export function moodsByPerson(entries: readonly Entry[]): ReadonlyMap<string, string> {
  const moods = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type === 'mood' && v.is(moodSchema, entry.data)) moods.set(entry.key, entry.data.option);
  }
  return moods;
}

export interface MoodCount {
  readonly option: PictureText;
  /** Members who picked it, in member order. */
  readonly personIds: readonly string[];
}

/** The round at a glance: the options somebody picked, with who picked them. */
export function moodSummary(options: readonly PictureText[], entries: readonly Entry[], memberIds: readonly string[]): MoodCount[] {
  const moods = moodsByPerson(entries);
  return options
    .map((option) => ({ option, personIds: memberIds.filter((id) => moods.get(id) === option.id) }))
    .filter((count) => count.personIds.length > 0);
}

export function moodProgress(entries: readonly Entry[]): Progress {
  return entries.some((e) => e.type === 'mood') ? 'done' : 'not-started';
}

/**
 * A round's question said to the member holding the tablet: "Anna, mitä sinulle kuuluu tänään?"
 * (the question's first letter made small, unless its first word is all capitals or "I").
 */
export function askWithName(name: string, question: string): string {
  const first = question.split(/\s/, 1)[0] ?? '';
  const keep = first === 'I' || first.startsWith('I\'') || (first.length > 1 && first === first.toUpperCase());
  return `${name}, ${keep ? question : question.charAt(0).toLocaleLowerCase() + question.slice(1)}`;
}
