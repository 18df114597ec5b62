// Meeting 1, "Miten saada muita mukaan?": the check-in first (as in every meeting: "mitä sinulle
// kuuluu?"), the invitation, coffee and getting to know the hautomo.
import { checkIn, exercise, paragraph } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

export const m01 = meeting(
  1,
  'getting-to-know',
  'invitation',
  supportChecklist({
    before: [item('give-invitation', 'invitation'), item('coffee-and-tea', 'coffee')],
    during: [item('tell-about-hautomo', 'what-is')],
  }),
  [
    checkIn('m01'),
    exercise('m01-invitation', 'form', 'invitation', {
      template: 'invitation',
      fields: [
        { id: 'day', labelKey: 'exercises.m01-invitation.fields.day', pictogram: 'calendar', input: 'date' },
        { id: 'time', labelKey: 'exercises.m01-invitation.fields.time', pictogram: 'clock', input: 'time' },
        { id: 'place', labelKey: 'exercises.m01-invitation.fields.place', pictogram: 'place', input: 'text' },
        { id: 'names', labelKey: 'exercises.m01-invitation.fields.names', pictogram: 'role-support', input: 'names' },
      ],
    }),
    exercise('m01-what-is', 'info', 'what-is', {
      paragraphs: [
        paragraph('m01-what-is', 'p1', 'group'),
        paragraph('m01-what-is', 'p2', 'calendar'),
        paragraph('m01-what-is', 'p3', 'idea'),
        paragraph('m01-what-is', 'p4', 'help-each-other'),
        paragraph('m01-what-is', 'p5', 'check-in'),
      ],
    }),
  ],
);
