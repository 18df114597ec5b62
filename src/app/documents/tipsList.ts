// Meeting 3's leisure idea bank as the tips list, to copy for every participant: the four topics
// (places, where to find out, things to do, how to ask a friend along), each tip a picture and words.
import { canvasCards } from '../../kinds/canvas/model';
import type { DocumentSpec } from '../../services/pdf/builder';
import { sectionOnPaper } from './canvasOnPaper';
import { answersOf, exerciseOfKind, groupPageDocument } from './groupData';
import type { DocumentData, DocumentTexts } from './types';

export const tipsListExerciseId = 'm03-idea-bank';

/** The tips list from the idea bank's cards; null when the bank has no tips yet or on a topic's page. */
export function tipsListDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const exercise = exerciseOfKind(data.exerciseId, 'canvas');
  if (!exercise || (data.step !== null && data.step !== 'summary')) return null;
  const cards = canvasCards(answersOf(data, exercise.id));
  const sections = exercise.config.sections
    .map((section) => ({ section, tips: sectionOnPaper(cards, section, texts) }))
    .filter((s) => s.tips.length > 0);
  if (sections.length === 0) return null;
  const { t, tContent } = texts;
  const title = tContent(exercise.config.summaryTitleKey);
  return groupPageDocument({ title, pictogram: exercise.pictogram, intro: t('documents.tipsList.intro') }, data, texts, (doc) => {
    for (const { section, tips } of sections) {
      doc.heading(tContent(section.titleKey), section.pictogram);
      for (const tip of tips) doc.row(tip.pictogram, tip.text);
    }
    doc.space(12);
    doc.row('tip', t('documents.tipsList.outro'));
  });
}
