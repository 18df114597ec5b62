// The only list of kinds. A kind named in content/types.ts but missing here fails to compile.
import type { ComponentType } from 'preact';
import type { Exercise, KindName } from '../content/types';
import type { Entry } from '../domain/records';
import { agreementKind } from './agreement';
import { canvasKind } from './canvas';
import { cardBoardKind } from './cardBoard';
import { cardDeckKind } from './cardDeck';
import { certificateKind } from './certificate';
import { checklistKind } from './checklist';
import { choiceBoardKind } from './choiceBoard';
import { feedbackKioskKind } from './feedbackKiosk';
import { fieldNotesKind } from './fieldNotes';
import { formKind } from './form';
import { infoKind } from './info';
import { memoKind } from './memo';
import { moodCheckInKind } from './moodCheckIn';
import { photoStoryKind } from './photoStory';
import { pitchBuilderKind } from './pitchBuilder';
import { praiseRoundKind } from './praiseRound';
import { questionRoundKind } from './questionRound';
import { situationCardsKind } from './situationCards';
import { skillsGridKind } from './skillsGrid';
import { statementVoteKind } from './statementVote';
import { taskChecklistKind } from './taskChecklist';
import { taskTableKind } from './taskTable';
import { type ComingSoon, type KindDefinition, type KindViewProps, type Progress } from './types';

export const kinds = {
  info: infoKind,
  checklist: checklistKind,
  statementVote: statementVoteKind,
  moodCheckIn: moodCheckInKind,
  photoStory: photoStoryKind,
  cardDeck: cardDeckKind,
  fieldNotes: fieldNotesKind,
  cardBoard: cardBoardKind,
  choiceBoard: choiceBoardKind,
  canvas: canvasKind,
  taskTable: taskTableKind,
  skillsGrid: skillsGridKind,
  taskChecklist: taskChecklistKind,
  questionRound: questionRoundKind,
  praiseRound: praiseRoundKind,
  feedbackKiosk: feedbackKioskKind,
  pitchBuilder: pitchBuilderKind,
  form: formKind,
  agreement: agreementKind,
  memo: memoKind,
  situationCards: situationCardsKind,
  certificate: certificateKind,
} satisfies { readonly [K in KindName]: KindDefinition<K> | ComingSoon };

/** The built kind of an exercise, or undefined when it is still coming. */
export function kindOf<K extends KindName>(kind: K): KindDefinition<K> | undefined {
  const entry = kinds[kind] as KindDefinition<K> | ComingSoon;
  return 'comingSoon' in entry ? undefined : entry;
}

/** How far the group is with an exercise, or "coming-soon" when its kind is not built yet. */
export function progressOf(exercise: Exercise, entries: readonly Entry[]): Progress | 'coming-soon' {
  const kind = kindOf(exercise.kind);
  if (!kind) return 'coming-soon';
  // The exercise and its kind belong together (same K); TypeScript cannot see that through the union.
  const progress = kind.progress as (exercise: Exercise, entries: readonly Entry[]) => Progress;
  return progress(exercise, entries.filter((e) => e.exerciseId === exercise.id));
}

/** A view that takes any exercise: what the app renders once it has looked up the exercise's kind. */
export type AnyKindView = ComponentType<KindViewProps<KindName>>;

/** Loads the view of an exercise's kind, or undefined when the kind is not built yet. */
export function viewLoaderOf(exercise: Exercise): (() => Promise<AnyKindView>) | undefined {
  const kind = kindOf(exercise.kind);
  // As in progressOf: the exercise and its kind's view belong together.
  return kind ? () => kind.loadView().then(({ View }) => View as AnyKindView) : undefined;
}
