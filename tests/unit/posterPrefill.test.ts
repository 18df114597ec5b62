// A poster's fields start with the group's own data; what the group writes over them wins.
import { beforeAll, describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import { posterFields } from '../../src/content/posters';
import type { Entry } from '../../src/domain/records';
import { initI18n, tContent } from '../../src/i18n/i18n';
import { fieldWrite, formProgress, formValues } from '../../src/kinds/form/model';
import { paperOf, photoOf, posterPhotoIds, posterPrefill, posterRows, posterValues } from '../../src/kinds/form/poster';
import { entry } from './fixtures';

const translate = (key: string, options?: Record<string, string>) => tContent(key, options);
const goal = entry('m04-idea-storm', 'goal', 'goal', { ref: 'm04-idea-storm/c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta', createdAt: 2 } });
const goalCard = entry('m04-idea-storm', 'card', 'c1', { areaId: 'wishes', text: 'Tanssi-ilta', photoId: 'photo-goal', createdAt: 2 });
const memo = entry('m05-memo', 'memo', 'a', { topic: 'Suunnittelu', photoId: 'photo-memo' });
const partner = (key: string, name: string, createdAt: number): Entry => ({
  ...entry('partners', 'partner', key, { name, organisation: '', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt }),
  meetingId: 'group',
});
const agreement = (key: string, where: string, when: string) => entry('m07-agreement', 'agreement', key, { where, when, tasks: [], money: { isNeeded: null, amount: '', source: '' } });
const facts = { group: { name: 'Mäntylän porukka', place: 'Asukastila' } };

beforeAll(() => initI18n('fi'));

describe('poster prefill', () => {
  it('starts with the goal, the agreed place and time, the partners, the group and its photo', () => {
    const sources = [goal, goalCard, memo, partner('p2', 'Seurakunta', 2), partner('p1', 'Kirjaston Liisa', 1), agreement('p1', '', ''), agreement('p2', 'Kirjaston sali', 'Lauantaina 12.6. kello 14')];
    expect(posterPrefill(posterFields, sources, facts, translate)).toEqual({
      goal: 'Tanssi-ilta',
      when: 'Lauantaina 12.6. kello 14',
      place: 'Kirjaston sali',
      partners: 'Kirjaston Liisa, Seurakunta',
      from: 'Mäntylän porukka',
      photo: 'photo-goal',
      paper: 'poster',
    });
    expect(posterPhotoIds(sources)).toEqual(['photo-goal', 'photo-memo']);
  });

  it('uses the group’s meeting place when no place was agreed, and leaves what is not known empty', () => {
    expect(posterPrefill(posterFields, [], facts, translate)).toEqual({ goal: '', when: '', place: 'Asukastila', partners: '', from: 'Mäntylän porukka', photo: 'none', paper: 'poster' });
  });

  it('keeps what the group wrote over the data, even an emptied field', () => {
    const prefill = posterPrefill(posterFields, [goal, agreement('p1', 'Kirjasto', 'Perjantaina')], facts, translate);
    const saved = formValues([fieldWrite('place', 'Puisto'), fieldWrite('partners', ''), fieldWrite('paper', 'card'), fieldWrite('photo', 'none')].map((w) => entry('m08-poster', w.type, w.key, w.data)));
    const values = posterValues(saved, prefill);
    expect(values).toMatchObject({ goal: 'Tanssi-ilta', when: 'Perjantaina', place: 'Puisto', partners: '' });
    expect(paperOf(values)).toBe('card');
    expect(photoOf(values)).toBeNull();
  });

  it('shows the fields with words as picture rows, under the poster’s own title', () => {
    const { hello, rows } = posterRows('m08-poster', { goal: 'Tanssi-ilta', when: 'Perjantaina', place: '', partners: 'Liisa', from: 'Porukka' }, translate);
    expect(hello).toBe('Tervetuloa mukaan!');
    expect(rows).toEqual([
      ['goal', 'Mitä: Tanssi-ilta'],
      ['calendar', 'Aika: Perjantaina'],
      ['partner', 'Mukana: Liisa'],
      ['friends', 'Kaikki ovat tervetulleita. Tule yksin tai kaverin kanssa!'],
      ['group', 'Terveisin Porukka'],
    ]);
  });

  it('is in meetings 6, 8 and 10 as a poster form that reads the group’s data', () => {
    for (const id of ['m06-cafe-invitation', 'm08-poster', 'm10-invitation']) {
      const exercise = findExercise(id)?.exercise;
      expect(exercise?.kind).toBe('form');
      expect(exercise?.sources).toEqual(expect.arrayContaining(['m04-idea-storm', 'm07-agreement', 'partners']));
    }
  });
});

describe('poster progress', () => {
  it('is done once the group has saved the poster or a choice on it', () => {
    const exercise = findExercise('m08-poster')?.exercise;
    if (exercise?.kind !== 'form') throw new Error('no poster');
    expect(formProgress(exercise.config, [])).toBe('not-started');
    expect(formProgress(exercise.config, [entry('m08-poster', 'field', 'paper', { value: 'card' })])).toBe('done');
  });
});
