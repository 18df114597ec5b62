// Meeting 6, "Kuka voisi auttaa?": who could be a partner, who we know, the elevator pitch, ways to meet
// partners and a learning café.
import type { CardBoardConfig } from '../types';
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { posterExercise } from '../posters';
import { meeting } from './meeting';

/** A board of plain cards in named areas (no questions, piles or vote). */
export function plainBoard(exerciseId: string, areas: CardBoardConfig['areas'], discussion: CardBoardConfig['discussion'] = []): CardBoardConfig {
  return { introKey: `exercises.${exerciseId}.intro`, areas, fields: [], importAreas: [], hasPiles: false, dotsPerMember: 0, outcome: null, discussion };
}

export const m06 = meeting(
  6,
  'partnership',
  'partner',
  supportChecklist({ before: [item('think-partners', 'partner')] }),
  [
    checkIn('m06'),
    exercise('m06-why-partners', 'info', 'tip', {
      paragraphs: [
        paragraph('m06-why-partners', 'not-alone', 'help-each-other'),
        paragraph('m06-why-partners', 'partners-give', 'gift'),
        paragraph('m06-why-partners', 'good-for-all', 'partner'),
        paragraph('m06-why-partners', 'ask-people', 'ask-friend'),
        paragraph('m06-why-partners', 'invite', 'phone'),
      ],
    }),
    exercise('m06-partner-ideas', 'choiceBoard', 'partner', {
      questionKey: 'exercises.m06-partner-ideas.question',
      allowsOwn: true,
      options: rows('exercises.m06-partner-ideas.options', [
        ['city-workers', 'city'],
        ['associations', 'associations'],
        ['parishes', 'church'],
        ['businesses', 'shop'],
        ['schools', 'school'],
        // The workbook tip's examples, each a picture of its own (issue 13).
        ['participation-coordinator', 'have-a-say'],
        ['sports-instructor', 'sports'],
        ['youth-worker', 'worker'],
        ['residents-association', 'neighbours'],
        ['mental-health-association', 'help-each-other'],
        ['hobby-club', 'club'],
        ['cafes-restaurants', 'cafe'],
        ['adult-education', 'learn'],
      ]),
      addsToPartnerList: true,
    }),
    exercise(
      'm06-known-partners',
      'cardBoard',
      'group',
      {
        ...plainBoard('m06-known-partners', [
          { id: 'known', titleKey: 'exercises.m06-known-partners.areas.known', pictogram: 'partner' },
          { id: 'want-to-know', titleKey: 'exercises.m06-known-partners.areas.want-to-know', pictogram: 'ask-friend' },
        ]),
        canMoveCards: true,
        addsFromPartnerList: true,
      },
      ['partners'],
    ),
    exercise(
      'm06-pitch',
      'pitchBuilder',
      'pitch',
      {
        introKey: 'exercises.m06-pitch.intro',
        endKey: 'exercises.m06-pitch.end',
        questions: [
          { id: 'who', textKey: 'exercises.m06-pitch.questions.who', hintKey: 'exercises.m06-pitch.hints.who', pictogram: 'group', suggestion: 'members' },
          { id: 'what', textKey: 'exercises.m06-pitch.questions.what', hintKey: 'exercises.m06-pitch.hints.what', pictogram: 'goal', suggestion: 'goal' },
          { id: 'why', textKey: 'exercises.m06-pitch.questions.why', hintKey: 'exercises.m06-pitch.hints.why', pictogram: 'good-things', suggestion: 'goal-why' },
          { id: 'help', textKey: 'exercises.m06-pitch.questions.help', hintKey: 'exercises.m06-pitch.hints.help', pictogram: 'ask-help', suggestion: 'still-missing' },
        ],
      },
      ['m04-idea-storm', 'm05-plan'],
    ),
    exercise('m06-ways-to-meet', 'choiceBoard', 'meet-partner', {
      questionKey: 'exercises.m06-ways-to-meet.question',
      allowsOwn: true,
      options: rows('exercises.m06-ways-to-meet.options', [
        ['personal', 'meet-partner'],
        ['learning-cafe', 'cafe'],
        ['presentation', 'megaphone'],
      ]),
      info: rows('exercises.m06-ways-to-meet.info', [
        ['personal', 'meet-partner'],
        ['learning-cafe', 'cafe'],
        ['presentation', 'megaphone'],
      ]),
    }),
    // The partners' invitation to the learning café, filled in from the group's data (issue 15): made
    // before the café, which the group holds with the partners it invited.
    posterExercise('m06-cafe-invitation', 'cafe'),
    exercise(
      'm06-learning-cafe',
      'cardBoard',
      'cafe',
      {
        ...plainBoard('m06-learning-cafe', [
          { id: 'people', titleKey: 'exercises.m06-learning-cafe.tables.people', pictogram: 'people' },
          { id: 'skills', titleKey: 'exercises.m06-learning-cafe.tables.skills', pictogram: 'knowledge' },
          { id: 'tools', titleKey: 'exercises.m06-learning-cafe.tables.tools', pictogram: 'toolbox' },
          { id: 'places', titleKey: 'exercises.m06-learning-cafe.tables.places', pictogram: 'place' },
        ]),
        showsPlan: true,
      },
      ['m04-idea-storm', 'm05-plan'],
    ),
  ],
);
