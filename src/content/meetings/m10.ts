// Meeting 10, "Me tehtiin se!": how it went, praise, celebrating, certificates.
import type { PictogramId } from '../pictogramId';
import type { PraiseOption } from '../types';
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { todoSourceIds } from '../todos';
import { posterExercise } from '../posters';
import { meeting } from './meeting';

/** Ready praises: what another did well ("Olit rohkea.") and the same said of oneself ("Olin rohkea."). */
function praises(items: readonly (readonly [string, PictogramId])[]): PraiseOption[] {
  const prefix = 'exercises.m10-praise.praises';
  return items.map(([id, pictogram]) => ({ id, pictogram, textKey: `${prefix}.${id}.other`, selfTextKey: `${prefix}.${id}.self` }));
}

export const m10 = meeting(
  10,
  'we-did-it',
  'celebrate',
  supportChecklist({ before: [item('invite-everyone', 'invitation'), item('cake-and-coffee', 'cake')] }),
  [
    checkIn('m10'),
    exercise('m10-self-evaluation', 'questionRound', 'question', {
      introKey: 'exercises.m10-self-evaluation.intro',
      jobsQuestionId: 'what-i-did',
      questions: rows('exercises.m10-self-evaluation.questions', [
        ['what-i-did', 'tasks'],
        ['best', 'good-things'],
        ['decide', 'have-a-say'],
        ['learned', 'learn'],
        ['hard', 'feel-hard'],
        ['differently', 'change'],
      ]),
      faces: rows('exercises.m10-self-evaluation.faces', [
        ['good', 'mood-good'],
        ['okay', 'mood-okay'],
        ['bad', 'mood-sad'],
      ]),
      topics: rows('exercises.m10-self-evaluation.topics', [
        ['invitations', 'invitation'],
        ['planning', 'plan'],
        ['shopping', 'shopping'],
        ['program', 'lead'],
        ['coffee', 'coffee'],
        ['photos', 'camera'],
        ['tidying', 'cleaning'],
        ['partners', 'partner'],
        ['ideas', 'idea'],
        ['helping', 'help-each-other'],
        ['together', 'group'],
        ['new-things', 'grow'],
      ]),
    }, todoSourceIds),
    exercise('m10-praise', 'praiseRound', 'praise', {
      introKey: 'exercises.m10-praise.intro',
      praises: praises([
        ['brave', 'brave'],
        ['helped', 'help-each-other'],
        ['ideas', 'idea'],
        ['worked', 'hard-work'],
        ['listened', 'listen'],
        ['joy', 'laugh'],
        ['learned', 'learn'],
        ['thanks', 'thanks'],
      ]),
      questions: rows('exercises.m10-praise.questions', [
        ['did-well', 'praise'],
        ['thank', 'thanks'],
      ]),
      selfQuestions: rows('exercises.m10-praise.self-questions', [
        ['learned', 'learn'],
        ['proud', 'feel-proud'],
      ]),
    }),
    // The invitation to the celebration, filled in from the group's data (issue 15).
    posterExercise('m10-invitation', 'celebrate'),
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
    exercise(
      'm10-certificate',
      'certificate',
      'certificate',
      {
        introKey: 'exercises.m10-certificate.intro',
        goalExerciseId: 'm04-idea-storm',
        skillsExerciseId: 'm08-skills',
        tasksExerciseId: 'm08-tasks',
        eventDayExerciseId: 'm09-event-day',
      },
      // With the group's jobs (content/todos.ts): the jobs a holder ticked done are on their certificate.
      [...new Set(['m04-idea-storm', 'm08-skills', 'm08-tasks', 'm09-event-day', 'partners', ...todoSourceIds])],
    ),
    // The workbook: how the work goes on after the hautomo, and whom to invite to carry it on (issue 13).
    exercise('m10-way-on', 'choiceBoard', 'forward', {
      questionKey: 'exercises.m10-way-on.question',
      allowsOwn: true,
      info: rows('exercises.m10-way-on.info', [['goes-on', 'forward']]),
      options: rows('exercises.m10-way-on.options', [
        ['ourselves', 'group'],
        ['with-partners', 'partner'],
        ['invite-new', 'invitation'],
        ['something-new', 'idea'],
        ['meet-again', 'next-meeting'],
      ]),
    }),
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
