// A new partner started from an idea of meeting 6: the chosen option's words fill in the form.
import { findExercise } from '../../content/lookup';
import type { PartnerData } from '../../domain/partners';
import type { Entry } from '../../domain/records';
import { optionWords } from '../../kinds/choiceBoard/model';
import type { PartnerIdea } from '../router';

/** A chosen picture option ("Parishes") fills in the organisation; an own option ("the café on the corner") the name. */
export function partnerDraftFrom(from: PartnerIdea | undefined, entries: readonly Entry[], tContent: (key: string) => string): Partial<PartnerData> {
  const found = from ? findExercise(from.exerciseId)?.exercise : undefined;
  if (!from || found?.kind !== 'choiceBoard') return {};
  const words = optionWords(found.config, entries, from.key);
  if (!words) return {};
  return 'textKey' in words ? { organisation: tContent(words.textKey).slice(0, 120) } : { name: words.text.slice(0, 80) };
}
