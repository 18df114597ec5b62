// Meeting 8, "Työnjako selväksi": acting tasks out, telling others, strengths and skills, who does what.
import { checkIn, exercise, planned, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

export const m08 = meeting(
  8,
  'succeed-together',
  'tasks',
  supportChecklist({ before: [item('bring-plan', 'plan')] }),
  [
    checkIn('m08'),
    planned('m08-own-shoes', 'situationCards', 'act-out'),
    exercise('m08-telling-others', 'choiceBoard', 'megaphone', {
      questionKey: 'exercises.m08-telling-others.question',
      allowsOwn: true,
      options: rows('exercises.m08-telling-others.options', [
        ['social-media', 'phone-app'],
        ['press', 'news'],
        ['posters', 'notice-board'],
      ]),
    }),
    planned('m08-skills', 'skillsGrid', 'skills'),
    planned('m08-tasks', 'taskTable', 'tasks'),
  ],
);
