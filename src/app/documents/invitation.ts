// Meeting 1's invitation as a poster: big, friendly, A4 portrait, readable from a distance. It says
// what the invitation card in the app says (kinds/form/parts/InvitationCard.tsx): time and place, what
// the group is and who it is for, and the support persons' names.
import { invitationCardKey as card, invitationRows } from '../../kinds/form/invitation';
import { formValues, supportPersonNames } from '../../kinds/form/model';
import type { DocumentSpec } from '../../services/pdf/builder';
import type { DocumentData, DocumentTexts } from './types';

export const invitationExerciseId = 'm01-invitation';

export function invitationDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec {
  const { t, tContent, language } = texts;
  const values = formValues(data.entries.filter((e) => e.exerciseId === invitationExerciseId));
  // The names written on the invitation; the group's support persons when none were written.
  const names = values['names']?.trim() || new Intl.ListFormat(language, { type: 'conjunction' }).format(supportPersonNames(data.members));
  const rows = invitationRows({ ...values, names }, tContent, language);
  return {
    fileName: `${t('documents.invitation.fileName')} ${data.group.name}`.trim(),
    style: 'poster',
    language,
    write: (doc) => {
      doc.title(tContent(`${card}.hello`), 'coffee');
      for (const [pictogram, text] of rows) doc.row(pictogram, text);
    },
  };
}
