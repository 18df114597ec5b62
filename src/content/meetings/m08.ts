// Meeting 8, "Työnjako selväksi": acting tasks out, telling others, strengths and skills, who does what.
import type { PictogramId } from '../pictogramId';
import { checkIn, exercise, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { posterExercise } from '../posters';
import { meeting } from './meeting';

/** The strengths of the skills map (ids of 'm08-skills') that each ready task of 'm08-tasks' usually needs. */
const taskSkills: Readonly<Record<string, readonly string[]>> = {
  invitations: ['writing', 'drawing', 'computer'],
  program: ['writing', 'memory'],
  supplies: ['memory', 'kitchen'],
  guiding: ['advising', 'courage'],
  leading: ['performing', 'courage', 'humour'],
  coffee: ['kitchen'],
  photos: ['photography', 'devices'],
  tidying: [],
};

/** The event's usual tasks: acted out in "Omissa housuissa" and ready to tap in the task table. */
const eventTasks: readonly (readonly [string, PictogramId])[] = [
  ['invitations', 'invitation'],
  ['program', 'plan'],
  ['supplies', 'shopping'],
  ['guiding', 'help-each-other'],
  ['leading', 'lead'],
  ['coffee', 'coffee'],
  ['photos', 'camera'],
  ['tidying', 'cleaning'],
];

export const m08 = meeting(
  8,
  'succeed-together',
  'tasks',
  supportChecklist({ before: [item('bring-plan', 'plan')] }),
  [
    checkIn('m08'),
    exercise('m08-own-shoes', 'situationCards', 'act-out', {
      introKey: 'exercises.m08-own-shoes.intro',
      situations: rows('exercises.m08-own-shoes.situations', eventTasks),
      talk: rows('exercises.m08-own-shoes.talk', [
        ['what-happened', 'question'],
        ['what-instead', 'change'],
      ]),
      helpers: rows('exercises.m08-own-shoes.helpers', [
        ['know-task', 'tasks'],
        ['practise', 'act-out'],
        ['times', 'clock'],
        ['supplies-list', 'materials'],
        ['ask-help', 'ask-help'],
        ['phone-numbers', 'phone'],
      ]),
    }),
    exercise('m08-telling-others', 'choiceBoard', 'megaphone', {
      questionKey: 'exercises.m08-telling-others.question',
      allowsOwn: true,
      // The workbook: what to tell, and that paper reaches people who are not online (issue 13).
      info: rows('exercises.m08-telling-others.info', [
        ['what-to-tell', 'megaphone'],
        ['paper', 'printouts'],
      ]),
      options: rows('exercises.m08-telling-others.options', [
        ['social-media', 'phone-app'],
        ['press', 'news'],
        ['posters', 'notice-board'],
        ['partners-share', 'share'],
      ]),
    }),
    // A poster that tells others about the event, filled in from the group's data (issue 15).
    posterExercise('m08-poster', 'notice-board'),
    exercise('m08-skills', 'skillsGrid', 'skills', {
      introKey: 'exercises.m08-skills.intro',
      skills: rows('exercises.m08-skills.skills', [
        ['performing', 'performing'],
        ['advising', 'advising'],
        ['courage', 'brave'],
        ['computer', 'computer'],
        ['drawing', 'drawing'],
        ['kitchen', 'cooking'],
        ['devices', 'devices'],
        ['photography', 'camera'],
        ['storytelling', 'story'],
        ['music', 'music'],
        ['humour', 'laugh'],
        ['memory', 'memory'],
        ['writing', 'pencil-paper'],
      ]),
    }),
    exercise(
      'm08-tasks',
      'taskTable',
      'tasks',
      {
        introKey: 'exercises.m08-tasks.intro',
        suggestions: rows('exercises.m08-tasks.suggestions', eventTasks).map((row) => ({ ...row, skillIds: taskSkills[row.id] ?? [] })),
      },
      ['m08-skills'],
    ),
  ],
);
