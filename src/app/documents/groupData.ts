// Small readers of the group's data that the tips list, plan, task table, feedback summary and
// certificate share: an exercise of a known kind, its answers and its sources, members by id, file names.
import { findExercise } from '../../content/lookup';
import type { ExerciseOf, KindName } from '../../content/types';
import type { Entry, Person } from '../../domain/records';
import type { PictogramId } from '../../content/pictogramId';
import type { DocBuilder, DocumentSpec } from '../../services/pdf/builder';
import type { DocumentData, DocumentTexts } from './types';

/** The exercise of the document, when it is of the expected kind. */
export function exerciseOfKind<K extends KindName>(exerciseId: string, kind: K): ExerciseOf<K> | undefined {
  const exercise = findExercise(exerciseId)?.exercise;
  return exercise?.kind === kind ? (exercise as ExerciseOf<K>) : undefined;
}

/** The saved answers of one exercise. */
export const answersOf = (data: DocumentData, exerciseId: string): Entry[] => data.entries.filter((e) => e.exerciseId === exerciseId);

/** The answers of the exercises an exercise reads (as KindHost gives them to its view). */
export function sourcesOf(data: DocumentData, exercise: { readonly sources?: readonly string[] }): Entry[] {
  const ids = exercise.sources ?? [];
  return data.entries.filter((e) => ids.includes(e.exerciseId));
}

/** Members with the given ids, in member order. */
export const membersWithIds = (members: readonly Person[], ids: readonly string[]): Person[] => members.filter((m) => ids.includes(m.id));

/** A file name from its words ("Vapaa-ajan vinkkilista Mäntylän porukka"); DocumentPanel's
 * pdfFileName takes out what a file system refuses and adds ".pdf". */
export const fileNameOf = (...words: readonly string[]): string =>
  words
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .join(' ');

/** A page document of the group: its title with a picture, the group's name, an intro, then `body`. */
export function groupPageDocument(
  heading: { readonly title: string; readonly pictogram: PictogramId; readonly intro: string },
  data: DocumentData,
  texts: DocumentTexts,
  body: (doc: DocBuilder) => void,
): DocumentSpec {
  return {
    fileName: fileNameOf(heading.title, data.group.name),
    style: 'page',
    language: texts.language,
    write: (doc) => {
      doc.title(heading.title, heading.pictogram);
      if (data.group.name) doc.field(texts.t('documents.shared.group'), data.group.name);
      doc.paragraph(heading.intro);
      body(doc);
    },
  };
}
