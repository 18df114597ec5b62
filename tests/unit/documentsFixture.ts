// A fixture group for the documents (tips list, plan, task table, feedback, certificates): its journey
// as saved answers, members with and without photo consent, and a DocBuilder that records each call.
import type { MeetingId } from '../../src/content/types';
import { documentTexts } from '../../src/app/documents/texts';
import type { DocumentData, DocumentTexts } from '../../src/app/documents/types';
import type { Entry, Person } from '../../src/domain/records';
import type { DocBuilder, DocumentSpec } from '../../src/services/pdf/builder';
import { entry, person } from './fixtures';

export const members: readonly Person[] = [
  person('anna', { name: 'Anna Kärkkäinen', avatar: 'avatar-fox', colour: 'red', photoConsent: true }),
  person('jori', { name: 'Jöns Åberg', avatar: 'avatar-owl', colour: 'green' }),
  person('pia', { name: 'Pia Mäki', avatar: 'avatar-cat', role: 'peer' }),
  person('sari', { name: 'Sari Hämäläinen', avatar: 'avatar-star', role: 'support', photoConsent: true }),
];

const card = (exerciseId: string, key: string, data: Record<string, unknown>) => entry(exerciseId, 'card', key, { createdAt: key.length, ...data });
const partner = (key: string, name: string, organisation: string) =>
  entry('partners', 'partner', key, { name, organisation, offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: key.length });
const response = (key: string, data: Record<string, unknown>) => entry('m09-feedback', 'response', key, { replies: {}, createdAt: key.length, ...data });

export const journey: readonly Entry[] = [
  card('m03-idea-bank', 'a', { sectionId: 'places', suggestionId: 'library' }),
  card('m03-idea-bank', 'bb', { sectionId: 'things-to-do', questionId: 'fun', text: 'Pyöräretki Särkänniemeen' }),
  card('m03-idea-bank', 'ccc', { sectionId: 'information', questionId: 'events', voiceId: 'voice-1' }),
  entry('m04-idea-storm', 'goal', 'goal', { ref: 'm04-idea-storm/c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta pihalla', choices: { what: 'dance', where: 'park' }, createdAt: 1 } }),
  card('m05-plan', 'a', { sectionId: 'people', questionId: 'known', text: 'Naapurit ja ystävät' }),
  card('m05-plan', 'bb', { sectionId: 'tools', questionId: 'need', text: 'Äänentoisto', missing: true }),
  card('m05-plan', 'ccc', { sectionId: 'places', questionId: 'have', text: 'Pihan grillikatos' }),
  entry('m08-skills', 'has', 'music:anna', { has: true }),
  entry('m08-skills', 'has', 'kitchen:jori', { has: true }),
  entry('m08-skills', 'own', 'own1', { text: 'Pöytien kantaminen', createdAt: 1 }),
  entry('m08-tasks', 'task', 't1', { suggestionId: 'coffee', support: 'Sari avaa keittiön oven.', createdAt: 1 }),
  entry('m08-tasks', 'need', 't1:kitchen', { needed: true }),
  entry('m08-tasks', 'doer', 't1:jori', { does: true }),
  entry('m08-tasks', 'helper', 't1:sari', { helps: true }),
  entry('m08-tasks', 'task', 't2', { text: 'Tehdään julisteet', createdAt: 2 }),
  entry('m08-tasks', 'doer', 't2:anna', { does: true }),
  entry('m08-tasks', 'need', 't2:own1', { needed: true }),
  entry('m09-event-day', 'tick', 't1', { ticked: true }),
  entry('m09-event-day', 'tick', 't2', { ticked: true }),
  response('r1', { fun: 'yes', replies: { nice: { choices: ['music', 'food'], text: 'Tosi kivaa, kiitos! Tulen ensi kerralla.' } } }),
  response('r22', { fun: 'yes', replies: { nice: { choices: ['music'] }, 'anything-else': { voiceId: 'voice-2' } } }),
  response('r333', { fun: 'no', replies: { dislike: { choices: ['noise'], voiceId: 'voice-3' } } }),
  partner('k1', 'Liisa', 'Kirjasto'),
  partner('k22', 'Seurakunnan nuorisotyö', ''),
];

export function groupData(exerciseId: string, meetingId: MeetingId, step: string | null = null, entries: readonly Entry[] = journey): DocumentData {
  return {
    groupId: 'g',
    group: { name: 'Mäntylän porukka', place: 'Asukastila Pääskynen', heldDays: ['2026-09-01', '2026-11-23'] },
    members,
    removedMemberIds: [],
    entries,
    meetingRecords: [],
    meetingId,
    exerciseId,
    step,
  };
}

/** The texts in the current UI language (Finnish unless a test changes it). */
export const texts = (): DocumentTexts => documentTexts();

export type Call = readonly [keyof DocBuilder, ...unknown[]];

/** Runs a document against a builder that records every call. */
export function record(spec: DocumentSpec): Call[] {
  const calls: Call[] = [];
  const doc = new Proxy({} as DocBuilder, {
    get: (_target, name) => (...args: unknown[]) => void calls.push([name as keyof DocBuilder, ...args]),
  });
  spec.write(doc);
  return calls;
}

/** Every text the document prints, in order (titles, headings, rows, lists, fields, people's names). */
export function printedText(calls: readonly Call[]): string[] {
  return calls.flatMap(([name, ...args]): string[] => {
    if (name === 'title' || name === 'heading' || name === 'paragraph') return [String(args[0])];
    if (name === 'row') return [String(args[1])];
    if (name === 'list') return (args[0] as string[]).map(String);
    if (name === 'field') return [`${String(args[0])}: ${String(args[1])}`];
    if (name === 'people') return (args[0] as { name: string }[]).map((p) => p.name);
    return [];
  });
}
