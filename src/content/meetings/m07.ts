// Meeting 7, "Yhteistyöstä sopiminen": agreeing with partners, ideas that change, the memo.
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { memoExercise } from '../memos';
import { meeting } from './meeting';
import { plainBoard } from './m06';

export const m07 = meeting(
  7,
  'partnership',
  'memo',
  supportChecklist({ before: [item('prepare-questions', 'question')], after: [item('memo-to-partners', 'share')] }),
  [
    checkIn('m07'),
    exercise('m07-agreeing-tip', 'info', 'tip', {
      paragraphs: [
        paragraph('m07-agreeing-tip', 'meet-again', 'meet-partner'),
        paragraph('m07-agreeing-tip', 'prepare', 'question'),
        paragraph('m07-agreeing-tip', 'what-to-agree', 'agree-together'),
        paragraph('m07-agreeing-tip', 'stop-and-check', 'listen'),
      ],
    }),
    exercise('m07-agreement', 'agreement', 'partner', { introKey: 'exercises.m07-agreement.intro' }, ['partners']),
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
    memoExercise('m07'),
    exercise('m07-katja-story', 'info', 'story', {
      paragraphs: [
        paragraph('m07-katja-story', 'wish', 'dance'),
        paragraph('m07-katja-story', 'call', 'phone'),
        paragraph('m07-katja-story', 'email', 'e-mail'),
        paragraph('m07-katja-story', 'cafe', 'cafe'),
        paragraph('m07-katja-story', 'practice', 'fitness'),
        paragraph('m07-katja-story', 'success', 'trophy'),
      ],
    }),
  ],
);
