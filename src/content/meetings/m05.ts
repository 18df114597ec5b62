// Meeting 5, "Toiminnan suunnitteleminen": the action plan around the goal, and what is still missing.
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

const plan = 'exercises.m05-plan';

export const m05 = meeting(
  5,
  'wishes-to-goal',
  'plan',
  supportChecklist({ before: [item('bring-goal', 'goal')] }),
  [
    checkIn('m05'),
    exercise(
      'm05-plan',
      'canvas',
      'plan',
      {
        introKey: `${plan}.intro`,
        canMarkMissing: true,
        showsGoal: true,
        summaryTitleKey: `${plan}.summary`,
        sections: [
          { id: 'people', titleKey: `${plan}.people.title`, pictogram: 'people', questions: rows(`${plan}.people.questions`, [['known', 'friends'], ['others', 'everyone']]) },
          { id: 'skills', titleKey: `${plan}.skills.title`, pictogram: 'knowledge', questions: rows(`${plan}.skills.questions`, [['ourselves', 'skills'], ['learn', 'learn']]) },
          { id: 'tools', titleKey: `${plan}.tools.title`, pictogram: 'toolbox', questions: rows(`${plan}.tools.questions`, [['have', 'toolbox'], ['need', 'shopping']]) },
          { id: 'places', titleKey: `${plan}.places.title`, pictogram: 'place', questions: rows(`${plan}.places.questions`, [['have', 'neighbourhood'], ['wish', 'wish']]) },
        ],
      },
      ['m04-idea-storm'],
    ),
    exercise('m05-story-floorball', 'info', 'story', {
      paragraphs: [
        paragraph('m05-story-floorball', 'p1', 'sports'),
        paragraph('m05-story-floorball', 'p2', 'plan'),
        paragraph('m05-story-floorball', 'p3', 'group'),
        paragraph('m05-story-floorball', 'p4', 'partner'),
        // The workbook's picture of the team's partners, one row each (issue 13).
        paragraph('m05-story-floorball', 'picture', 'people'),
        paragraph('m05-story-floorball', 'captain', 'lead'),
        paragraph('m05-story-floorball', 'coaches', 'volunteer'),
        paragraph('m05-story-floorball', 'p5', 'sports-hall'),
        paragraph('m05-story-floorball', 'club', 'money'),
        paragraph('m05-story-floorball', 'equipment', 'materials'),
        paragraph('m05-story-floorball', 'services', 'help'),
        paragraph('m05-story-floorball', 'meet', 'meet-partner'),
        paragraph('m05-story-floorball', 'p6', 'trophy'),
        paragraph('m05-story-floorball', 'p7', 'pitch'),
      ],
    }),
  ],
);
