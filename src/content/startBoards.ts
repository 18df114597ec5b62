// The getting-started boards "Sovitaan yhdessä" (let's agree together), from the Naapuruuspiiri slides
// (../shared/seeds/002_…): a new group taps the options it wants or adds its own. DATA ONLY.
// Board ids and option ids are saved in databases and export files: DO NOT CHANGE without a migration.
import type { PictogramId } from './pictogramId';
import type { ExerciseOf } from './types';
import { exercise, rows } from './exercises';

/** A choice board whose texts live under exercises.<id>: title, question and options.<optionId>. */
function board(id: string, pictogram: PictogramId, options: readonly (readonly [string, PictogramId])[]): ExerciseOf<'choiceBoard'> {
  return exercise(id, 'choiceBoard', pictogram, {
    questionKey: `exercises.${id}.question`,
    allowsOwn: true,
    options: rows(`exercises.${id}.options`, options),
  });
}

export const startBoards: readonly ExerciseOf<'choiceBoard'>[] = [
  board('start-who-comes', 'invitation', [
    ['older-people', 'older-people'],
    ['neighbours', 'neighbours'],
    ['volunteers', 'volunteer'],
    ['association-people', 'associations'],
  ]),
  board('start-free-place', 'place', [
    ['city-meeting-room', 'city'],
    ['building-club-room', 'our-building'],
    ['residents-room', 'residents-room'],
    ['parish-room', 'church'],
    ['association-room', 'associations'],
  ]),
  board('start-coffee', 'coffee', [
    ['each-pays', 'money'],
    ['council-pays', 'city'],
    ['association-pays', 'associations'],
    ['business-pays', 'shop'],
  ]),
  board('start-network', 'partner', [
    ['social-workers', 'social-worker'],
    ['housing-adviser', 'housing-adviser'],
    ['associations', 'associations'],
    ['area-worker', 'area-worker'],
    ['supported-worker', 'worker'],
    ['businesses', 'shop'],
    ['schools', 'school'],
    ['building-residents', 'our-building'],
    ['volunteer-coordinator', 'volunteer'],
    ['youth-centre-or-daycare', 'children'],
    ['parishes', 'church'],
    ['other-city-services', 'city'],
  ]),
  board('start-cleaning', 'cleaning', [
    ['we-do-everything', 'group'],
    ['volunteer', 'volunteer'],
    ['we-do-coffee-only', 'coffee'],
    ['hosts', 'hosts'],
  ]),
  board('start-use-of-time', 'things-to-do', [
    ['chatting', 'small-talk'],
    ['prepared-topic', 'plan'],
    ['news', 'news'],
    ['bit-of-everything', 'mix'],
    ['own-activities', 'idea'],
    ['guest-speaker', 'guest'],
  ]),
  board('start-how-often', 'calendar', [
    ['once-a-week', 'once-a-week'],
    ['several-times-a-week', 'several-times-a-week'],
    ['afternoon', 'clock'],
  ]),
  board('start-who-leads', 'lead', [
    ['whole-group', 'group'],
    ['volunteer', 'volunteer'],
    ['guest', 'guest'],
    ['take-turns', 'take-turns'],
    ['staff-member', 'worker'],
  ]),
  board('start-planning', 'plan', [
    ['decide-at-meeting', 'vote'],
    ['volunteer-plans', 'volunteer'],
    ['we-plan', 'group'],
    ['we-plan-with-volunteer', 'plan-together'],
  ]),
  board('start-principles', 'principles', [
    ['equality', 'equality'],
    ['own-opinion', 'my-opinion'],
    ['help-each-other', 'help-each-other'],
    ['kind-words', 'kind-words'],
  ]),
  board('start-growing', 'grow', [
    ['share-experiences', 'talk-face-to-face'],
    ['share-information', 'megaphone'],
    ['fill-in-diary', 'diary'],
    ['meeting-jobs', 'tasks'],
    ['lead-group', 'lead'],
  ]),
];
