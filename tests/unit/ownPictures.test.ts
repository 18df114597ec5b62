// The group's own pictures as data: which answers count, what an import accepts, which pictures are offered.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { pictogramGroups } from '../../src/app/ownPictures/usedPictograms';
import { readOwnPictures } from '../../src/domain/ownPictures';
import { entryDataSchema } from '../../src/kinds/entryData';
import { entry } from './fixtures';

const picture = (key: string, data: unknown, deleted = false) => ({ ...entry('own-pictures', 'picture', key, data), meetingId: 'group' as const, deleted });

describe('own pictures', () => {
  it('reads the live photos per pictogram; removed ones, member pictures and bad data are left out', () => {
    const pictures = readOwnPictures([
      picture('cafe', { photoId: 'p1' }),
      picture('park', { photoId: 'p2' }, true),
      picture('avatar-owl', { photoId: 'p3' }),
      picture('library', { photo: 'p4' }),
      entry('own-voices', 'picture', 'music', { photoId: 'p5' }),
    ]);
    expect([...pictures]).toEqual([['cafe', 'p1']]);
  });

  it('is an answer of the whole group that an import checks', () => {
    const schema = entryDataSchema('own-pictures', 'group', 'picture');
    expect(schema).not.toBeNull();
    expect(v.is(schema!, { photoId: 'abc' })).toBe(true);
    expect(v.is(schema!, { photoId: '' })).toBe(false);
    expect(entryDataSchema('own-pictures', 'group', 'other')).toBeNull();
    expect(entryDataSchema('own-pictures', 'm02', 'picture')).toBeNull();
  });

  it('offers the pictures of every meeting and of the getting-started boards, never a member picture', () => {
    const groups = pictogramGroups();
    expect(groups.map((g) => g.id)).toEqual(['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'start']);
    const m04 = groups.find((g) => g.id === 'm04')!.pictograms;
    expect(m04.find((p) => p.id === 'cafe')?.textKeys).toContain('exercises.m04-idea-storm.fields.where.choices.cafe');
    expect(groups.find((g) => g.id === 'start')!.pictograms.map((p) => p.id)).toContain('associations');
    expect(groups.flatMap((g) => g.pictograms).some((p) => p.id.startsWith('avatar-'))).toBe(false);
  });
});
