// Meeting 9's feedback on paper: how many visitors answered, the faces of "Did you have fun?" with
// their counts, each question's pictures with counts, the visitors' own words, and how many voice
// notes there are (a voice cannot be printed: they are listened to on the tablet), and their drawings.
import { feedbackSummary, type QuestionSummary } from '../../kinds/feedbackKiosk/model';
import type { DocBuilder, DocumentSpec } from '../../services/pdf/builder';
import { answersOf, exerciseOfKind, fileNameOf } from './groupData';
import type { DocumentData, DocumentTexts } from './types';

export const feedbackExerciseId = 'm09-feedback';

function writeQuestion(doc: DocBuilder, result: QuestionSummary, texts: DocumentTexts): void {
  const { t, tContent } = texts;
  const { question, choices, texts: words, voices, drawings } = result;
  doc.heading(tContent(question.textKey), question.pictogram);
  if (choices.length === 0 && words.length === 0 && voices.length === 0 && drawings.length === 0) {
    doc.paragraph(t('documents.feedback.nothing'));
    return;
  }
  for (const { choice, count } of choices) doc.row(choice.pictogram, t('documents.feedback.count', { answer: tContent(choice.textKey), count }));
  if (words.length > 0) {
    doc.row('story', t('documents.feedback.words'));
    doc.list(words.map((w) => w.text));
  }
  if (voices.length > 0) doc.row('listen', t('documents.feedback.voices', { count: voices.length }));
  // Visitors' drawings (kinds/shared/drawing) are pictures of the group: printed like its photos.
  if (drawings.length > 0) doc.photos(drawings.map((d) => d.drawingId));
}

/** The summary; null while the kiosk runs (a visitor's step) or before anyone answered. */
export function feedbackSummaryDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const exercise = exerciseOfKind(data.exerciseId, 'feedbackKiosk');
  if (!exercise || data.step !== null) return null;
  const summary = feedbackSummary(exercise.config, answersOf(data, exercise.id));
  if (summary.responses === 0) return null;
  const { t, tContent } = texts;
  const title = t('documents.feedback.title');
  return {
    fileName: fileNameOf(title, data.group.name),
    style: 'page',
    language: texts.language,
    write: (doc) => {
      doc.title(title, 'results');
      if (data.group.name) doc.field(t('documents.shared.group'), data.group.name);
      doc.paragraph(t('documents.feedback.intro', { count: summary.responses }));
      doc.heading(tContent(exercise.config.funQuestionKey), exercise.pictogram);
      doc.row('feel-fun', t('documents.feedback.count', { answer: t('feedbackKiosk.yes'), count: summary.fun.yes }));
      doc.row('not-fun', t('documents.feedback.count', { answer: t('feedbackKiosk.no'), count: summary.fun.no }));
      for (const result of summary.questions) writeQuestion(doc, result, texts);
    },
  };
}
