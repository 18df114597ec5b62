// Meeting 9, "Tapahtumahetkellä": the event day, what helps to succeed, and feedback.
import { checkIn, exercise, paragraph, planned } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

export const m09 = meeting(
  9,
  'succeed-together',
  'event',
  supportChecklist({ before: [item('everyone-knows-task', 'tasks'), item('prepare-feedback', 'feedback')] }),
  [
    checkIn('m09'),
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
    planned('m09-feedback', 'feedbackKiosk', 'feedback'),
  ],
);
