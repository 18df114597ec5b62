// Issue 13, the workbook told right: facts in the content that were once told wrong.
import { describe, expect, it } from 'vitest';
import { meetings } from '../../src/content/meetings';

describe('the workbook told right', () => {
  it('opens every meeting with the check-in ("mitä sinulle kuuluu?"), meeting 1 too', () => {
    for (const meeting of meetings) expect(meeting.exercises[0]?.kind, meeting.id).toBe('moodCheckIn');
    expect(meetings[0]!.exercises.map((e) => e.id)).toEqual(['m01-check-in', 'm01-invitation', 'm01-what-is']);
  });

  it('meets a partner in meeting 7 right after the check-in, before agreeing on the work', () => {
    const ids = meetings[6]!.exercises.map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(['m07-check-in', 'm07-first-talk', 'm07-agreeing-tip']);
  });
});
