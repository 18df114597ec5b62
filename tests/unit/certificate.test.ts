// The certificate gathers the journey: goal → achievements, event-day ticks → tasks done, partner
// list → partners, meeting days and place → time and place; the group may rewrite every part.
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { entryDataSchema } from '../../src/kinds/entryData';
import { certificateProgress, gathered, holders, lines, partWrites, personalLines, savedParts } from '../../src/kinds/certificate/model';
import { entry, person } from './fixtures';

const { config } = findExercise('m10-certificate')!.exercise as ExerciseOf<'certificate'>;
const tContent = (key: string) => `«${key.split('.').pop()}»`;
const partner = (key: string, name: string, organisation: string) =>
  entry('partners', 'partner', key, { name, organisation, offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: key.length });
const journey = [
  entry('m04-idea-storm', 'goal', 'goal', { ref: 'c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta pihalla', createdAt: 1 } }),
  entry('m08-tasks', 'task', 't1', { text: 'Keitetään kahvit', createdAt: 1 }),
  entry('m08-tasks', 'task', 't2', { text: 'Tehdään julisteet', createdAt: 2 }),
  entry('m08-tasks', 'doer', 't1:anna', { does: true }),
  entry('m09-event-day', 'tick', 't1', { ticked: true }),
  entry('m09-event-day', 'tick', 't2', { ticked: false }),
  entry('m08-skills', 'has', 'music:anna', { has: true }),
  partner('k1', 'Liisa', 'Kirjasto'),
  partner('k22', 'Seurakunta', ''),
];

describe('certificate', () => {
  it('gathers the goal, the tasks done on the event day, the partners, the days and the place', () => {
    const parts = gathered(config, journey, tContent, { place: 'Kerhohuone', heldDays: ['2026-09-01', '2026-11-23'] }, (d) => d.split('-').toReversed().join('.'));
    expect(lines(parts.achievements)).toEqual(['Tanssi-ilta pihalla', 'Keitetään kahvit']);
    expect(lines(parts.partners)).toEqual(['Liisa (Kirjasto)', 'Seurakunta']);
    expect(parts.when).toBe('01.09.2026 – 23.11.2026');
    expect(parts.where).toBe('Kerhohuone');
  });

  it('names a goal made of picture choices in the reader’s words, and is empty before the journey', () => {
    const pictureGoal = entry('m04-idea-storm', 'goal', 'goal', { ref: 'c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', choices: { what: 'dance', where: 'park' }, createdAt: 1 } });
    expect(gathered(config, [pictureGoal], tContent).achievements).toBe('«dance», «park»');
    expect(gathered(config, [], tContent)).toEqual({ achievements: '', partners: '', when: '', where: '' });
    const ownWordsGoal = entry('m04-idea-storm', 'goal', 'goal', {
      ref: 'c2',
      exerciseId: 'm04-idea-storm',
      card: { areaId: 'wishes', choices: { what: 'dance' }, fieldTexts: { where: 'Kirjaston piha' }, createdAt: 1 },
    });
    expect(gathered(config, [ownWordsGoal], tContent).achievements).toBe('«dance», Kirjaston piha');
  });

  it('gives each participant and peer support person their own tasks and strengths; support workers get none', () => {
    const anna = person('anna');
    const members = [anna, person('ben', { role: 'peer' }), person('sari', { role: 'support' })];
    expect(holders(members).map((m) => m.id)).toEqual(['anna', 'ben']);
    expect(personalLines(config, journey, anna, tContent)).toEqual({ tasks: ['Keitetään kahvit'], strengths: ['«music»'] });
    expect(personalLines(config, journey, person('ben'), tContent)).toEqual({ tasks: [], strengths: [] });
  });

  it('keeps the group’s own words over the gathered ones, even an emptied part', () => {
    const writes = partWrites({ achievements: 'Juhlat', partners: '', when: 'Syksy 2026', where: 'Piha' });
    const saved = writes.map((w) => entry('m10-certificate', w.type, w.key, w.data));
    expect(savedParts(saved)).toEqual({ achievements: 'Juhlat', partners: '', when: 'Syksy 2026', where: 'Piha' });
    expect(certificateProgress(saved)).toBe('started');
    expect(certificateProgress([...saved, entry('m10-certificate', 'ready', 'ready', { ready: true })])).toBe('done');
    for (const w of writes) expect(entryDataSchema('m10-certificate', 'm10', w.type)).not.toBeNull();
  });
});
