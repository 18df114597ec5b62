// The shapes of the support persons' method cards and practice library. Ids are saved with notes and
// links, so they are stable literals (DO NOT CHANGE an id without a migration).
import type { PictogramId } from '../pictogramId';
import type { ContentKey, PictureText } from '../types';

/** A method card for support persons: what the method is, what to do, and questions to think about. */
export interface MethodCard {
  readonly id: string;
  /** Where it comes from: the AVOT cards, the workbook, or the shared lessons of the PRO SOS practice collection. */
  readonly source: 'good-practice-cards' | 'workbook' | 'practice-collection';
  readonly pictogram: PictogramId;
  readonly titleKey: ContentKey;
  readonly summaryKey: ContentKey;
  readonly points: readonly PictureText[];
  readonly questions: readonly PictureText[];
}

/** One working practice from the "Toimivat käytännöt" collection, with lessons from its evaluation. */
export interface Practice {
  readonly id: string;
  readonly pictogram: PictogramId;
  readonly titleKey: ContentKey;
  readonly placeKey: ContentKey;
  readonly ideaKey: ContentKey;
  readonly forWhomKey: ContentKey;
  readonly lessons: readonly PictureText[];
}

/** A row of a list: its id and its pictogram; the text key is made from the list's prefix. */
export type Row = readonly [id: string, pictogram: PictogramId];

/** Turns rows into picture texts with keys '<prefix>.<id>'. */
export function pictureTexts(prefix: string, list: readonly Row[]): PictureText[] {
  return list.map(([id, pictogram]) => ({ id, textKey: `${prefix}.${id}`, pictogram }));
}
