// The contract every exercise kind fulfils (see kinds/README.md).
import type { ComponentType } from 'preact';
import type * as v from 'valibot';
import type { ExerciseOf, KindName } from '../content/types';
import type { Entry, Person } from '../domain/records';

export interface AnswerWrite {
  readonly type: string;
  readonly key: string;
  readonly data: unknown;
}

/** The exercise's saved answers and how to change them; the app wires this to storage. */
export interface Answers {
  /** Saved answers of this exercise, without tombstones. */
  readonly entries: readonly Entry[];
  /** Names this group's exercise, for keeping a form's unsaved words through a reload (ui/useDraft). */
  readonly draftKey: string;
  /** Saves answers in one transaction; they are on disk when the promise resolves. */
  put(...writes: readonly AnswerWrite[]): Promise<void>;
  /** Removes an answer; the app offers undo. */
  remove(type: string, key: string, undoMessage: string): Promise<void>;
  /** Saves a change that is not a removal (taking a card off a board) and offers undo, which saves `undo`. */
  putUndoable(writes: readonly AnswerWrite[], undo: readonly AnswerWrite[], undoMessage: string): Promise<void>;
}

/** Addresses of the group's pages that an exercise links to. */
export interface KindLinks {
  readonly group: string;
  readonly members: string;
  readonly rules: string;
  /** The group's partner list. */
  readonly partners: string;
  /** The new-partner form, filled in from this exercise's answer with the given key (a chosen option). */
  readonly newPartnerFrom: (answerKey: string) => string;
  /** The group's presentation as slides, opened from this exercise at the given step ("Lopeta" comes back there). */
  readonly slideshow?: (step: string | null) => string;
}

export interface KindViewProps<K extends KindName> {
  readonly exercise: ExerciseOf<K>;
  /** The group's members, in order. */
  readonly members: readonly Person[];
  readonly answers: Answers;
  /** Saved answers of the exercises named in the exercise's `sources` (earlier results that flow in). */
  readonly sources: readonly Entry[];
  /** Where in the exercise the group is (kept in the address, so a reload comes back to it). */
  readonly step: string | null;
  readonly onStep: (step: string | null) => void;
  /** Addresses of the group's pages that show an exercise's results. */
  readonly links: KindLinks;
  /** The group's name, meeting place and the days its meetings were held (the certificate). */
  readonly group?: GroupFacts;
}

export interface GroupFacts {
  readonly name: string;
  readonly place: string;
  /** YYYY-MM-DD, oldest first. */
  readonly heldDays: readonly string[];
  /**
   * Votes (statement vote, dot vote) are shown as they come; false (the default): each member shows
   * only "has voted" until everyone has voted, then all votes are shown together.
   */
  readonly openVoting: boolean;
}

export type Progress = 'not-started' | 'started' | 'done';

export interface KindDefinition<K extends KindName> {
  /** The view, loaded when the exercise opens (it is not in the first download). */
  readonly loadView: () => Promise<{ readonly View: ComponentType<KindViewProps<K>> }>;
  /** The answer types this kind saves: import checks every answer against these. */
  readonly entrySchemas: Readonly<Record<string, v.GenericSchema>>;
  readonly progress: (exercise: ExerciseOf<K>, entries: readonly Entry[]) => Progress;
}

/** A kind that is planned but not built: its exercises show a "coming soon" card. */
export const comingSoon = { comingSoon: true } as const;
export type ComingSoon = typeof comingSoon;
