// The support persons' toolkit as pure logic: the meeting plan, the diary, partners, library search.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { diaryPages, photoIdsIn } from '../../src/app/diary/model';
import { matchesQuery } from '../../src/app/library/search';
import { nextMeetingOf, readPlan } from '../../src/app/plan/model';
import { findMeeting } from '../../src/content/lookup';
import { meetings } from '../../src/content/meetings';
import type { Meeting } from '../../src/content/types';
import { partnerSchema, readPartners, telHref } from '../../src/domain/partners';
import type { Entry, MeetingRecord } from '../../src/domain/records';
import { entry } from './fixtures';

const meeting = (id: string): Meeting => findMeeting(id) ?? (() => { throw new Error(id); })();
const at = (e: Entry, meetingId: Entry['meetingId']): Entry => ({ ...e, meetingId });

describe('the meeting plan', () => {
  const m03 = meeting('m03');
  const planEntries = [
    at(entry('m03-meeting-plan', 'tick', 'm03-city-lift', { ticked: true }), 'm03'),
    at(entry('m03-meeting-plan', 'tick', 'm03-check-in', { ticked: false }), 'm03'),
    at(entry('m03-meeting-plan', 'tick', 'coffee', { ticked: true }), 'm03'),
    at(entry('m03-meeting-plan', 'tick', 'not-a-thing', { ticked: true }), 'm03'),
    at(entry('m03-meeting-plan', 'field', 'next-day', { value: '2026-12-01' }), 'm03'),
    at(entry('m03-meeting-plan', 'field', 'next-place', { value: 'Kirjasto' }), 'm03'),
  ];

  it('reads the chosen exercises in the meeting\'s order, the materials and the fields', () => {
    const plan = readPlan(m03, planEntries);
    expect(plan.exerciseIds).toEqual(['m03-city-lift']);
    expect(plan.materialIds).toEqual(['coffee']);
    expect(plan.values).toEqual({ 'next-day': '2026-12-01', 'next-place': 'Kirjasto' });
  });

  it('says when the group meets next: the latest plan with a day, and only when that day has not passed', () => {
    const m02Plan = readPlan(meeting('m02'), [at(entry('m02-meeting-plan', 'field', 'next-day', { value: '2026-11-24' }), 'm02')]);
    const plans = [
      { meetingId: 'm02' as const, plan: m02Plan },
      { meetingId: 'm03' as const, plan: readPlan(m03, planEntries) },
    ];
    expect(nextMeetingOf(plans, '2026-11-23')).toEqual({ plannedIn: 'm03', day: '2026-12-01', time: '', place: 'Kirjasto' });
    expect(nextMeetingOf(plans, '2026-12-01')?.day).toBe('2026-12-01');
    expect(nextMeetingOf(plans, '2026-12-02')).toBeNull();
    expect(nextMeetingOf([plans[0]!], '2026-11-23')?.plannedIn).toBe('m02');
    expect(nextMeetingOf([], '2026-11-23')).toBeNull();
  });
});

const record = (meetingId: MeetingRecord['meetingId'], heldOn: string | null, attendeeIds: string[] = []): MeetingRecord => ({
  id: `g/${meetingId}`, groupId: 'g', meetingId, heldOn, attendeeIds, updatedAt: 'x', deviceId: 'd', deleted: false,
});

