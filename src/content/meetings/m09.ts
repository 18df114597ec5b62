// Meeting 9, "Tapahtumahetkellä": the event day, what helps to succeed, and feedback.
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import type { PictogramId } from '../pictogramId';
import type { FeedbackQuestion } from '../types';
import { meeting } from './meeting';

export const m09 = meeting(
  9,
  'succeed-together',
  'event',
  supportChecklist({ before: [item('everyone-knows-task', 'tasks'), item('prepare-feedback', 'feedback')] }),
  [
    checkIn('m09'),
    exercise('m09-event-day', 'taskChecklist', 'tasks', { introKey: 'exercises.m09-event-day.intro' }, ['m08-tasks']),
    exercise('m09-success-helpers', 'checklist', 'done', {
      sections: [
        {
          id: 'helpers',
          items: [
            paragraph('m09-success-helpers', 'small-steps', 'tasks'),
            paragraph('m09-success-helpers', 'schedule', 'calendar'),
            paragraph('m09-success-helpers', 'picture-instructions', 'pictures'),
            paragraph('m09-success-helpers', 'know-where-help', 'ask-help'),
          ],
        },
      ],
    }),
    exercise('m09-feedback', 'feedbackKiosk', 'feedback', {
      introKey: 'exercises.m09-feedback.intro',
      funQuestionKey: 'exercises.m09-feedback.had-fun',
      questions: [
        feedbackQuestion('nice', 'good-things', [['people', 'people'], ['food', 'food'], ['music', 'music'], ['games', 'games'], ['dance', 'dance'], ['talking', 'small-talk']]),
        feedbackQuestion('dislike', 'dislike', [['noise', 'noise'], ['boring', 'boring'], ['food', 'food'], ['place', 'place'], ['waiting', 'time']]),
        feedbackQuestion('anything-else', 'my-opinion', [['thanks', 'thanks'], ['come-again', 'come-again'], ['volunteer', 'volunteer'], ['more', 'wish']]),
      ],
    }),
    exercise('m09-tampere-story', 'info', 'story', {
      paragraphs: [
        paragraph('m09-tampere-story', 'building', 'our-building'),
        paragraph('m09-tampere-story', 'wishes', 'wish'),
        paragraph('m09-tampere-story', 'committee', 'residents-room'),
        // What a residents' committee is and what it gave (issue 13).
        paragraph('m09-tampere-story', 'what-committee', 'neighbours'),
        paragraph('m09-tampere-story', 'money', 'money'),
        paragraph('m09-tampere-story', 'tasks', 'tasks'),
        paragraph('m09-tampere-story', 'events', 'party'),
        paragraph('m09-tampere-story', 'quote', 'not-alone'),
      ],
    }),
  ],
);

/** A question of the feedback survey, its text and its picture answers under exercises.m09-feedback.<id>. */
function feedbackQuestion(id: string, pictogram: PictogramId, choices: readonly (readonly [string, PictogramId])[]): FeedbackQuestion {
  return { id, textKey: `exercises.m09-feedback.${id}.question`, pictogram, choices: rows(`exercises.m09-feedback.${id}`, choices) };
}
