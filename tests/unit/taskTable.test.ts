// Työnjako (meeting 8) and the event-day list (meeting 9): skills → suggested doers, tasks → ticks.
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { hasWrite, ownSkillWrites } from '../../src/kinds/skillsGrid/model';
import { eventRows, isAllDone, statusWrite, taskChecklistProgress, tickWrite } from '../../src/kinds/taskChecklist/model';
import { taskLook } from '../../src/kinds/taskTable/look';
import { doerWrite, helperWrite, needWrite, newTaskWrites, readTasks, taskTableProgress, taskWrite } from '../../src/kinds/taskTable/model';
import { skillsFromSources, suggestDoers } from '../../src/kinds/taskTable/skills';
import { parseTaskStep, stepOf } from '../../src/kinds/taskTable/steps';
import type { AnswerWrite } from '../../src/kinds/types';
import { entry, person } from './fixtures';

const table = findExercise('m08-tasks')!.exercise as ExerciseOf<'taskTable'>;
const skillsConfig = (findExercise('m08-skills')!.exercise as ExerciseOf<'skillsGrid'>).config;
const eventDay = findExercise('m09-event-day')!;
/** Saved answers as storage keeps them: one record per (type, key), the last write wins. */
const as = (exerciseId: string, ...writes: readonly AnswerWrite[]): Entry[] => [
  ...new Map(writes.map((w) => [`${w.type}/${w.key}`, entry(exerciseId, w.type, w.key, w.data)])).values(),
];
const coffee = table.config.suggestions.find((s) => s.id === 'coffee')!;
const [anna, ben, cai] = [person('anna'), person('ben'), person('cai')];
const members = [anna!, ben!, cai!];

describe('content', () => {
  it('reads the skills map in meeting 8 and the task table on the event day of meeting 9', () => {
    expect(table.sources).toEqual(['m08-skills']);
    expect(eventDay.meeting.id).toBe('m09');
    expect(eventDay.exercise).toMatchObject({ kind: 'taskChecklist', sources: ['m08-tasks'] });
    expect(eventDay.meeting.exercises.map((e) => e.id).slice(0, 2)).toEqual(['m09-check-in', 'm09-event-day']);
  });

  it('names only strengths of the skills map in its ready tasks', () => {
    const skillIds = new Set(skillsConfig.skills.map((s) => s.id));
    for (const s of table.config.suggestions) for (const id of s.skillIds) expect(skillIds.has(id), `${s.id}: ${id}`).toBe(true);
  });
});

describe('task table', () => {
  it('makes a ready task with the skills it usually needs, shown in the reader’s language', () => {
    const made = newTaskWrites({ suggestion: coffee }, 7)!;
    expect(made.writes).toEqual([
      { type: 'task', key: made.key, data: { suggestionId: 'coffee', createdAt: 7 } },
      { type: 'need', key: `${made.key}:kitchen`, data: { needed: true } },
    ]);
    const [task] = readTasks(as('m08-tasks', ...made.writes));
    expect(task).toMatchObject({ key: made.key, skillIds: ['kitchen'], doerIds: [], helperIds: [] });
    expect(taskLook(task!)).toEqual({ textKey: coffee.textKey, pictogram: 'coffee' });
  });

  it('makes a task of the group’s words, and none of empty words', () => {
    expect(newTaskWrites({ text: '   ' })).toBeNull();
    const made = newTaskWrites({ text: ' Tuolit riviin ' }, 1)!;
    const [task] = readTasks(as('m08-tasks', ...made.writes));
    expect(taskLook(task!)).toEqual({ text: 'Tuolit riviin', pictogram: 'tasks' });
  });

  it('keeps each choice as its own answer, so taps on two tablets merge', () => {
    const made = newTaskWrites({ text: 'Kahvi' }, 1)!;
    const k = made.key;
    const entries = as('m08-tasks', ...made.writes, needWrite(k, 'kitchen', true), doerWrite(k, 'anna', true), doerWrite(k, 'ben', true), doerWrite(k, 'ben', false), helperWrite(k, 'cai', true));
    const [task] = readTasks(entries);
    expect(task).toMatchObject({ skillIds: ['kitchen'], doerIds: ['anna'], helperIds: ['cai'] });
  });

  it('changes words and support, and never leaves a task of own words without words', () => {
    const own = readTasks(as('m08-tasks', ...newTaskWrites({ text: 'Kahvi' }, 1)!.writes))[0]!;
    expect(taskWrite(own, { support: ' Liisa auttaa ' }).data).toEqual({ text: 'Kahvi', support: 'Liisa auttaa', createdAt: 1 });
    expect(taskWrite(own, { text: '' }).data).toEqual({ text: 'Kahvi', createdAt: 1 });
    const ready = readTasks(as('m08-tasks', ...newTaskWrites({ suggestion: coffee }, 2)!.writes))[0]!;
    const renamed = taskWrite(ready, { text: 'Kahvi ja pulla' });
    expect(renamed.data).toEqual({ suggestionId: 'coffee', text: 'Kahvi ja pulla', createdAt: 2 });
    // Empty words bring back the ready task's own words.
    expect(taskWrite({ ...ready, text: 'Kahvi ja pulla' }, { text: ' ' }).data).toEqual({ suggestionId: 'coffee', createdAt: 2 });
  });

  it('lists tasks in the order they were added and forgets a removed task’s choices', () => {
    const first = newTaskWrites({ text: 'Eka' }, 1)!;
    const second = newTaskWrites({ text: 'Toka' }, 2)!;
    const entries = as('m08-tasks', ...second.writes, ...first.writes, doerWrite(first.key, 'anna', true), doerWrite('removed', 'anna', true));
    expect(readTasks(entries).map((t) => t.text)).toEqual(['Eka', 'Toka']);
  });

  it('is done when every task has someone to do it', () => {
    const made = newTaskWrites({ text: 'Kahvi' })!;
    expect(taskTableProgress([])).toBe('not-started');
    expect(taskTableProgress(as('m08-tasks', ...made.writes))).toBe('started');
    expect(taskTableProgress(as('m08-tasks', ...made.writes, doerWrite(made.key, 'anna', true)))).toBe('done');
  });

  it('keeps where the group is in the address', () => {
    expect(parseTaskStep(null)).toBeNull();
    expect(parseTaskStep('new')).toBe('new');
    expect(parseTaskStep(stepOf('who', 'abc'))).toEqual({ part: 'who', key: 'abc' });
    expect(parseTaskStep('nonsense-abc')).toBeNull();
    expect(parseTaskStep('who-')).toBeNull();
  });
});

