// Suggested answers for the elevator pitch, made from what flows in: the members' names, the goal
// (meeting 4) and the action plan's cards that are still missing (meeting 5).
import { findExercise } from '../../content/lookup';
import type { PitchSuggestion } from '../../content/types';
import type { Entry } from '../../domain/records';
import { goalRows, readGoal } from '../cardBoard/goal';
import { canvasCards } from '../canvas/model';

/** The goal card's "why" question (Ideariihi): its answer tells why the goal matters. */
export const whyFieldId = 'why';

/** Words shown to people: typed text, or a text key of the content. */
export type Words = { readonly text: string } | { readonly textKey: string };

export interface PitchFacts {
  readonly names: readonly string[];
  /** The goal's own words and its picture answers to what, where and with whom. */
  readonly goal: readonly Words[];
  /** The goal's picture answers to why. */
  readonly why: readonly Words[];
  /** The plan's cards marked "still missing" (voice-only cards cannot be put into words). */
  readonly missing: readonly Words[];
}

/** What the earlier exercises say, in the shape the suggestions need. */
export function pitchFacts(names: readonly string[], sources: readonly Entry[]): PitchFacts {
  const goal = readGoal(sources);
  const answers = goal
    ? goalRows(goal).flatMap(({ field, choice, words }) => [
        ...(choice ? [{ fieldId: field.id, words: { textKey: choice.textKey } }] : []),
        ...(words ? [{ fieldId: field.id, words: { text: words } }] : []),
      ])
    : [];
  const goalText = goal?.card.text?.trim();
  return {
    names,
    goal: [...(goalText ? [{ text: goalText }] : []), ...answers.filter((a) => a.fieldId !== whyFieldId).map((a) => a.words)],
    why: answers.filter((a) => a.fieldId === whyFieldId).map((a) => a.words),
    missing: missingInPlans(sources),
  };
}

function missingInPlans(sources: readonly Entry[]): Words[] {
  const byExercise = new Map<string, Entry[]>();
  for (const entry of sources) byExercise.set(entry.exerciseId, [...(byExercise.get(entry.exerciseId) ?? []), entry]);
  return [...byExercise].flatMap(([exerciseId, entries]) => {
    const found = findExercise(exerciseId)?.exercise;
    if (found?.kind !== 'canvas') return [];
    return canvasCards(entries).flatMap((card): Words[] => {
      if (!card.missing) return [];
      if (card.text?.trim()) return [{ text: card.text.trim() }];
      const suggestion = found.config.sections.find((s) => s.id === card.sectionId)?.suggestions?.find((s) => s.id === card.suggestionId);
      return suggestion ? [{ textKey: suggestion.textKey }] : [];
    });
  });
}

export type SuggestionKey = 'pitch.suggest.members' | 'pitch.suggest.goal' | 'pitch.suggest.why' | 'pitch.suggest.missing';

/** How the suggestions are put into the current language (the view passes i18n; tests pass their own). */
export interface Phrasing {
  readonly sentence: (key: SuggestionKey, value: string) => string;
  readonly content: (textKey: string) => string;
  /** "Anna, Ben ja Cecilia". */
  readonly list: (items: readonly string[]) => string;
}

const withoutEndMark = (text: string): string => text.trim().replace(/[.!?]+$/, '');

/** The suggested answer to a question, or null when the earlier exercises have nothing for it. */
export function suggestedAnswer(suggestion: PitchSuggestion | null, facts: PitchFacts, phrasing: Phrasing): string | null {
  const say = (words: Words) => withoutEndMark('text' in words ? words.text : phrasing.content(words.textKey));
  const sentences = (list: readonly Words[]) => list.map(say).filter(Boolean).join('. ');
  switch (suggestion) {
    case 'members':
      return facts.names.length > 0 ? phrasing.sentence('pitch.suggest.members', phrasing.list(facts.names)) : null;
    case 'goal':
      return facts.goal.length > 0 ? phrasing.sentence('pitch.suggest.goal', sentences(facts.goal)) : null;
    case 'goal-why':
      return facts.why.length > 0 ? phrasing.sentence('pitch.suggest.why', sentences(facts.why)) : null;
    case 'still-missing':
      return facts.missing.length > 0 ? phrasing.sentence('pitch.suggest.missing', phrasing.list(facts.missing.map(say))) : null;
    case null:
      return null;
  }
}
