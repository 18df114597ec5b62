// A poster or invitation from the group's data (content/posters.ts) on paper: what its card on the
// screen says (kinds/form/parts/PosterView.tsx), big and friendly, with the group's photo when it may
// be printed; on one A4 page (a poster for the notice board) or one A5 page (a card to hand out).
import { formValues } from '../../kinds/form/model';
import { paperOf, photoOf, posterPrefill, posterRows, posterValues } from '../../kinds/form/poster';
import type { DocumentSpec } from '../../services/pdf/builder';
import { answersOf, exerciseOfKind, fileNameOf, sourcesOf } from './groupData';
import { printablePhotoIds } from './photos';
import type { DocumentData, DocumentTexts } from './types';

/** The poster of the exercise; null for a form that is not a poster. */
export function posterDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const exercise = exerciseOfKind(data.exerciseId, 'form');
  if (!exercise || exercise.config.template !== 'poster') return null;
  const { tContent, language } = texts;
  const sources = sourcesOf(data, exercise);
  const prefill = posterPrefill(exercise.config.fields, sources, { group: data.group }, tContent);
  const values = posterValues(formValues(answersOf(data, exercise.id)), prefill);
  const { hello, rows } = posterRows(exercise.id, values, tContent);
  const photoId = photoOf(values);
  // A member's own photo goes on paper only with their consent; a removed member's never.
  const printable = photoId !== null && printablePhotoIds(sources, data.members, data.removedMemberIds).includes(photoId);
  return {
    fileName: fileNameOf(tContent(exercise.titleKey), data.group.name),
    style: paperOf(values),
    language,
    write: (doc) => {
      // The group's photo takes the place of the title's picture, so the words stay large.
      if (printable) {
        doc.title(hello);
        doc.photos([photoId]);
      } else doc.title(hello, exercise.pictogram);
      for (const [pictogram, text] of rows) doc.row(pictogram, text);
    },
  };
}