describe('skills map → suggested doers', () => {
  const own = ownSkillWrites('Leipominen', 'cai', 3);
  const map = skillsFromSources(['m08-skills'], as('m08-skills', hasWrite('kitchen', 'ben', true), hasWrite('kitchen', 'cai', true), hasWrite('humour', 'cai', true), ...own), ['anna', 'ben', 'cai']);

  it('takes the map’s strengths, the group’s own too, and who has them', () => {
    expect(map.skills).toHaveLength(14);
    expect(map.skills[13]?.text).toBe('Leipominen');
    expect(map.holders.get('kitchen')).toEqual(['ben', 'cai']);
    expect(map.holders.get(own[0]!.key)).toEqual(['cai']);
  });

  it('suggests members with the needed skills first, most matches first, then the others', () => {
    const { suggested, others } = suggestDoers(members, ['humour', 'kitchen'], map);
    expect(suggested.map((s) => [s.person.id, s.skillIds])).toEqual([['cai', ['kitchen', 'humour']], ['ben', ['kitchen']]]);
    expect(others.map((p) => p.id)).toEqual(['anna']);
  });

  it('suggests nobody while no skill is chosen, and ignores skills that are not on the map', () => {
    expect(suggestDoers(members, [], map)).toEqual({ suggested: [], others: members });
    expect(suggestDoers(members, ['juggling'], map).suggested).toEqual([]);
    expect(skillsFromSources([], [], []).skills).toEqual([]);
  });
});

describe('task table → event-day list', () => {
  const coffeeTask = newTaskWrites({ suggestion: coffee }, 1)!;
  const chairs = newTaskWrites({ text: 'Tuolit' }, 2)!;
  const tasks = as('m08-tasks', ...coffeeTask.writes, doerWrite(coffeeTask.key, 'ben', true), ...chairs.writes);

  it('lists every task with its people, ticked by the task’s key', () => {
    const rows = eventRows(tasks, []);
    expect(rows.map((r) => [r.task.key, r.task.doerIds, r.isDone])).toEqual([[coffeeTask.key, ['ben'], false], [chairs.key, [], false]]);
    const tick = tickWrite(rows[0]!);
    expect(tick).toEqual({ type: 'tick', key: coffeeTask.key, data: { ticked: true } });
    expect(eventRows(tasks, as('m09-event-day', tick)).map((r) => r.isDone)).toEqual([true, false]);
  });

  it('shows a task added later in meeting 8, and saves the status when it changes', () => {
    const ticks = as('m09-event-day', tickWrite({ task: readTasks(tasks)[0]!, isDone: false }), tickWrite({ task: readTasks(tasks)[1]!, isDone: false }));
    const rows = eventRows(tasks, ticks);
    expect(isAllDone(rows)).toBe(true);
    const status = statusWrite(rows, ticks)!;
    expect(status).toEqual({ type: 'status', key: 'status', data: { allDone: true } });
    const withStatus = [...ticks, ...as('m09-event-day', status)];
    expect(statusWrite(rows, withStatus)).toBeNull();
    expect(taskChecklistProgress(withStatus)).toBe('done');

    const later = newTaskWrites({ text: 'Siivous' }, 3)!;
    const moreRows = eventRows([...tasks, ...as('m08-tasks', ...later.writes)], withStatus);
    expect(moreRows.map((r) => r.isDone)).toEqual([true, true, false]);
    expect(statusWrite(moreRows, withStatus)).toEqual({ type: 'status', key: 'status', data: { allDone: false } });
  });

  it('is started by a tick, and saves no status while nothing is all done', () => {
    expect(taskChecklistProgress([])).toBe('not-started');
    expect(isAllDone(eventRows([], []))).toBe(false);
    expect(statusWrite(eventRows(tasks, []), [])).toBeNull();
    expect(taskChecklistProgress(as('m09-event-day', { type: 'tick', key: 'x', data: { ticked: true } }))).toBe('started');
  });
});
