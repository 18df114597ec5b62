// Vahvuus- ja taitokartta: who has which strength, the group's own strengths, and the combined map.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { AnswerWrite } from '../../src/kinds/types';
import {
  groupSkills,
  hasSchema,
  hasWrite,
  holdersOf,
  ownSkillSchema,
  ownSkillWrites,
  skillLabel,
  skillMap,
  skillsOfMember,
  skillsProgress,
} from '../../src/kinds/skillsGrid/model';
import { entry } from './fixtures';

const exercise = findExercise('m08-skills')!.exercise as ExerciseOf<'skillsGrid'>;
const config = exercise.config;
const saved = (...writes: AnswerWrite[]) => writes.map((w) => entry('m08-skills', w.type, w.key, w.data));

describe('the skills map of meeting 8', () => {
  it('lists the workbook’s thirteen strengths with pictures', () => {
    expect(config.skills.map((s) => s.id)).toEqual([
      'performing', 'advising', 'courage', 'computer', 'drawing', 'kitchen', 'devices',
      'photography', 'storytelling', 'music', 'humour', 'memory', 'writing',
    ]);
    expect(new Set(config.skills.map((s) => s.pictogram)).size).toBe(13);
  });
});

describe('skillsGrid model', () => {
  it('saves one answer per (strength, member) and takes a strength back by saving false', () => {
    expect(hasWrite('music', 'p1', true)).toEqual({ type: 'has', key: 'music:p1', data: { has: true } });
    const tapped = saved(hasWrite('music', 'p1', true), hasWrite('drawing', 'p1', true));
    expect([...skillsOfMember(tapped, 'p1')]).toEqual(['music', 'drawing']);
    // The same key again (later on this or another tablet) replaces the earlier answer.
    const takenBack = saved(hasWrite('music', 'p1', false), hasWrite('drawing', 'p1', true));
    expect([...skillsOfMember(takenBack, 'p1')]).toEqual(['drawing']);
  });

  it('shows who has each strength in member order, only for current members', () => {
    const entries = saved(hasWrite('music', 'p2', true), hasWrite('music', 'p1', true), hasWrite('music', 'gone', true), hasWrite('kitchen', 'p2', true));
    const holders = holdersOf(entries, ['p1', 'p2']);
    expect(holders.get('music')).toEqual(['p1', 'p2']);
    expect(holders.get('kitchen')).toEqual(['p2']);
    expect(holders.get('drawing')).toBeUndefined();
  });

  it('adds the group’s own strength after the workbook’s, tapped for the member who added it', () => {
    const writes = ownSkillWrites('  Kukkien hoito  ', 'p1', 5);
    expect(writes).toHaveLength(2);
    const [own, has] = writes;
    expect(own).toMatchObject({ type: 'own', data: { text: 'Kukkien hoito', createdAt: 5 } });
    expect(has).toEqual({ type: 'has', key: `${own!.key}:p1`, data: { has: true } });
    const skills = groupSkills(config, saved(...writes));
    expect(skills).toHaveLength(14);
    expect(skills[13]).toEqual({ id: own!.key, pictogram: 'own-skill', text: 'Kukkien hoito' });
    expect(skillLabel(skills[13]!, () => 'never')).toBe('Kukkien hoito');
    expect(skillLabel(skills[0]!, (key) => `text of ${key}`)).toBe('text of exercises.m08-skills.skills.performing');
  });

  it('adds nothing for empty words, and an own strength without a member when none is given', () => {
    expect(ownSkillWrites('   ', 'p1')).toEqual([]);
    expect(ownSkillWrites('Laulu', null).map((w) => w.type)).toEqual(['own']);
    expect(v.is(ownSkillSchema, ownSkillWrites('x'.repeat(300), null)[0]!.data)).toBe(true);
  });

  it('orders own strengths by when they were added, and drops a removed one from the map', () => {
    const later = ownSkillWrites('Laulu', null, 9);
    const earlier = ownSkillWrites('Pyöräily', 'p1', 3);
    const entries = saved(...later, ...earlier);
    expect(groupSkills(config, entries).slice(13).map((s) => s.text)).toEqual(['Pyöräily', 'Laulu']);
    // Removing the own strength (its entry is gone) leaves the member's tap, but the map ignores it.
    const withoutEarlier = entries.filter((e) => e.key !== earlier[0]!.key);
    const map = skillMap(config, withoutEarlier, ['p1']);
    expect(map.map((r) => r.skill.text).filter(Boolean)).toEqual(['Laulu']);
  });

  it('makes the combined map: every strength with its holders, empty ones too', () => {
    const entries = saved(hasWrite('kitchen', 'p1', true), hasWrite('kitchen', 'p2', true), hasWrite('humour', 'p2', true));
    const map = skillMap(config, entries, ['p1', 'p2']);
    expect(map).toHaveLength(13);
    expect(map.find((r) => r.skill.id === 'kitchen')?.holderIds).toEqual(['p1', 'p2']);
    expect(map.find((r) => r.skill.id === 'humour')?.holderIds).toEqual(['p2']);
    expect(map.find((r) => r.skill.id === 'writing')?.holderIds).toEqual([]);
  });

  it('ignores answers that do not match their schema or key shape', () => {
    const broken = [entry('m08-skills', 'has', 'music', { has: true }), entry('m08-skills', 'has', 'music:p1', { has: 'yes' }), entry('m08-skills', 'own', 'o', { text: '' })];
    expect(holdersOf(broken, ['p1']).size).toBe(0);
    expect(groupSkills(config, broken)).toHaveLength(13);
    expect(v.is(hasSchema, { has: 'yes' })).toBe(false);
  });

  it('is done once anyone has tapped a strength or added one', () => {
    expect(skillsProgress([])).toBe('not-started');
    expect(skillsProgress(saved(hasWrite('music', 'p1', false)))).toBe('not-started');
    expect(skillsProgress(saved(hasWrite('music', 'p1', true)))).toBe('done');
    expect(skillsProgress(saved(...ownSkillWrites('Laulu', null)))).toBe('done');
  });
});
