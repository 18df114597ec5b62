// Meeting 2, "Minä ja me": keys tell about us, small talk, and the group's rules.
import { checkIn, exercise, rows } from '../exercises';
import { goodFriendStatements } from '../statements';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

export const m02 = meeting(
  2,
  'getting-to-know',
  'key',
  supportChecklist({ before: [item('bring-keys', 'key'), item('cosy-place', 'coffee')] }),
  [
    checkIn('m02'),
    exercise('m02-keys', 'photoStory', 'key', {
      introKey: 'exercises.m02-keys.intro',
      prompts: rows('exercises.m02-keys.prompts', [
        ['places', 'key'],
        ['other-keys', 'key'],
        ['fun', 'party'],
        ['keyring', 'story'],
        ['more', 'small-talk'],
      ]),
    }),
    exercise('m02-small-talk', 'cardDeck', 'small-talk', {
      introKey: 'exercises.m02-small-talk.intro',
      cards: rows('exercises.m02-small-talk.cards', [
        ['place', 'place'],
        ['news', 'news'],
        ['celebrities', 'celebrities'],
        ['sports', 'sports'],
        ['weather', 'weather'],
        ['food', 'food'],
        ['music', 'music'],
        ['pets', 'pets'],
        ['weekend', 'weekend'],
        ['tv', 'tv'],
        ['travel', 'travel'],
      ]),
    }),
    exercise('m02-agree', 'statementVote', 'vote', {
      questionKey: 'exercises.m02-agree.question',
      statements: goodFriendStatements,
      outcome: 'rules',
    }),
  ],
);
