// A canvas card (the idea bank's tips, the plan's items) as a picture-supported row on paper, as the
// canvas summary shows it: the tapped-in picture card's or the question's pictogram, and its words.
import type { PictogramId } from '../../content/pictogramId';
import type { CanvasSection } from '../../content/types';
import type { CanvasCard } from '../../kinds/canvas/model';
import type { DocumentTexts } from './types';

export interface CardOnPaper {
  readonly pictogram: PictogramId;
  readonly text: string;
  readonly missing: boolean;
}

/** The card's words; a card that is only a voice note says so (a voice cannot be printed). */
export function cardOnPaper(card: CanvasCard, section: CanvasSection, texts: DocumentTexts): CardOnPaper {
  const suggestion = section.suggestions?.find((s) => s.id === card.suggestionId);
  const question = section.questions.find((q) => q.id === card.questionId);
  const words = card.text?.trim() || (suggestion ? texts.tContent(suggestion.textKey) : '');
  const text = words || (card.voiceId ? texts.t('documents.shared.voiceOnly') : '');
  return { pictogram: suggestion?.pictogram ?? question?.pictogram ?? section.pictogram, text, missing: Boolean(card.missing) };
}

/** The section's cards on paper, in the order they were made (cards without words or voice left out). */
export const sectionOnPaper = (cards: readonly CanvasCard[], section: CanvasSection, texts: DocumentTexts): CardOnPaper[] =>
  cards.filter((c) => c.sectionId === section.id).map((c) => cardOnPaper(c, section, texts)).filter((c) => c.text !== '');
