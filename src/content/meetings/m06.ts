// Meeting 6, "Kuka voisi auttaa?": who could be a partner, who we know, the elevator pitch.
import type { CardBoardConfig } from '../types';
import { checkIn, exercise, planned, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
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
    exercise('m06-partner-ideas', 'choiceBoard', 'partner', {
      questionKey: 'exercises.m06-partner-ideas.question',
      allowsOwn: true,
      options: rows('exercises.m06-partner-ideas.options', [
        ['city-workers', 'city'],
        ['associations', 'associations'],
        ['parishes', 'church'],
        ['businesses', 'shop'],
        ['schools', 'school'],
      ]),
    }),
    exercise(
      'm06-known-partners',
      'cardBoard',
      'group',
      plainBoard('m06-known-partners', [
        { id: 'known', titleKey: 'exercises.m06-known-partners.areas.known', pictogram: 'partner' },
        { id: 'want-to-know', titleKey: 'exercises.m06-known-partners.areas.want-to-know', pictogram: 'ask-friend' },
      ]),
    ),
    planned('m06-pitch', 'pitchBuilder', 'pitch'),
    exercise('m06-ways-to-meet', 'choiceBoard', 'meet-partner', {
      questionKey: 'exercises.m06-ways-to-meet.question',
      allowsOwn: true,
      options: rows('exercises.m06-ways-to-meet.options', [
        ['personal', 'meet-partner'],
        ['learning-cafe', 'cafe'],
        ['presentation', 'megaphone'],
      ]),
    }),
  ],
);
