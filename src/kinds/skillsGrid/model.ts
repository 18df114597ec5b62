// Vahvuus- ja taitokartta: each member taps the strengths they have, the group adds its own, and the
// map shows who has which. The task table (meeting 8) reads this map. Pure functions only.
import * as v from 'valibot';
import type { PictogramId } from '../../content/pictogramId';
import type { SkillsGridConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

/** Per (strength, member): key `${skillId}:${personId}`; taking it back saves false. DO NOT CHANGE without a migration. */
export const hasSchema = v.object({ has: v.boolean() });

/** A strength the group added: key = a random id (it is the strength's id). DO NOT CHANGE without a migration. */
export const ownSkillSchema = v.object({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), createdAt: v.number() });

export const ownSkillMaxLength = 100;

/** A strength of the map: one of the workbook's (a text key) or the group's own (its words). */
export interface Skill {
  /** The config id, or the own strength's key. */
  readonly id: string;
  readonly pictogram: PictogramId;
  readonly textKey?: string;
  readonly text?: string;
}

/** Own strengths have one picture. */
export const ownSkillPictogram: PictogramId = 'own-skill';

/** The workbook's strengths in their order, then the group's own in the order they were added. */
export function groupSkills(config: SkillsGridConfig, entries: readonly Entry[]): Skill[] {
  const own: { readonly skill: Skill; readonly createdAt: number }[] = [];
  for (const entry of entries) {
    if (entry.type === 'own' && v.is(ownSkillSchema, entry.data)) {
      own.push({ skill: { id: entry.key, pictogram: ownSkillPictogram, text: entry.data.text }, createdAt: entry.data.createdAt });
    }
  }
  own.sort((a, b) => a.createdAt - b.createdAt || a.skill.id.localeCompare(b.skill.id));
  return [...config.skills.map((s): Skill => ({ id: s.id, pictogram: s.pictogram, textKey: s.textKey })), ...own.map((o) => o.skill)];
}

/** What a strength is called in the reader's language (the group's own in its own words). */
export const skillLabel = (skill: Skill, tContent: (key: string) => string): string => (skill.textKey ? tContent(skill.textKey) : (skill.text ?? ''));

function splitKey(key: string): readonly [string, string] | null {
  const at = key.indexOf(':');
  return at > 0 && at < key.length - 1 ? [key.slice(0, at), key.slice(at + 1)] : null;
}

/** Who has each strength: strength id → ids of current members who have it, in member order. */
export function holdersOf(entries: readonly Entry[], memberIds: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const has = new Set<string>();
  for (const entry of entries) {
    if (entry.type === 'has' && v.is(hasSchema, entry.data) && entry.data.has) has.add(entry.key);
  }
  const bySkill = new Map<string, string[]>();
  for (const key of has) {
    const parts = splitKey(key);
    if (parts) bySkill.set(parts[0], []);
  }
  for (const [skillId, holders] of bySkill) {
    for (const personId of memberIds) if (has.has(`${skillId}:${personId}`)) holders.push(personId);
  }
  return bySkill;
}

/** The strengths one member has tapped. */
export function skillsOfMember(entries: readonly Entry[], personId: string): ReadonlySet<string> {
  const skills = new Set<string>();
  for (const entry of entries) {
    if (entry.type !== 'has' || !v.is(hasSchema, entry.data) || !entry.data.has) continue;
    const parts = splitKey(entry.key);
    if (parts && parts[1] === personId) skills.add(parts[0]);
  }
  return skills;
}

export interface MapRow {
  readonly skill: Skill;
  readonly holderIds: readonly string[];
}

/** The group's combined map: every strength with the members who have it. */
export function skillMap(config: SkillsGridConfig, entries: readonly Entry[], memberIds: readonly string[]): MapRow[] {
  const holders = holdersOf(entries, memberIds);
  return groupSkills(config, entries).map((skill) => ({ skill, holderIds: holders.get(skill.id) ?? [] }));
}

export const hasWrite = (skillId: string, personId: string, has: boolean): AnswerWrite => ({
  type: 'has',
  key: `${skillId}:${personId}`,
  data: { has },
});

/** A new own strength, already tapped for the member who added it (when there is one). */
export function ownSkillWrites(text: string, personId: string | null, now: number = Date.now()): AnswerWrite[] {
  const clean = text.trim().slice(0, ownSkillMaxLength);
  if (!clean) return [];
  const key = newId();
  const own: AnswerWrite = { type: 'own', key, data: { text: clean, createdAt: now } };
  return personId ? [own, hasWrite(key, personId, true)] : [own];
}

/** Done once anyone has tapped a strength or the group has added one. */
export function skillsProgress(entries: readonly Entry[]): Progress {
  const any = entries.some((e) => (e.type === 'has' && v.is(hasSchema, e.data) && e.data.has) || (e.type === 'own' && v.is(ownSkillSchema, e.data)));
  return any ? 'done' : 'not-started';
}
