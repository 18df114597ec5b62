// Meeting 4, "Ideoidaan uutta!": wishes on cards, similar ones in piles, a dot vote, and the goal.
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

const storm = 'exercises.m04-idea-storm';

export const m04 = meeting(
  4,
  'wishes-to-goal',
  'idea',
  supportChecklist({ before: [item('recall-wishes', 'idea')] }),
  [
    checkIn('m04'),
    exercise(
      'm04-idea-storm',
      'cardBoard',
      'idea',
      {
        introKey: `${storm}.intro`,
        areas: [{ id: 'wishes', titleKey: `${storm}.areas.wishes`, pictogram: 'wish' }],
        fields: [
          {
            id: 'what',
            questionKey: `${storm}.fields.what.question`,
            pictogram: 'idea',
            choices: rows(`${storm}.fields.what.choices`, [
              ['music', 'music'],
              ['dance', 'dance'],
              ['sports', 'sports'],
              ['cooking', 'cooking'],
              ['trip', 'trip'],
              ['party', 'party'],
              ['games', 'games'],
              ['crafts', 'crafts'],
            ]),
          },
          {
            id: 'where',
            questionKey: `${storm}.fields.where.question`,
            pictogram: 'place',
            choices: rows(`${storm}.fields.where.choices`, [
              ['neighbourhood', 'neighbourhood'],
              ['park', 'park'],
              ['cafe', 'cafe'],
              ['library', 'library'],
              ['sports-hall', 'sports-hall'],
              ['town', 'cityscape'],
            ]),
          },
          {
            id: 'with-whom',
            questionKey: `${storm}.fields.with-whom.question`,
            pictogram: 'group',
            choices: rows(`${storm}.fields.with-whom.choices`, [
              ['group', 'group'],
              ['friends', 'friends'],
              ['neighbours', 'neighbours'],
              ['everyone', 'everyone'],
            ]),
          },
          {
            id: 'why',
            questionKey: `${storm}.fields.why.question`,
            pictogram: 'question',
            choices: rows(`${storm}.fields.why.choices`, [
              ['fun', 'feel-fun'],
              ['meet-people', 'talk-face-to-face'],
              ['learn', 'learn'],
              ['fitness', 'fitness'],
              ['not-alone', 'not-alone'],
            ]),
          },
        ],
        importAreas: ['change-wishes', 'wishes'],
        hasPiles: true,
        dotsPerMember: 3,
        outcome: 'goal',
        discussion: rows(`${storm}.discussion`, [
          ['excites', 'excited'],
          ['good', 'good-things'],
          ['where-how', 'place'],
        ]),
      },
      ['m03-bad-places'],
    ),
    exercise('m04-pictures-tip', 'info', 'tip', {
      paragraphs: [
        paragraph('m04-pictures-tip', 'p1', 'pictures'),
        paragraph('m04-pictures-tip', 'p2', 'small-talk'),
        paragraph('m04-pictures-tip', 'p3', 'pencil-paper'),
      ],
    }),
  ],
);