describe('the diary', () => {
  it('finds every photo an answer points to, once', () => {
    expect(photoIdsIn({ photoId: 'a', text: 'x', nested: { photoId: 'b' }, photoIds: ['c', 7, 'd'] })).toEqual(['a', 'b', 'c', 'd']);
    expect(photoIdsIn([{ photoId: 'e' }, null, 'photoId'])).toEqual(['e']);
    expect(photoIdsIn({ voiceId: 'v' })).toEqual([]);
  });

  it('has a page for each meeting held or worked on, with who came, photos, what was done and decided', () => {
    const entries: Entry[] = [
      at(entry('m02-keys', 'story', 'p1', { photoId: 'photo-1', text: 'Avain' }), 'm02'),
      at(entry('m02-keys', 'story', 'p2', { photoId: 'photo-2' }), 'm02'),
      at(entry('m02-agree', 'rule', 'statement-listens', { statementId: 'listens', order: 1 }), 'm02'),
      at(entry('m04-idea-storm', 'goal', 'goal', { ref: 'x', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssit', createdAt: 1 } }), 'm04'),
      { ...at(entry('m04-idea-storm', 'card', 'c9', { areaId: 'wishes', photoId: 'removed-photo', createdAt: 1 }), 'm04'), deleted: true },
      at(entry('m02-meeting-plan', 'field', 'next-day', { value: '2026-12-01' }), 'm02'),
    ];
    const pages = diaryPages(meetings, [record('m01', '2026-11-17', ['p1']), record('m02', '2026-11-24', ['p1', 'p2'])], entries);
    expect(pages.map((p) => p.meeting.id)).toEqual(['m01', 'm02', 'm04']);
    const [m01, m02, m04] = pages;
    expect(m01).toMatchObject({ heldOn: '2026-11-17', attendeeIds: ['p1'], photoIds: [], hasRules: false });
    expect(m02).toMatchObject({ heldOn: '2026-11-24', photoIds: ['photo-1', 'photo-2'], hasRules: true, hasGoal: false, next: { day: '2026-12-01', time: '', place: '' } });
    expect(m02?.exercises.map((e) => e.id)).toEqual(expect.arrayContaining(['m02-keys', 'm02-agree']));
    expect(m04).toMatchObject({ heldOn: null, attendeeIds: [], hasGoal: true, photoIds: [] });
  });

  it('is empty for a new group', () => {
    expect(diaryPages(meetings, [], [])).toEqual([]);
  });
});

describe('partners', () => {
  const data = { name: 'Liisa', organisation: 'Kirjasto', offers: 'Tila', phone: '040 123 4567', email: 'liisa@example.fi', ways: ['phone'], meetingIds: ['m06'], tasks: '', createdAt: 2 };

  it('are read in the order they were added, skipping anything broken', () => {
    const entries = [
      at(entry('partners', 'partner', 'b', { ...data, name: 'Bea', createdAt: 3 }), 'group'),
      at(entry('partners', 'partner', 'a', data), 'group'),
      at(entry('partners', 'partner', 'x', { ...data, email: 'not an address' }), 'group'),
      at(entry('m06-partner-ideas', 'partner', 'y', data), 'group'),
    ];
    expect(readPartners(entries).map((p) => p.name)).toEqual(['Liisa', 'Bea']);
  });

  it('need a name; a phone number has only numbers; an e-mail address has an @', () => {
    expect(v.is(partnerSchema, data)).toBe(true);
    expect(v.is(partnerSchema, { ...data, name: '   ' })).toBe(false);
    expect(v.is(partnerSchema, { ...data, phone: 'call me' })).toBe(false);
    expect(v.is(partnerSchema, { ...data, email: 'liisa.example.fi' })).toBe(false);
    expect(v.is(partnerSchema, { ...data, phone: '', email: '' })).toBe(true);
    expect(v.is(partnerSchema, { ...data, meetingIds: ['m11'] })).toBe(false);
  });

  it('have a phone link that dials', () => {
    expect(telHref('+358 (40) 123-4567')).toBe('tel:+358401234567');
  });
});

describe('library search', () => {
  it('finds an item when every word is somewhere in it, whatever the case or accents', () => {
    const texts = ['Yhteiskehittäminen', 'Asukkaat ja työntekijät suunnittelevat yhdessä.'];
    expect(matchesQuery(texts, '')).toBe(true);
    expect(matchesQuery(texts, 'yhteiskehittaminen')).toBe(true);
    expect(matchesQuery(texts, 'TYÖNTEKIJÄT yhdessä')).toBe(true);
    expect(matchesQuery(texts, 'yhdessä kahvila')).toBe(false);
  });
});
