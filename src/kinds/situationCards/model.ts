// "Omissa housuissa": the group acts a task out going well and going wrong, keeps short notes of
// both sides on the task's card, and makes a list of what helps to succeed. Pure functions only.
import * as v from 'valibot';
import type { PictogramId } from '../../content/pictogramId';
import type { SituationCardsConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import { tickedItems, toggleWrite } from '../checklist/model';
import type { AnswerWrite, Progress } from '../types';

export { tickSchema } from '../checklist/model';

const id = v.pipe(v.string(), v.maxLength(64));
const text = v.pipe(v.string(), v.maxLength(300));

/** The group's own situation card: key = a random id. DO NOT CHANGE without a migration. */
export const situationSchema = v.object({ text: v.optional(text), voiceId: v.optional(id), photoId: v.optional(id), createdAt: v.number() });
export type SituationData = v.InferOutput<typeof situationSchema>;

export type Side = 'well' | 'wrong';
export const sides: readonly Side[] = ['well', 'wrong'];

/** A note on one side of a card (a ready card's id or an own card's key): key = a random id. */
/** drawingId: a drawing (a photo-type media record), added later. */
export const noteSchema = v.object({ situationId: id, side: v.picklist(['well', 'wrong']), text: v.optional(text), voiceId: v.optional(id), drawingId: v.optional(id), createdAt: v.number() });
export type NoteData = v.InferOutput<typeof noteSchema>;

/** The group's own row of the list of what helps: key = a random id; it is ticked with a `tick` like the ready rows. */
export const helperSchema = v.object({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), createdAt: v.number() });

/** A situation card as shown: a ready one (picture + text key) or the group's own. */
export type Situation =
  | { readonly id: string; readonly isOwn: false; readonly pictogram: PictogramId; readonly textKey: string }
  | ({ readonly id: string; readonly isOwn: true } & SituationData);

export interface Note extends NoteData {
  readonly key: string;
}

export interface HelperRow {
  readonly id: string;
  /** A ready row's text key, or the group's own words. */
  readonly textKey?: string;
  readonly text?: string;
  readonly pictogram: PictogramId;
  readonly isOwn: boolean;
  readonly isTicked: boolean;
}

function read<T>(entries: readonly Entry[], type: string, schema: v.GenericSchema<T>): { key: string; data: T }[] {
  const out: { key: string; data: T }[] = [];
  for (const entry of entries) if (entry.type === type && v.is(schema, entry.data)) out.push({ key: entry.key, data: entry.data });
  return out;
}

const byTime = <T extends { readonly createdAt: number; readonly key: string }>(a: T, b: T) => a.createdAt - b.createdAt || a.key.localeCompare(b.key);

/** The ready cards, then the group's own in the order they were made (own cards with nothing in them are left out). */
export function situations(config: SituationCardsConfig, entries: readonly Entry[]): Situation[] {
  const ready: Situation[] = config.situations.map((s) => ({ id: s.id, isOwn: false, pictogram: s.pictogram, textKey: s.textKey }));
  const own = read(entries, 'situation', situationSchema)
    .map(({ key, data }) => ({ ...data, key }))
    .filter((s) => s.text || s.voiceId || s.photoId)
    .sort(byTime)
    .map(({ key, ...data }): Situation => ({ ...data, id: key, isOwn: true }));
  return [...ready, ...own];
}

/** The notes of one card, per side, oldest first. */
export function notesOf(entries: readonly Entry[], situationId: string): Record<Side, Note[]> {
  const notes = read(entries, 'note', noteSchema)
    .map(({ key, data }) => ({ ...data, key }))
    .filter((n) => n.situationId === situationId && (n.text || n.voiceId || n.drawingId))
    .sort(byTime);
  return { well: notes.filter((n) => n.side === 'well'), wrong: notes.filter((n) => n.side === 'wrong') };
}

export type NewContent = { readonly text: string } | { readonly voiceId: string };
/** A note can also be a drawing (an own situation card cannot). */
export type NewNoteContent = NewContent | { readonly drawingId: string };

const content = (c: NewNoteContent) => ('text' in c ? { text: c.text.trim().slice(0, 300) } : 'voiceId' in c ? { voiceId: c.voiceId } : { drawingId: c.drawingId });

export function newSituationWrite(c: NewContent, now: number = Date.now()): AnswerWrite {
  return { type: 'situation', key: newId(), data: { ...content(c), createdAt: now } };
}

/** An own card with a photo added or changed. */
export function situationPhotoWrite(situation: Extract<Situation, { isOwn: true }>, photoId: string): AnswerWrite {
  const data: SituationData = { ...(situation.text ? { text: situation.text } : {}), ...(situation.voiceId ? { voiceId: situation.voiceId } : {}), photoId, createdAt: situation.createdAt };
  return { type: 'situation', key: situation.id, data };
}

export function newNoteWrite(situationId: string, side: Side, c: NewNoteContent, now: number = Date.now()): AnswerWrite {
  return { type: 'note', key: newId(), data: { situationId, side, ...content(c), createdAt: now } };
}

/** The list of what helps: ready rows, then the group's own; each can be ticked. */
export function helperRows(config: SituationCardsConfig, entries: readonly Entry[]): HelperRow[] {
  const ticked = tickedItems(entries);
  const ready = config.helpers.map((h) => ({ id: h.id, textKey: h.textKey, pictogram: h.pictogram, isOwn: false, isTicked: ticked.has(h.id) }));
  const own = read(entries, 'helper', helperSchema)
    .map(({ key, data }) => ({ ...data, key }))
    .sort(byTime)
    .map((h) => ({ id: h.key, text: h.text, pictogram: 'good-things' as const, isOwn: true, isTicked: ticked.has(h.key) }));
  return [...ready, ...own];
}

/** An own row is on the list at once: it is saved ticked. */
export function newHelperWrites(words: string, now: number = Date.now()): AnswerWrite[] {
  const clean = words.trim().slice(0, 200);
  if (!clean) return [];
  const key = newId();
  return [{ type: 'helper', key, data: { text: clean, createdAt: now } }, toggleWrite(key, false)];
}

export const toggleHelperWrite = (row: HelperRow): AnswerWrite => toggleWrite(row.id, row.isTicked);

/** Done when a card has notes on both sides and the list of what helps has a ticked row. */
export function situationProgress(config: SituationCardsConfig, entries: readonly Entry[]): Progress {
  const hasList = helperRows(config, entries).some((r) => r.isTicked);
  const hasBothSides = situations(config, entries).some((s) => {
    const notes = notesOf(entries, s.id);
    return notes.well.length > 0 && notes.wrong.length > 0;
  });
  if (hasList && hasBothSides) return 'done';
  const hasAny = hasList || entries.some((e) => (e.type === 'note' && v.is(noteSchema, e.data)) || (e.type === 'situation' && v.is(situationSchema, e.data)));
  return hasAny ? 'started' : 'not-started';
}
