// What flows into the task table from the skills map (source exercise of kind skillsGrid): the
// strengths to pick from, who has them, and so whom to suggest for a task.
import { findExercise } from '../../content/lookup';
import type { Entry, Person } from '../../domain/records';
import { groupSkills, holdersOf, type Skill } from '../skillsGrid/model';

export interface SkillsMap {
  readonly skills: readonly Skill[];
  /** Strength id → ids of members who have it, in member order. */
  readonly holders: ReadonlyMap<string, readonly string[]>;
}

/** The strengths of the skills maps named in `sourceIds` (their own strengths too) and who has them. */
export function skillsFromSources(sourceIds: readonly string[], sources: readonly Entry[], memberIds: readonly string[]): SkillsMap {
  const skills: Skill[] = [];
  const holders = new Map<string, readonly string[]>();
  for (const sourceId of sourceIds) {
    const source = findExercise(sourceId)?.exercise;
    if (source?.kind !== 'skillsGrid') continue;
    const entries = sources.filter((e) => e.exerciseId === sourceId);
    skills.push(...groupSkills(source.config, entries));
    for (const [skillId, ids] of holdersOf(entries, memberIds)) holders.set(skillId, ids);
  }
  return { skills, holders };
}

export interface Suggested {
  readonly person: Person;
  /** The needed strengths this member has, in the order of the map. */
  readonly skillIds: readonly string[];
}

/**
 * Who could do a task: members who have any of the strengths it needs come first ("suggested"),
 * most matching strengths first, then in member order; the others follow.
 */
export function suggestDoers(members: readonly Person[], neededSkillIds: readonly string[], map: SkillsMap): { suggested: Suggested[]; others: Person[] } {
  const needed = map.skills.map((s) => s.id).filter((skillId) => neededSkillIds.includes(skillId));
  const matched = members.map((person, order) => ({
    person,
    order,
    skillIds: needed.filter((skillId) => map.holders.get(skillId)?.includes(person.id)),
  }));
  const suggested = matched
    .filter((m) => m.skillIds.length > 0)
    .sort((a, b) => b.skillIds.length - a.skillIds.length || a.order - b.order)
    .map(({ person, skillIds }) => ({ person, skillIds }));
  return { suggested, others: matched.filter((m) => m.skillIds.length === 0).map((m) => m.person) };
}
