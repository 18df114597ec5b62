import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetings } from '../../src/content/meetings';
import { phases } from '../../src/content/phases';
import { materials, nextMeetingFields, otherMaterialsField, planExerciseId } from '../../src/content/planning';
import { supportChecklistId } from '../../src/content/lookup';
import { startBoards } from '../../src/content/startBoards';
import { avatarPictograms } from '../../src/content/avatars';
import type { PictogramId } from '../../src/content/pictogramId';
import { rulesExercise } from '../../src/content/outcomes';
import { goodFriendStatements } from '../../src/content/statements';
import { parseRoute, type RouteName } from '../../src/app/router';
import { kinds } from '../../src/kinds/registry';

const manifest = JSON.parse(readFileSync(new URL('../../pictograms/manifest.json', import.meta.url), 'utf8')) as Record<string, string>;
const languages = ['fi', 'sv', 'en'];
const load = (lng: string, ns: string) => JSON.parse(readFileSync(new URL(`../../locales/${lng}/${ns}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const lookup = (tree: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

/** Every text key and pictogram the content names. */
function contentKeys(): { keys: string[]; pictograms: PictogramId[] } {
  const keys: string[] = [];
  const pictograms: PictogramId[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.endsWith('Key') && typeof v === 'string') keys.push(v);
        else if (k === 'pictogram' && typeof v === 'string') pictograms.push(v as PictogramId);
        else walk(v);
      }
    }
  };
  walk(meetings);
  walk(phases);
  walk([materials, otherMaterialsField, nextMeetingFields]);
  return { keys, pictograms };
}

describe('content', () => {
  it('has ten meetings in five phases, in order', () => {
    expect(meetings.map((m) => m.id)).toEqual(['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10']);
    expect(meetings.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(meetings.map((m) => m.phase))).toEqual(new Set(phases.map((p) => p.id)));
  });

  it('gives every exercise a unique id that starts with its meeting', () => {
    const ids = meetings.flatMap((m) => m.exercises.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of meetings) for (const e of m.exercises) expect(e.id.startsWith(`${m.id}-`)).toBe(true);
    for (const m of meetings) expect(m.exercises.length).toBeGreaterThan(0);
  });

  it('uses ids that are safe in addresses and saved data (lower case words joined by "-")', () => {
    const ids: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'id' && typeof v === 'string') ids.push(v);
          else walk(v);
        }
      }
    };
    walk(meetings);
    expect(ids.length).toBeGreaterThan(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every meeting a checklist for before, during and after, with unique row ids', () => {
    for (const m of meetings) {
      expect(m.supportChecklist.sections.map((s) => s.id)).toEqual(['before', 'during', 'after']);
      const ids = m.supportChecklist.sections.flatMap((s) => s.items.map((i) => i.id));
      expect(new Set(ids).size, m.id).toBe(ids.length);
    }
  });

  it('has all eleven statements of "Yhtä mieltä?" and they become the rules', () => {
    expect(goodFriendStatements).toHaveLength(11);
    expect(rulesExercise().exercise.id).toBe('m02-agree');
  });

  it('names only pictograms that are in the manifest', () => {
    const { pictograms } = contentKeys();
    expect(pictograms.length).toBeGreaterThan(0);
    expect(avatarPictograms.length).toBeGreaterThan(0);
    for (const id of [...pictograms, ...avatarPictograms]) expect(manifest[id], id).toBeTypeOf('string');
  });

  it.each(languages)('has every content text in %s', (lng) => {
    const content = load(lng, 'content');
    expect(contentKeys().keys.length).toBeGreaterThan(0);
    for (const key of contentKeys().keys) expect(lookup(content, key), `${lng}: ${key}`).toBeTypeOf('string');
  });

  it.each(languages)('has help for every screen in %s', (lng) => {
    const help = load(lng, 'help');
    // Every route: a Record over RouteName fails to compile when a new route is missing here.
    const screens: Record<Exclude<RouteName, 'exercise' | 'board'>, true> = {
      start: true, settings: true, about: true, newGroup: true, import: true, exportAll: true, exportGroup: true, reset: true, library: true, libraryItem: true,
      group: true, editGroup: true, members: true, newMember: true, editMember: true, rules: true, diary: true, agreements: true,
      partners: true, newPartner: true, editPartner: true, meeting: true, meetingHeld: true, meetingSummary: true, plan: true, notFound: true,
      ownPictures: true, todos: true, documents: true, slideshow: true,
    };
    expect(parseRoute('#/').name).toBe('start');
    // The board screen uses the choice board's help; a support person's screen seen in participant mode, "locked".
    for (const screen of [...Object.keys(screens), 'locked']) expect(help[screen], `${lng}: ${screen}`).toBeTypeOf('string');
    const exerciseHelp = help['exercise'] as Record<string, unknown>;
    for (const kind of ['comingSoon', ...Object.keys(kinds).filter((k) => !('comingSoon' in kinds[k as keyof typeof kinds]))]) {
      expect(exerciseHelp[kind], `${lng}: help for ${kind}`).toBeTypeOf('string');
    }
  });

  it('keeps the support persons\' answers (checklist, plan) apart from every exercise and board', () => {
    const exerciseIds = new Set([...meetings.flatMap((m) => m.exercises.map((e) => e.id)), ...startBoards.map((b) => b.id), 'partners']);
    for (const meeting of meetings) {
      expect(exerciseIds.has(supportChecklistId(meeting.id)), supportChecklistId(meeting.id)).toBe(false);
      expect(exerciseIds.has(planExerciseId(meeting.id)), planExerciseId(meeting.id)).toBe(false);
    }
    expect(exerciseIds.size).toBe(meetings.flatMap((m) => m.exercises).length + startBoards.length + 1);
  });
});
