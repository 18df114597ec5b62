// Meeting 3, "Kotikulmilla": asking passers-by, the free-time idea bank, and places that feel bad.
import { checkIn, exercise, paragraph, rows } from '../exercises';
import { checklistItem as item, supportChecklist } from '../supportChecklist';
import { meeting } from './meeting';

const bank = 'exercises.m03-idea-bank';

export const m03 = meeting(
  3,
  'getting-to-know',
  'neighbourhood',
  supportChecklist({ before: [item('choose-lift-place', 'walk')] }),
  [
    checkIn('m03'),
    exercise('m03-city-lift', 'fieldNotes', 'walk', {
      introKey: 'exercises.m03-city-lift.intro',
      questions: rows('exercises.m03-city-lift.questions', [['where', 'place'], ['what', 'party']]),
    }),
    exercise('m03-lift-feelings', 'moodCheckIn', 'check-in', {
      questionKey: 'exercises.m03-lift-feelings.question',
      options: rows('exercises.m03-lift-feelings.options', [
        ['fun', 'feel-fun'],
        ['exciting', 'mood-nervous'],
        ['hard', 'feel-hard'],
        ['proud', 'feel-proud'],
        ['okay', 'mood-okay'],
      ]),
      afterKey: 'exercises.m03-lift-feelings.after',
    }),
    exercise('m03-idea-bank', 'canvas', 'idea-bank', {
      introKey: `${bank}.intro`,
      canMarkMissing: false,
      showsGoal: false,
      summaryTitleKey: `${bank}.summary`,
      sections: [
        {
          id: 'places',
          titleKey: `${bank}.places.title`,
          pictogram: 'cityscape',
          questions: rows(`${bank}.places.questions`, [['evenings', 'weekend'], ['meet', 'group']]),
          suggestions: rows(`${bank}.places.suggestions`, [
            ['library', 'library'],
            ['cafe', 'cafe'],
            ['park', 'park'],
            ['sports-hall', 'sports-hall'],
            ['residents-room', 'residents-room'],
            ['church', 'church'],
            ['adult-college', 'school'],
            ['shopping-centre', 'shopping'],
          ]),
        },
        {
          // The workbook: "on tärkeää, että tiedät, miten itse parhaiten pääset paikalle" (issue 13).
          id: 'getting-there',
          titleKey: `${bank}.getting-there.title`,
          pictogram: 'walk',
          questions: rows(`${bank}.getting-there.questions`, [['how', 'bus'], ['help', 'ask-help']]),
          suggestions: rows(`${bank}.getting-there.suggestions`, [
            ['walk', 'walk'],
            ['bus', 'bus'],
            ['taxi', 'taxi'],
            ['friend', 'friends'],
            ['support', 'role-support'],
            ['phone', 'phone-app'],
          ]),
        },
        {
          id: 'information',
          titleKey: `${bank}.information.title`,
          pictogram: 'information',
          questions: rows(`${bank}.information.questions`, [['events', 'information']]),
          suggestions: rows(`${bank}.information.suggestions`, [
            ['newspaper', 'news'],
            ['internet', 'internet'],
            ['notice-board', 'notice-board'],
            ['friends', 'small-talk'],
            ['radio', 'radio'],
            ['phone', 'phone-app'],
          ]),
        },
        {
          id: 'things-to-do',
          titleKey: `${bank}.things-to-do.title`,
          pictogram: 'things-to-do',
          questions: rows(`${bank}.things-to-do.questions`, [['fun', 'party'], ['what-else', 'idea']]),
          suggestions: rows(`${bank}.things-to-do.suggestions`, [
            ['music', 'music'],
            ['dance', 'dance'],
            ['sports', 'sports'],
            ['cooking', 'cooking'],
            ['games', 'games'],
            ['trips', 'trip'],
            ['crafts', 'crafts'],
            ['films', 'films'],
          ]),
        },
        {
          id: 'ask-friend',
          titleKey: `${bank}.ask-friend.title`,
          pictogram: 'ask-friend',
          questions: rows(`${bank}.ask-friend.questions`, [['wish-friend', 'ask-friend']]),
          suggestions: rows(`${bank}.ask-friend.suggestions`, [
            ['call', 'phone'],
            ['message', 'phone-app'],
            ['ask-face-to-face', 'talk-face-to-face'],
            ['go-together', 'walk'],
            ['join-group', 'group'],
          ]),
        },
      ],
    }),
    exercise('m03-bad-places', 'cardBoard', 'scary-place', {
      introKey: 'exercises.m03-bad-places.intro',
      areas: [
        { id: 'bad-places', titleKey: 'exercises.m03-bad-places.areas.bad-places', pictogram: 'scary-place' },
        { id: 'helps', titleKey: 'exercises.m03-bad-places.areas.helps', pictogram: 'help-each-other' },
        { id: 'change-wishes', titleKey: 'exercises.m03-bad-places.areas.change-wishes', pictogram: 'change' },
        { id: 'wishes', titleKey: 'exercises.m03-bad-places.areas.wishes', pictogram: 'wish' },
      ],
      fields: [],
      importAreas: [],
      hasPiles: false,
      dotsPerMember: 0,
      outcome: null,
      discussion: [],
    }),
    exercise('m03-story-bailaava', 'info', 'story', {
      paragraphs: [
        // The workbook's success story told fully (issue 13): what they wanted and did not want, the support
        // person's help, the accessible place and its name, the partners, the visit, the jobs, the cloakroom
        // and getting home, and how it went.
        paragraph('m03-story-bailaava', 'p1', 'dance'),
        paragraph('m03-story-bailaava', 'not-wanted', 'no'),
        paragraph('m03-story-bailaava', 'support-help', 'role-support'),
        paragraph('m03-story-bailaava', 'p2', 'wheelchair-ok'),
        paragraph('m03-story-bailaava', 'name', 'idea'),
        paragraph('m03-story-bailaava', 'p3', 'e-mail'),
        paragraph('m03-story-bailaava', 'p4', 'partner'),
        paragraph('m03-story-bailaava', 'visit', 'wheelchair'),
        paragraph('m03-story-bailaava', 'drinks', 'music'),
        paragraph('m03-story-bailaava', 'p5', 'tasks'),
        paragraph('m03-story-bailaava', 'cloakroom', 'home'),
        paragraph('m03-story-bailaava', 'p6', 'club'),
      ],
    }),
  ],
);
