// Memos: any meeting has them, they are checked on import, and they show in the diary.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { diaryPages } from '../../src/app/diary/model';
import { findMeetingExercise } from '../../src/content/lookup';
import { meetings } from '../../src/content/meetings';
import { memoExerciseId } from '../../src/content/memos';
import type { Entry } from '../../src/domain/records';
import { entryDataSchema } from '../../src/kinds/entryData';
import { emptyParts, memoProgress, memoSchema, newMemo, readMemos, toggled, type MemoData } from '../../src/kinds/memo/model';
import { entry } from './fixtures';

const memo = (over: Partial<MemoData>): MemoData => ({ ...newMemo('2026-11-23', 1), ...over });
const memoEntry = (meetingId: Entry['meetingId'], key: string, data: MemoData): Entry => ({ ...entry(memoExerciseId(String(meetingId)), 'memo', key, data), meetingId });

describe('memos', () => {
  it('belong to every meeting: meeting 7 lists its memo exercise, the others open theirs from the meeting page', () => {
    expect(findMeetingExercise('m07', 'm07-memo')?.exercise.kind).toBe('memo');
    expect(findMeetingExercise('m03', 'm03-memo')?.exercise).toMatchObject({ kind: 'memo', sources: ['partners'] });
    expect(findMeetingExercise('m03', 'm04-memo')).toBeUndefined();
    expect(findMeetingExercise('m03', 'm04-idea-storm')).toBeUndefined();
    // Nothing else of any meeting is called like a memo.
    const ids = meetings.flatMap((m) => m.exercises.map((e) => e.id));
    expect(ids.filter((id) => id.endsWith('-memo'))).toEqual(['m07-memo']);
  });

  it('are checked by their schema on import, in any meeting, and nowhere else', () => {
    expect(entryDataSchema('m03-memo', 'm03', 'memo')).not.toBeNull();
    expect(entryDataSchema('m03-memo', 'm04', 'memo')).toBeNull();
    expect(entryDataSchema('m03-memo', 'm03', 'vote')).toBeNull();
    expect(v.is(memoSchema, memo({ topic: 'Kahvila', tasks: [{ text: 'Soita', personIds: ['p1'] }] }))).toBe(true);
    expect(v.is(memoSchema, { ...memo({}), day: '23.11.2026' })).toBe(false);
    expect(v.is(memoSchema, { ...memo({}), topic: 'x'.repeat(201) })).toBe(false);
  });

  it('are read per meeting in the order written, without removed ones or broken data', () => {
    const entries = [
      memoEntry('m07', 'b', memo({ topic: 'Toinen', createdAt: 2 })),
      memoEntry('m07', 'a', memo({ topic: 'Ensimmäinen', createdAt: 1 })),
      memoEntry('m03', 'c', memo({ topic: 'Kolmas', createdAt: 3 })),
      { ...memoEntry('m07', 'gone', memo({ topic: 'Poistettu' })), deleted: true },
      memoEntry('m07', 'broken', { topic: 5 } as unknown as MemoData),
    ];
    expect(readMemos(entries).map((m) => [m.meetingId, m.topic])).toEqual([
      ['m03', 'Kolmas'],
      ['m07', 'Ensimmäinen'],
      ['m07', 'Toinen'],
    ]);
  });

  it('say which parts are still empty; the exercise is done when one memo has every part', () => {
    const half = memo({ topic: 'Kahvila', talked: 'Kahvista' });
    expect(emptyParts(half)).toEqual(['people', 'agreed', 'next']);
    expect(memoProgress([])).toBe('not-started');
    expect(memoProgress([memoEntry('m07', 'a', half)])).toBe('started');
    const full = memo({ topic: 'Kahvila', talked: 'Kahvista', agreed: 'Tavataan', next: 'Ma 1.12.', partnerKeys: ['k1'] });
    expect(memoProgress([memoEntry('m07', 'a', half), memoEntry('m07', 'b', full)])).toBe('done');
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['b'], 'a')).toEqual(['b', 'a']);
  });

  it('show in the diary on their meeting’s page, even when nothing else was done there', () => {
    const pages = diaryPages(meetings, [], [memoEntry('m04', 'a', memo({ topic: 'Puhelu kirjastoon' }))]);
    expect(pages.map((p) => [p.meeting.id, p.memos.map((m) => m.topic)])).toEqual([['m04', ['Puhelu kirjastoon']]]);
  });
});
