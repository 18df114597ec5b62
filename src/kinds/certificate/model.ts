// The certificate ("Todistus", meeting 10): one page per participant, with the group's achievements
// and partners gathered from the journey (the goal, the tasks done on the event day, the partner
// list), each part editable. Pure functions only.
import * as v from 'valibot';
import { findExercise } from '../../content/lookup';
import type { CertificateConfig } from '../../content/types';
import { readPartners } from '../../domain/partners';
import type { Entry, Person } from '../../domain/records';
import { goalRows, readGoal, type Goal } from '../cardBoard/goal';
import { tickedItems } from '../checklist/model';
import { groupSkills, skillLabel, skillsOfMember } from '../skillsGrid/model';
import { taskLook, taskText } from '../taskTable/look';
import { readTasks } from '../taskTable/model';
import { doneBy, gatherTodos } from '../shared/todos';
import type { AnswerWrite, Progress } from '../types';

/** The parts the group may rewrite: saved as type 'field', key = the part's id. */
export const certificateParts = ['achievements', 'partners', 'when', 'where'] as const;
export type CertificatePart = (typeof certificateParts)[number];

export const partSchema = v.object({ value: v.pipe(v.string(), v.maxLength(1000)) });
/** key 'ready': the group has looked the certificates through. */
export const readySchema = v.object({ ready: v.boolean() });

type Translate = (key: string) => string;
const of = (sources: readonly Entry[], exerciseId: string) => sources.filter((e) => e.exerciseId === exerciseId);

/** The goal in words: the card's own words, or its answers' words (pictures' words and own words). */
export function goalText(goal: Goal, tContent: Translate): string {
  if (goal.card.text?.trim()) return goal.card.text.trim();
  return goalRows(goal)
    .flatMap(({ choice, words }) => [...(choice ? [tContent(choice.textKey)] : []), ...(words ? [words] : [])])
    .join(', ');
}

/** Tasks ticked done on the event day, or, before the event, none. */
function doneTasks(config: CertificateConfig, sources: readonly Entry[]) {
  const ticked = tickedItems(of(sources, config.eventDayExerciseId));
  return readTasks(of(sources, config.tasksExerciseId)).filter((t) => ticked.has(t.key));
}

/** What the journey says, before anyone edits: one line per achievement and per partner. */
export function gathered(config: CertificateConfig, sources: readonly Entry[], tContent: Translate, group?: { readonly place: string; readonly heldDays: readonly string[] }, formatDay: (d: string) => string = (d) => d): Record<CertificatePart, string> {
  const goal = readGoal(of(sources, config.goalExerciseId));
  const achievements = [...(goal ? [goalText(goal, tContent)] : []), ...doneTasks(config, sources).map((t) => taskText(taskLook(t), tContent))].filter((line) => line !== '');
  const partners = readPartners(sources).map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name));
  const days = group?.heldDays ?? [];
  const first = days[0];
  const last = days[days.length - 1];
  const when = first && last ? (first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`) : '';
  return { achievements: achievements.join('\n'), partners: partners.join('\n'), when, where: group?.place ?? '' };
}

/** The parts the group has rewritten (an empty saved part stays empty: they took it out). */
export function savedParts(entries: readonly Entry[]): Partial<Record<CertificatePart, string>> {
  const saved: Partial<Record<CertificatePart, string>> = {};
  for (const entry of entries) {
    const part = certificateParts.find((p) => p === entry.key);
    if (entry.type === 'field' && part && v.is(partSchema, entry.data)) saved[part] = entry.data.value;
  }
  return saved;
}

/** Lines of a part, without empty ones. */
export const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export const partWrites = (parts: Record<CertificatePart, string>): AnswerWrite[] => certificateParts.map((p) => ({ type: 'field', key: p, data: { value: parts[p] } }));

/** Who gets a certificate: the participants and peer support persons (not the support workers). */
export const holders = (members: readonly Person[]): Person[] => members.filter((m) => m.role !== 'support');

/** A holder's own line: the jobs they did (ticked on the event day, or ticked done in "Meidän työt") and their strengths from the skills map. */
export function personalLines(config: CertificateConfig, sources: readonly Entry[], person: Person, tContent: Translate): { tasks: string[]; strengths: string[] } {
  const onEventDay = doneTasks(config, sources).filter((t) => t.doerIds.includes(person.id)).map((t) => taskText(taskLook(t), tContent));
  const jobsDone = doneBy(gatherTodos(sources), person.id).map((todo) => todo.text ?? (todo.textKey ? tContent(todo.textKey) : ''));
  const tasks = [...new Set([...onEventDay, ...jobsDone])].filter((line) => line.trim() !== '');
  const found = findExercise(config.skillsExerciseId);
  const skillEntries = of(sources, config.skillsExerciseId);
  const mine = skillsOfMember(skillEntries, person.id);
  const skills = found?.exercise.kind === 'skillsGrid' ? groupSkills(found.exercise.config, skillEntries) : [];
  return { tasks, strengths: skills.filter((s) => mine.has(s.id)).map((s) => skillLabel(s, tContent)) };
}

export function certificateProgress(entries: readonly Entry[]): Progress {
  if (entries.some((e) => e.type === 'ready' && v.is(readySchema, e.data) && e.data.ready)) return 'done';
  return entries.some((e) => e.type === 'field') ? 'started' : 'not-started';
}
