import { describe, expect, it } from 'vitest';
import { ownVoicesExerciseId, readRecordings, recordingType } from '../../src/domain/ownVoices';
import { recordingKey } from '../../src/services/speech/ownRecordings';
import type { Entry } from '../../src/domain/records';

describe('the key of recorded words', () => {
  it('is the same for the same words in the same language, however they are spaced or split', () => {
    const one = recordingKey([{ lang: 'fi-FI', text: 'Hei  kaikki.' }, { lang: 'fi', text: 'Mitä kuuluu?' }]);
    expect(one).toBe(recordingKey([{ lang: 'fi', text: 'Hei kaikki. Mitä kuuluu?' }]));
    expect(one).toMatch(/^fi-[0-9a-f]{16}$/);
  });

  it('differs for other words or another language', () => {
    const fi = recordingKey([{ lang: 'fi', text: 'Kyllä' }]);
    expect(recordingKey([{ lang: 'fi', text: 'Ei' }])).not.toBe(fi);
    expect(recordingKey([{ lang: 'sv', text: 'Kyllä' }])).not.toBe(fi);
  });
});

const entry = (key: string, data: unknown, deleted = false): Entry => ({
  id: `g/${ownVoicesExerciseId}/${recordingType}/${key}`,
  groupId: 'g',
  meetingId: 'group',
  exerciseId: ownVoicesExerciseId,
  type: recordingType,
  key,
  data,
  updatedAt: '0',
  deviceId: 'd',
  deleted,
});

describe('the group recordings read from answers', () => {

  it('keeps live recordings whose data fits and leaves out removed or broken ones', () => {
    const good = { lang: 'fi', text: 'Kyllä', mediaId: 'm1' };
    const found = readRecordings([entry('a', good), entry('b', good, true), entry('c', { lang: 'fi', text: '' })]);
    expect(found).toEqual([{ ...good, key: 'a' }]);
  });
});
