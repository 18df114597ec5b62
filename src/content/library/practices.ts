// The practice library: the sixteen working practices of adult social work in Pirkanmaa collected by
// the PRO SOS project ("Toimivat käytännöt"), each with lessons from its evaluation.
// Texts: locales/<lng>/library.json under 'practices.<id>'.
import type { PictogramId } from '../pictogramId';
import { pictureTexts, type Practice, type Row } from './types';

function practice(id: string, pictogram: PictogramId, lessons: readonly Row[]): Practice {
  const key = `practices.${id}`;
  return {
    id,
    pictogram,
    titleKey: `${key}.title`,
    placeKey: `${key}.place`,
    ideaKey: `${key}.idea`,
    forWhomKey: `${key}.forWhom`,
    lessons: pictureTexts(`${key}.lessons`, lessons),
  };
}

/** In the order of the collection. */
export const practices: readonly Practice[] = [
  practice('gruppis', 'cooking', [
    ['find-the-way', 'partner'],
    ['own-budget', 'money'],
    ['ask-participants', 'feedback'],
    ['flexible', 'change'],
  ]),
  practice('passeli', 'meeting-place', [
    ['food-aid-day', 'food'],
    ['street-level', 'wheelchair'],
    ['tell-partners', 'megaphone'],
    ['takes-time', 'time'],
  ]),
  practice('multi-agency-groups', 'partner', [
    ['attitude', 'partner'],
    ['roles', 'tasks'],
    ['information-flows', 'share'],
    ['ask-clients', 'listen'],
  ]),
  practice('musapaja', 'music', [
    ['dare-to-try', 'toolbox'],
    ['one-project', 'goal'],
    ['next-step', 'forward'],
    ['voluntary-sober', 'rules'],
  ]),
  practice('housing-advice', 'housing-adviser', [
    ['commitment-helps', 'good-things'],
    ['trust-grows', 'trust'],
    ['clear-rules', 'rules'],
    ['learn-together', 'learn'],
  ]),
  practice('sisu', 'sports', [
    ['friendships', 'people'],
    ['no-penalty', 'money'],
    ['be-ready', 'change'],
    ['clear-rules', 'rules'],
  ]),
  practice('individual-rehabilitation', 'talk-face-to-face', [
    ['trust', 'trust'],
    ['new-interests', 'things-to-do'],
    ['takes-time', 'time'],
  ]),
  practice('solmut-auki', 'knot', [
    ['reminder', 'phone'],
    ['invite-enough', 'invitation'],
    ['work-in-pairs', 'role-support'],
    ['strengths-show', 'skills'],
  ]),
  practice('shaping-team', 'children', [
    ['family-included', 'people'],
    ['leaders-support', 'partner'],
    ['clear-roles', 'tasks'],
    ['learn-by-doing', 'idea'],
  ]),
  practice('client-first', 'person-first', [
    ['quick-help', 'calendar'],
    ['ask-during', 'feedback'],
    ['go-out', 'outreach'],
    ['flexible-cooperation', 'partner'],
  ]),
  practice('kostiakeskus', 'recycling', [
    ['easy-to-come', 'meeting-place'],
    ['decide-together', 'vote'],
    ['loose-week', 'calendar'],
    ['surplus-food', 'food'],
  ]),
  practice('drop-in-advice', 'information', [
    ['early-help', 'time'],
    ['familiar-worker', 'trust'],
    ['plan-ahead', 'plan'],
    ['tell-many-ways', 'megaphone'],
  ]),
  practice('client-panel', 'have-a-say', [
    ['work-pair', 'role-support'],
    ['rules-and-trust', 'rules'],
    ['meal', 'food'],
    ['feedback-to-leaders', 'feedback'],
  ]),
  practice('riihimaki-groups', 'group', [
    ['easy-to-come', 'meeting-place'],
    ['need-decides', 'partner'],
    ['results', 'results'],
  ]),
  practice('fyrkkaa-fiilista', 'money', [
    ['days-in-a-row', 'calendar'],
    ['no-penalty', 'trust'],
    ['food-and-tickets', 'food'],
    ['feedback-shapes', 'feedback'],
  ]),
  practice('ylojarvi-group', 'food', [
    ['work-pair', 'role-support'],
    ['rules-first', 'rules'],
    ['less-lonely', 'not-alone'],
    ['travel-costs', 'money'],
  ]),
];
