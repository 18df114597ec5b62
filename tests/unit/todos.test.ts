// "Meidän työt": the jobs are gathered from the memos, the partner agreements and meeting 8's task
// table (the same records, not copies); a tick "done" is an answer of the whole group of its own.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findExercise, findMeetingExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { personalLines } from '../../src/kinds/certificate/model';
import type { Entry } from '../../src/domain/records';
import { entryDataSchema } from '../../src/kinds/entryData';
import { newMemo, type MemoData } from '../../src/kinds/memo/model';
import { doneBy, doneSchema, doneWrite, gatherTodos, openBefore, todoSourceIds } from '../../src/kinds/shared/todos';
import { doerWrite, newTaskWrites } from '../../src/kinds/taskTable/model';
import { entry, person } from './fixtures';

const tContent = (key: string) => `«${key.split('.').pop()}»`;
const at = (e: Entry, meetingId: Entry['meetingId']): Entry => ({ ...e, meetingId });
const memo = (over: Partial<MemoData>): MemoData => ({ ...newMemo('2026-11-03', 1), ...over });
const memoEntry = (key: string, data: MemoData, meetingId: Entry['meetingId'] = 'm05') => at(entry(`${meetingId}-memo`, 'memo', key, data), meetingId);
const agreement = (partnerKey: string, tasks: { id: string; text: string; memberIds: string[]; byPartner: boolean }[]) =>
  at(entry('m07-agreement', 'agreement', partnerKey, { where: '', when: '', tasks, money: { isNeeded: null, amount: '', source: '' } }), 'm07');
const done = (todoId: string, isDone = true) => at(entry('todos', 'done', todoId, doneWrite(todoId, isDone).data), 'group');
const tableEntries = (): Entry[] => {
  const own = newTaskWrites({ text: 'Kahvinkeitto' }, Date.parse('2026-11-24T10:00:00'))!;
  const ready = newTaskWrites({ suggestion: { id: 'coffee', textKey: 'exercises.m08-tasks.suggestions.coffee', pictogram: 'coffee', skillIds: [] } }, Date.parse('2026-11-24T10:01:00'))!;
  const nobody = newTaskWrites({ text: 'Siivous' }, Date.parse('2026-11-24T10:02:00'))!;
  return [...own.writes, doerWrite(own.key, 'anna', true), ...ready.writes, doerWrite(ready.key, 'ben', true), doerWrite(ready.key, 'anna', false), ...nobody.writes].map((w) =>
    at(entry('m08-tasks', w.type, w.key, w.data), 'm08'),
  );
};

