// Meeting 2, "Minä ja me": keys tell about us, small talk, and the group's rules.
import { checkIn, exercise, paragraph } from '../exercises';
import { goodFriendStatements } from '../statements';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

const smallTalk = (id: string, pictogram: Parameters<typeof paragraph>[2]) => paragraph('m02-small-talk', `cards.${id}`, pictogram);

export const m02 = meeting(
  2,
  'getting-to-know',
  'key',
  supportChecklist({ before: [item('bring-keys', 'key'), item('cosy-place', 'coffee')] }),
  [
    checkIn('m02'),
    exercise('m02-keys', 'photoStory', 'key', {
      prompts: [
        paragraph('m02-keys', 'prompts.places', 'key'),
        paragraph('m02-keys', 'prompts.fun', 'home'),
        paragraph('m02-keys', 'prompts.keyring', 'story'),
        paragraph('m02-keys', 'prompts.more', 'small-talk'),
      ],
    }),
    exercise('m02-small-talk', 'cardDeck', 'small-talk', {
      introKey: 'exercises.m02-small-talk.intro',
      cards: [
        smallTalk('place', 'place'),
        smallTalk('news', 'news'),
        smallTalk('celebrities', 'celebrities'),
        smallTalk('sports', 'sports'),
        smallTalk('weather', 'weather'),
        smallTalk('food', 'food'),
        smallTalk('music', 'music'),
        smallTalk('pets', 'pets'),
        smallTalk('weekend', 'weekend'),
        smallTalk('tv', 'tv'),
        smallTalk('travel', 'travel'),
      ],
    }),
    exercise('m02-agree', 'statementVote', 'vote', {
      questionKey: 'exercises.m02-agree.question',
      statements: goodFriendStatements,
      outcome: 'rules',
    }),
  ],
);
