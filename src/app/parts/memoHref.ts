import { memoExerciseId } from '../../content/memos';
import type { Memo } from '../../kinds/memo/model';
import { href } from '../router';

/** The address of one memo (its meeting's memo exercise, opened at the memo). */
export const memoHref = (groupId: string, memo: Memo): string =>
  href({ name: 'exercise', groupId, meetingId: memo.meetingId, exerciseId: memoExerciseId(memo.meetingId), step: memo.key });
