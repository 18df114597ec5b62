// Meeting 5's action plan on paper: the group's goal, the four sections (people, skills, tools,
// places) with their cards, what is still missing marked in place and gathered as a list to tick.
import { canvasCards } from '../../kinds/canvas/model';
import { goalRows, readGoal, type Goal } from '../../kinds/cardBoard/goal';
import type { DocBuilder, DocumentSpec } from '../../services/pdf/builder';
import { sectionOnPaper } from './canvasOnPaper';
import { answersOf, exerciseOfKind, groupPageDocument, sourcesOf } from './groupData';
import type { DocumentData, DocumentTexts } from './types';

export const actionPlanExerciseId = 'm05-plan';

/** The goal's picture answers (what, where, with whom, why) as rows, then its own words. */
function writeGoal(doc: DocBuilder, goal: Goal | null, texts: DocumentTexts): void {
  const { t, tContent } = texts;
  doc.heading(t('documents.actionPlan.goal'), 'goal');
  if (!goal) {
    doc.paragraph(t('documents.actionPlan.noGoal'));
    return;
  }
  const rows = goalRows(goal);
  for (const { field, choice, words, voiceId } of rows) {
    const said = [choice ? tContent(choice.textKey) : '', words ?? ''].filter((part) => part !== '').join(': ');
    const text = said || (voiceId ? t('documents.shared.voiceOnly') : '');
    doc.row(choice?.pictogram ?? field.pictogram, text);
  }
  const words = goal.card.text?.trim();
  if (words) doc.paragraph(words);
  else if (rows.length === 0) doc.paragraph(t('documents.actionPlan.goalOnTablet'));
}

/** The plan; null on a section's own page or when there is neither a goal nor a card yet. */
export function actionPlanDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const exercise = exerciseOfKind(data.exerciseId, 'canvas');
  if (!exercise || (data.step !== null && data.step !== 'summary')) return null;
  const cards = canvasCards(answersOf(data, exercise.id));
  const goal = readGoal(sourcesOf(data, exercise));
  if (cards.length === 0 && !goal) return null;
  const { t, tContent } = texts;
  const sections = exercise.config.sections.map((section) => ({ section, items: sectionOnPaper(cards, section, texts) }));
  const missing = sections.flatMap((s) => s.items.filter((i) => i.missing).map((i) => i.text));
  const title = tContent(exercise.config.summaryTitleKey);
  return groupPageDocument({ title, pictogram: exercise.pictogram, intro: t('documents.actionPlan.intro') }, data, texts, (doc) => {
    writeGoal(doc, goal, texts);
    for (const { section, items } of sections) {
      doc.heading(tContent(section.titleKey), section.pictogram);
      if (items.length === 0) doc.row('missing', t('documents.actionPlan.emptySection'));
      for (const item of items) {
        if (item.missing) doc.row('missing', t('documents.actionPlan.missingItem', { text: item.text }));
        else doc.row(item.pictogram, item.text);
      }
    }
    doc.heading(t('documents.actionPlan.missingTitle'), 'missing');
    if (missing.length === 0) doc.paragraph(t('documents.actionPlan.nothingMissing'));
    else {
      doc.paragraph(t('documents.actionPlan.missingIntro'));
      doc.list(missing, 'box');
    }
  });
}
