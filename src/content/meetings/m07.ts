// Meeting 7, "Yhteistyöstä sopiminen": the first talk with a partner, agreeing with partners, ideas
// that change, the memo.
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { memoExercise } from '../memos';
import { meeting } from './meeting';
import { plainBoard } from './m06';

const firstTalk = 'exercises.m07-first-talk';

export const m07 = meeting(
  7,
  'partnership',
  'memo',
  supportChecklist({ before: [item('prepare-questions', 'question')], after: [item('memo-to-partners', 'share')] }),
  [
    checkIn('m07'),
    // "Yhteistyön käynnistäminen": the group asks a partner who is present, one picture prompt at a time.
    exercise('m07-first-talk', 'fieldNotes', 'meet-partner', {
      introKey: `${firstTalk}.intro`,
      newAnswerKey: `${firstTalk}.new`,
      afterKey: `${firstTalk}.after`,
      questions: [
        ...rows(`${firstTalk}.questions`, [
          ['who', 'partner'],
          ['what-they-do', 'question'],
          ['tell-us', 'pitch'],
          ['want-to-join', 'agree-together'],
          ['their-questions', 'my-opinion'],
          ['need-help', 'ask-help'],
        ]),
        {
          id: 'keep-in-touch',
          textKey: `${firstTalk}.questions.keep-in-touch`,
          pictogram: 'calendar',
          choices: rows(`${firstTalk}.contact`, [
            ['phone', 'phone'],
            ['e-mail', 'e-mail'],
            ['text-message', 'text-message'],
            ['whatsapp', 'phone-app'],
            ['video-call', 'video-call'],
            ['visit', 'talk-face-to-face'],
          ]),
        },
      ],
    }),
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
