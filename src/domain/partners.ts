// The group's partners: people and organisations that help (meeting 6, the partner network of the
// source documents). Each partner is one answer of the group, not of a meeting.
import * as v from 'valibot';
import type { MeetingId } from '../content/types';
import type { Entry } from './records';

/** Partners are kept under this exercise id, with the group as their scope. DO NOT CHANGE (saved). */
export const partnersExerciseId = 'partners';
export const partnerType = 'partner';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const meetingIds = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10'] as const;

/** Ways a partner likes to be reached (the Porukalla network kept in touch by phone and online too). */
export const contactWays = ['phone', 'e-mail', 'message', 'video-call', 'visit'] as const;
export type ContactWay = (typeof contactWays)[number];

/** key = a random id. */
export const partnerSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  organisation: text(120),
  offers: text(500),
  phone: v.pipe(v.string(), v.maxLength(40), v.regex(/^[0-9+()\-\s]*$/)),
  email: v.pipe(v.string(), v.maxLength(120), v.check((s) => s === '' || /^[^\s@]+@[^\s@]+$/.test(s), 'not an e-mail address')),
  ways: v.pipe(v.array(v.picklist(contactWays)), v.maxLength(contactWays.length)),
  meetingIds: v.pipe(v.array(v.picklist(meetingIds)), v.maxLength(10)),
  tasks: text(500),
  createdAt: v.number(),
});
export type PartnerData = v.InferOutput<typeof partnerSchema>;

export interface Partner extends PartnerData {
  readonly key: string;
}

/** The group's partners in the order they were added. */
export function readPartners(entries: readonly Entry[]): Partner[] {
  const partners: Partner[] = [];
  for (const entry of entries) {
    if (entry.exerciseId !== partnersExerciseId || entry.type !== partnerType) continue;
    const parsed = v.safeParse(partnerSchema, entry.data);
    if (parsed.success) partners.push({ key: entry.key, ...parsed.output });
  }
  return partners.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

/** A telephone link that dials: spaces and dashes out, a leading + kept. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export const partnersIn = (partners: readonly Partner[], meetingId: MeetingId): Partner[] => partners.filter((p) => p.meetingIds.includes(meetingId));
