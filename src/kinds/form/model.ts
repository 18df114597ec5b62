// Fields the support persons fill in (the invitation); each field is its own answer, so two tablets
// editing different fields both keep their change.
import * as v from 'valibot';
import type { FormConfig } from '../../content/types';
import type { Entry, Person } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

/** Saved per field: key = field id. */
export const fieldSchema = v.object({ value: v.pipe(v.string(), v.maxLength(500)) });

export const fieldWrite = (fieldId: string, value: string): AnswerWrite => ({ type: 'field', key: fieldId, data: { value } });

export function formValues(entries: readonly Entry[]): Readonly<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.type === 'field' && v.is(fieldSchema, entry.data)) values[entry.key] = entry.data.value;
  }
  return values;
}

/** Writes for the fields whose value changed. */
export function changedFields(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): AnswerWrite[] {
  return Object.entries(after)
    .filter(([id, value]) => (before[id] ?? '') !== value)
    .map(([id, value]) => fieldWrite(id, value));
}

/** The names of the group's support persons (professional and peer), for the invitation. */
export function supportPersonNames(members: readonly Person[]): string[] {
  return members.filter((m) => m.role !== 'participant').map((m) => m.name);
}

export function formProgress(config: FormConfig, entries: readonly Entry[]): Progress {
  const values = formValues(entries);
  // A poster starts filled in from the group's data: it is done once the group has saved it (or a choice on it).
  if (config.template === 'poster') return Object.keys(values).length > 0 ? 'done' : 'not-started';
  const filled = config.fields.filter((f) => (values[f.id] ?? '').trim() !== '').length;
  if (filled === 0) return 'not-started';
  return filled === config.fields.length ? 'done' : 'started';
}