describe('our jobs', () => {
  it('gathers memo tasks with words, agreement tasks and the task table’s jobs that someone does, oldest meeting first', () => {
    const entries = [
      ...tableEntries(),
      agreement('cafe', [{ id: 't1', text: 'Leivomme pullaa', memberIds: ['ben'], byPartner: true }]),
      memoEntry('m1', memo({ topic: 'Kahvila', day: '2026-11-03', tasks: [{ text: ' Soitan kahvilaan ', personIds: ['anna'] }, { text: '  ', personIds: [] }] })),
    ];
    const todos = gatherTodos(entries, new Map([['m07', '2026-11-17']]));
    expect(todos.map((t) => [t.id, t.source, t.meetingId, t.text ?? t.textKey, t.personIds, t.day])).toEqual([
      ['memo:m1:0', 'memo', 'm05', 'Soitan kahvilaan', ['anna'], '2026-11-03'],
      ['agreement:cafe:t1', 'agreement', 'm07', 'Leivomme pullaa', ['ben'], '2026-11-17'],
      [expect.stringMatching(/^task:/), 'taskTable', 'm08', 'Kahvinkeitto', ['anna'], '2026-11-24'],
      [expect.stringMatching(/^task:/), 'taskTable', 'm08', 'exercises.m08-tasks.suggestions.coffee', ['ben'], '2026-11-24'],
    ]);
    expect(todos[0]).toMatchObject({ from: 'Kahvila', done: false });
    expect(todos[1]).toMatchObject({ from: 'cafe', partnerKey: 'cafe' });
    expect(todos.every((t) => !t.done)).toBe(true);
  });

  it('takes the day of a memo without one, or of an agreement, from the meeting held, else from when it was saved', () => {
    const noDay = memoEntry('m1', memo({ day: '', tasks: [{ text: 'Soitan', personIds: [] }] }));
    expect(gatherTodos([noDay], new Map([['m05', '2026-11-04']]))[0]?.day).toBe('2026-11-04');
    expect(gatherTodos([noDay])[0]?.day).toBe('');
    const saved = { ...agreement('cafe', [{ id: 't1', text: 'Pulla', memberIds: [], byPartner: false }]), updatedAt: '2026-11-18T10:00:00.000Z_0000' };
    expect(gatherTodos([saved])[0]?.day).toBe('2026-11-18');
  });

  it('is the records themselves: a removed memo, a changed agreement or a job nobody does any more changes the list', () => {
    const m = memoEntry('m1', memo({ tasks: [{ text: 'Soitan', personIds: ['anna'] }] }));
    expect(gatherTodos([{ ...m, deleted: true }])).toEqual([]);
    expect(gatherTodos([agreement('cafe', [])])).toEqual([]);
    expect(gatherTodos(tableEntries()).map((t) => t.text ?? t.textKey)).not.toContain('Siivous');
  });

  it('reads a tick as its own answer, by the job’s id; unticked again (or a removed tick) it is open', () => {
    const m = memoEntry('m1', memo({ tasks: [{ text: 'Soitan', personIds: ['anna'] }, { text: 'Ostan', personIds: ['ben'] }] }));
    const a = agreement('cafe', [{ id: 't1', text: 'Pulla', memberIds: ['anna'], byPartner: false }]);
    const todos = gatherTodos([m, a, done('memo:m1:1'), done('agreement:cafe:t1', false)]);
    expect(todos.map((t) => [t.id, t.done])).toEqual([
      ['memo:m1:0', false],
      ['memo:m1:1', true],
      ['agreement:cafe:t1', false],
    ]);
    expect(gatherTodos([m, { ...done('memo:m1:0'), deleted: true }])[0]?.done).toBe(false);
    expect(doneBy(todos, 'ben').map((t) => t.text)).toEqual(['Ostan']);
    expect(doneBy(todos, 'anna')).toEqual([]);
  });

  it('keeps a memo job’s tick on that job when an earlier job of the memo is removed (jobs with their own id)', () => {
    const tasks = [
      { id: 'call', text: 'Soitan', personIds: ['anna'] },
      { id: 'buy', text: 'Ostan', personIds: ['ben'] },
    ];
    const before = gatherTodos([memoEntry('m1', memo({ tasks })), done('memo:m1:buy')]);
    expect(before.map((t) => [t.text, t.done])).toEqual([
      ['Soitan', false],
      ['Ostan', true],
    ]);
    const after = gatherTodos([memoEntry('m1', memo({ tasks: tasks.slice(1) })), done('memo:m1:buy')]);
    expect(after.map((t) => [t.text, t.done])).toEqual([['Ostan', true]]);
  });

  it('reads at a check-in only the open jobs agreed in earlier meetings', () => {
    const todos = gatherTodos([
      memoEntry('m1', memo({ tasks: [{ text: 'Viides', personIds: [] }] }), 'm05'),
      memoEntry('m2', memo({ tasks: [{ text: 'Kuudes', personIds: [] }, { text: 'Valmis jo', personIds: [] }] }), 'm06'),
      done('memo:m2:1'),
    ]);
    expect(openBefore(todos, 'm06').map((t) => t.text)).toEqual(['Viides']);
    expect(openBefore(todos, 'm07').map((t) => t.text)).toEqual(['Viides', 'Kuudes']);
    expect(openBefore(todos, 'm05')).toEqual([]);
  });

  it('is checked on import as an answer of the whole group, and every check-in reads the jobs', () => {
    expect(entryDataSchema('todos', 'group', 'done')).toBe(doneSchema);
    expect(entryDataSchema('todos', 'm05', 'done')).toBeNull();
    expect(entryDataSchema('todos', 'group', 'vote')).toBeNull();
    expect(v.is(doneSchema, { done: 'yes' })).toBe(false);
    const checkIn = findMeetingExercise('m06', 'm06-check-in')?.exercise;
    expect(checkIn?.sources).toEqual(todoSourceIds);
    expect(todoSourceIds).toEqual(expect.arrayContaining(['m01-memo', 'm10-memo', 'm07-agreement', 'm08-tasks', 'todos', 'partners']));
  });

  it('counts into the certificate: a holder’s jobs ticked done are among their jobs, once, beside the event day’s', () => {
    const certificate = findExercise('m10-certificate')!.exercise as ExerciseOf<'certificate'>;
    expect(certificate.sources).toEqual(expect.arrayContaining([...todoSourceIds, 'm09-event-day', 'm08-skills']));
    expect(new Set(certificate.sources).size).toBe(certificate.sources!.length);
    const table = tableEntries();
    const coffeeKey = table.find((e) => e.type === 'task' && (e.data as { text?: string }).text === 'Kahvinkeitto')!.key;
    const journey = [
      ...table,
      at(entry('m09-event-day', 'tick', coffeeKey, { ticked: true }), 'm09'),
      done(`task:${coffeeKey}`),
      memoEntry('m1', memo({ tasks: [{ text: 'Soitan kahvilaan', personIds: ['anna'] }, { text: 'Ostan pullat', personIds: ['anna'] }] })),
      done('memo:m1:0'),
    ];
    expect(personalLines(certificate.config, journey, person('anna'), tContent).tasks).toEqual(['Kahvinkeitto', 'Soitan kahvilaan']);
    expect(personalLines(certificate.config, journey, person('ben'), tContent).tasks).toEqual([]);
  });

  it('the self-evaluation’s “Mitä teit itse?” reads the jobs', () => {
    const evaluation = findExercise('m10-self-evaluation')!.exercise as ExerciseOf<'questionRound'>;
    expect(evaluation.config.jobsQuestionId).toBe('what-i-did');
    expect(evaluation.config.questions.map((q) => q.id)).toContain('what-i-did');
    expect(evaluation.sources).toEqual(todoSourceIds);
  });
});
