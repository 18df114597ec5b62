// Meeting 10, "Me tehtiin se!": how it went, praise, celebrating, certificates.
import { checkIn, exercise, paragraph, planned } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

export const m10 = meeting(
  10,
  'we-did-it',
  'celebrate',
  supportChecklist({ before: [item('invite-everyone', 'invitation'), item('cake-and-coffee', 'cake')] }),
  [
    checkIn('m10'),
    planned('m10-self-evaluation', 'questionRound', 'question'),
    planned('m10-praise', 'praiseRound', 'praise'),
    exercise('m10-celebrate', 'checklist', 'celebrate', {
      sections: [
        {
          id: 'ways',
          items: [
            paragraph('m10-celebrate', 'cake', 'cake'),
            paragraph('m10-celebrate', 'toast', 'toast'),
            paragraph('m10-celebrate', 'certificates', 'certificate'),
            paragraph('m10-celebrate', 'something-fun', 'celebrate'),
          ],
        },
      ],
    }),
    planned('m10-certificate', 'certificate', 'certificate'),
    exercise('m10-closing', 'info', 'praise', {
      paragraphs: [
        paragraph('m10-closing', 'p1', 'celebrate'),
        paragraph('m10-closing', 'p2', 'praise'),
        paragraph('m10-closing', 'p3', 'story'),
        paragraph('m10-closing', 'p4', 'forward'),
      ],
    }),
  ],
);
