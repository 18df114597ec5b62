// Method cards for support persons: the AVOT project's good-practice cards, the workbook's pages on
// supporting the group, and what the PRO SOS working practices share. Texts: locales/<lng>/library.json under 'methods.<id>'.
import type { PictogramId } from '../pictogramId';
import { pictureTexts, type MethodCard, type Row } from './types';

function card(id: string, source: MethodCard['source'], pictogram: PictogramId, points: readonly Row[], questions: readonly Row[]): MethodCard {
  const key = `methods.${id}`;
  return {
    id,
    source,
    pictogram,
    titleKey: `${key}.title`,
    summaryKey: `${key}.summary`,
    points: pictureTexts(`${key}.points`, points),
    questions: pictureTexts(`${key}.questions`, questions),
  };
}

const cards = 'good-practice-cards';
const workbook = 'workbook';
const collection = 'practice-collection';

export const methodCards: readonly MethodCard[] = [
  card(
    'meeting-place',
    cards,
    'meeting-place',
    [
      ['where-people-are', 'place'],
      ['own-rules', 'rules'],
      ['easy-to-find', 'wheelchair'],
      ['cosy', 'coffee'],
      ['do-things', 'skills'],
      ['days-differ', 'check-in'],
      ['tell-others', 'megaphone'],
    ],
    [['easy-to-come', 'place'], ['who-decides', 'vote'], ['welcome', 'everyone']],
  ),
  card(
    'co-development',
    cards,
    'co-development',
    [
      ['get-to-know', 'small-talk'],
      ['rules', 'rules'],
      ['listen', 'listen'],
      ['decide-together', 'vote'],
      ['write-down', 'memo'],
      ['evaluate', 'feedback'],
    ],
    [['who-is-affected', 'people'], ['everyone-heard', 'listen'], ['see-results', 'results']],
  ),
  card(
    'outreach-work',
    cards,
    'outreach',
    [
      ['go-in-pairs', 'walk'],
      ['look-first', 'find-info'],
      ['agree-rules', 'rules'],
      ['set-time', 'clock'],
      ['bring-something', 'coffee'],
      ['be-flexible', 'change'],
      ['talk-afterwards', 'ask-help'],
    ],
    [['where-people-are', 'place'], ['not-invited', 'invitation'], ['start-talking', 'small-talk']],
  ),
  card(
    'experts-by-experience',
    cards,
    'expert-by-experience',
    [
      ['say-what-for', 'find-info'],
      ['ask', 'phone'],
      ['meet-first', 'talk-face-to-face'],
      ['agree-fee', 'money'],
      ['written-agreement', 'partner'],
      ['keep-in-touch', 'calendar'],
      ['evaluate', 'feedback'],
    ],
    [['what-for', 'question'], ['support', 'role-support'], ['learn', 'learn']],
  ),
  card(
    'groups',
    cards,
    'group',
    [
      ['clear-goal', 'goal'],
      ['plan-together', 'plan-together'],
      ['rules', 'rules'],
      ['check-in', 'check-in'],
      ['everyone-equal', 'everyone'],
      ['encourage', 'praise'],
    ],
    [['seen-and-heard', 'listen'], ['important-things', 'wish'], ['peer-support', 'role-peer']],
  ),
  card(
    'askel',
    cards,
    'breakfast',
    [
      ['where-people-are', 'breakfast'],
      ['practical-help', 'help-each-other'],
      ['no-name-no-cost', 'trust'],
      ['agree-roles', 'partner'],
      ['ask-feedback', 'feedback'],
    ],
    [['where-gather', 'place'], ['what-help', 'ask-help']],
  ),
  card(
    'life-story',
    cards,
    'life-story',
    [
      ['own-way', 'pictures'],
      ['four-parts', 'journey'],
      ['strengths', 'skills'],
      ['owner', 'trust'],
      ['peer-group', 'praise'],
      ['trained-guide', 'learn'],
    ],
    [['without-writing', 'photo'], ['strengths', 'skills'], ['own-choice', 'trust']],
  ),
  card(
    'peer-support',
    workbook,
    'role-peer',
    [
      ['easy-to-talk', 'small-talk'],
      ['tips', 'tip'],
      ['two-or-group', 'group'],
      ['invite', 'invitation'],
      ['share-own', 'story'],
      ['give-and-get', 'help-each-other'],
    ],
    [['in-common', 'people'], ['own-experience', 'role-peer'], ['keep-private', 'trust']],
  ),
  card(
    'two-support-persons',
    workbook,
    'role-support',
    [
      ['supporter', 'role-support'],
      ['peer', 'role-peer'],
      ['listen-and-try', 'listen'],
      ['plan-together', 'plan-together'],
      ['help-group', 'find-info'],
      ['support-each-other', 'help-each-other'],
    ],
    [['strengths', 'skills'], ['divide-work', 'tasks'], ['peer-experience', 'role-peer']],
  ),
  card(
    'support-not-deciding',
    workbook,
    'vote',
    [
      ['ask', 'question'],
      ['show-choices', 'choose'],
      ['give-time', 'time'],
      ['notice-skills', 'skills'],
      ['own-opinion', 'small-talk'],
      ['less-support', 'forward'],
    ],
    [['who-decided', 'vote'], ['did-for-group', 'tasks'], ['everyone-said', 'listen']],
  ),
  // The evaluation themes the PRO SOS collection's practices share (its introduction and the practices'
  // evaluation notes): planning with room to bend, roles and ground rules, participants' say, new roles,
  // resources and backing, group dynamics and surprises, feedback and showing the benefit, the future.
  card(
    'what-practices-share',
    collection,
    'library',
    [
      ['plan', 'plan'],
      ['rules-and-roles', 'rules'],
      ['have-a-say', 'have-a-say'],
      ['new-roles', 'change'],
      ['resources', 'money'],
      ['group-and-surprises', 'people'],
      ['feedback', 'feedback'],
    ],
    [['flexible', 'change'], ['agreed', 'agree-together'], ['resources', 'money'], ['benefit', 'feedback'], ['future', 'forward']],
  ),
];
