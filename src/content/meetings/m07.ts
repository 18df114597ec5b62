// Meeting 7, "Yhteistyöstä sopiminen": agreeing with partners, ideas that change, the memo.
import { checkIn, exercise, planned, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';
import { plainBoard } from './m06';

export const m07 = meeting(
  7,
  'partnership',
  'memo',
  supportChecklist({ before: [item('prepare-questions', 'question')], after: [item('memo-to-partners', 'share')] }),
  [
    checkIn('m07'),
    planned('m07-agreement', 'agreement', 'partner'),
    exercise(
      'm07-ideas-change',
      'cardBoard',
      'change',
      plainBoard(
        'm07-ideas-change',
        [
          { id: 'may-change', titleKey: 'exercises.m07-ideas-change.areas.may-change', pictogram: 'change' },
          { id: 'keep', titleKey: 'exercises.m07-ideas-change.areas.keep', pictogram: 'keep' },
        ],
        rows('exercises.m07-ideas-change.examples', [['outdoors', 'park'], ['accessible', 'wheelchair-ok']]),
      ),
    ),
    planned('m07-memo', 'memo', 'memo'),
  ],
);
