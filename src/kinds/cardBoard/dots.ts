// Dot vote: each member has a few dots to put on the piles they like most; the most dots wins.
import * as v from 'valibot';
import type { Entry } from '../../domain/records';
import type { AnswerWrite } from '../types';
import type { Pile } from './piles';

/** One of a member's dots: key = `${personId}:${n}`; `ref` = the card it is on, or null when free. */
export const dotSchema = v.object({ ref: v.nullable(v.pipe(v.string(), v.maxLength(200))) });

/** Each member's dots: slot number → card ref. */
export function dotsByPerson(entries: readonly Entry[], dotsPerMember: number): ReadonlyMap<string, ReadonlyMap<number, string>> {
  const byPerson = new Map<string, Map<number, string>>();
  for (const entry of entries) {
    if (entry.type !== 'dot' || !v.is(dotSchema, entry.data) || !entry.data.ref) continue;
    const [personId, slot] = entry.key.split(':');
    const n = Number(slot);
    if (!personId || !Number.isInteger(n) || n < 0 || n >= dotsPerMember) continue;
    const slots = byPerson.get(personId) ?? new Map<number, string>();
    slots.set(n, entry.data.ref);
    byPerson.set(personId, slots);
  }
  return byPerson;
}

/** Dots given on this tablet but maybe not saved yet: slot → card ref (null = taken back). */
export type PendingDots = Map<number, string | null>;

/** The member's dots as saved, with the not-yet-saved changes on top. */
export function withPending(saved: ReadonlyMap<number, string> | undefined, pending: ReadonlyMap<number, string | null>): ReadonlyMap<number, string> {
  const slots = new Map(saved);
  for (const [n, ref] of pending) {
    if (ref === null) slots.delete(n);
    else slots.set(n, ref);
  }
  return slots;
}

export const dotsLeft = (slots: ReadonlyMap<number, string> | undefined, dotsPerMember: number): number => dotsPerMember - (slots?.size ?? 0);

/** Puts one of the member's free dots on a pile (by its top card), or null when none is left. */
export function addDotWrite(personId: string, slots: ReadonlyMap<number, string> | undefined, dotsPerMember: number, ref: string): AnswerWrite | null {
  for (let n = 0; n < dotsPerMember; n += 1) {
    if (!slots?.has(n)) return { type: 'dot', key: `${personId}:${n}`, data: { ref } };
  }
  return null;
}

/** Takes one of the member's dots off a pile. */
export function removeDotWrite(personId: string, slots: ReadonlyMap<number, string> | undefined, inPile: (ref: string) => boolean): AnswerWrite | null {
  for (const [n, ref] of slots ?? []) {
    if (inPile(ref)) return { type: 'dot', key: `${personId}:${n}`, data: { ref: null } };
  }
  return null;
}

/** Every card of a pile: a dot on any of them counts for the pile. */
export const refsOf = (pile: Pile): ReadonlySet<string> => new Set([pile.top.ref, ...pile.rest.map((c) => c.ref)]);

export interface PileScore {
  readonly pile: Pile;
  readonly dots: number;
  /** Who put dots here (a member may put several). */
  readonly personIds: readonly string[];
}

/** Piles by dots, most first (a dot on any card of a pile counts for the pile); members only. */
export function scores(pileList: readonly Pile[], entries: readonly Entry[], dotsPerMember: number, memberIds: readonly string[]): PileScore[] {
  const byPerson = dotsByPerson(entries, dotsPerMember);
  return pileList
    .map((pile) => {
      const inPile = refsOf(pile);
      const personIds = memberIds.flatMap((id) => [...(byPerson.get(id)?.values() ?? [])].filter((ref) => inPile.has(ref)).map(() => id));
      return { pile, dots: personIds.length, personIds };
    })
    .sort((a, b) => b.dots - a.dots);
}

/** The piles that share the most dots (more than one when it is a tie; none before any dot). */
export function leaders(ranked: readonly PileScore[]): PileScore[] {
  const top = ranked[0]?.dots ?? 0;
  return top === 0 ? [] : ranked.filter((s) => s.dots === top);
}

/**
 * A member ended their dot turn with "Valmis" (key = person id), or a support person showed the
 * votes before everyone had voted (key = `revealKey`). DO NOT CHANGE without a migration.
 */
export const dotsDoneSchema = v.object({ done: v.boolean() });
export const revealKey = 'all';
export const dotsDoneWrite = (key: string): AnswerWrite => ({ type: 'dotsDone', key, data: { done: true } });

export interface VotingState {
  /** Members who have voted: used all their dots or ended their turn with "Valmis". */
  readonly voted: ReadonlySet<string>;
  /** Everyone has voted (or a support person showed the votes): the dots are shown. */
  readonly revealed: boolean;
}

/** Who has voted, and whether the votes are out (until then only "has voted" shows). */
export function votingState(entries: readonly Entry[], dotsPerMember: number, memberIds: readonly string[]): VotingState {
  const byPerson = dotsByPerson(entries, dotsPerMember);
  const done = new Set(entries.filter((e) => e.type === 'dotsDone' && v.is(dotsDoneSchema, e.data) && e.data.done).map((e) => e.key));
  const voted = new Set(memberIds.filter((id) => done.has(id) || dotsLeft(byPerson.get(id), dotsPerMember) === 0));
  return { voted, revealed: done.has(revealKey) || (memberIds.length > 0 && voted.size === memberIds.length) };
}

/** Whom the vote waits for before the dots are shown: the participants (support persons may vote, but are not waited for). */
export function awaitedVoters<P extends { readonly id: string; readonly role: string }>(members: readonly P[]): P[] {
  const participants = members.filter((m) => m.role !== 'support');
  return participants.length > 0 ? participants : [...members];
}
