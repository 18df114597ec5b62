// A question with picture options: tap any number of them, or add the group's own.
import * as v from 'valibot';
import type { ChoiceBoardConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

/** Per option: key = option id; unchoosing saves false, so it merges like any edit. */
export const choiceSchema = v.object({ chosen: v.boolean() });
/** The group's own option: key = a random id. */
export const ownOptionSchema = v.object({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), createdAt: v.number() });

export interface OwnOption {
  readonly key: string;
  readonly text: string;
  readonly createdAt: number;
}

export function chosenOptions(entries: readonly Entry[]): ReadonlySet<string> {
  return new Set(entries.filter((e) => e.type === 'choice' && v.is(choiceSchema, e.data) && e.data.chosen).map((e) => e.key));
}

export function ownOptions(entries: readonly Entry[]): OwnOption[] {
  const own: OwnOption[] = [];
  for (const entry of entries) {
    if (entry.type === 'own' && v.is(ownOptionSchema, entry.data)) own.push({ key: entry.key, ...entry.data });
  }
  return own.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

export const toggleChoiceWrite = (optionId: string, isChosen: boolean): AnswerWrite => ({ type: 'choice', key: optionId, data: { chosen: !isChosen } });

export function ownOptionWrite(text: string, now: number = Date.now()): AnswerWrite | null {
  const clean = text.trim();
  return clean ? { type: 'own', key: newId(), data: { text: clean, createdAt: now } } : null;
}

export function choiceProgress(entries: readonly Entry[]): Progress {
  return chosenOptions(entries).size > 0 || ownOptions(entries).length > 0 ? 'done' : 'not-started';
}

/** The words of a chosen picture option (its text key) or of an own option, to start a new partner from. */
export function optionWords(config: ChoiceBoardConfig, entries: readonly Entry[], key: string): { readonly textKey: string } | { readonly text: string } | null {
  const option = config.options.find((o) => o.id === key);
  if (option) return { textKey: option.textKey };
  const own = ownOptions(entries).find((o) => o.key === key);
  return own ? { text: own.text } : null;
}
