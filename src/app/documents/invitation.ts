// Meeting 1's invitation as a poster: big, friendly, A4 portrait, readable from a distance. It says
// what the invitation card in the app says (kinds/form/parts/InvitationCard.tsx): time and place, what
// the group is and who it is for, and the support persons' names.
import type { PictogramId } from '../../content/pictogramId';
import { formatDay, formatTime } from '../../domain/dates';
import { formValues, supportPersonNames } from '../../kinds/form/model';
import type { DocumentSpec } from '../../services/pdf/builder';
import type { DocumentData, DocumentTexts } from './types';

export const invitationExerciseId = 'm01-invitation';
const card = 'exercises.m01-invitation.card';

export function invitationDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec {
  const { t, tContent, language } = texts;
  const values = formValues(data.entries.filter((e) => e.exerciseId === invitationExerciseId));
  const day = values['day']?.trim() ?? '';
  const time = values['time']?.trim() ?? '';
  const place = values['place']?.trim() ?? '';
  // The names written on the invitation; the group's support persons when none were written.
  const names = values['names']?.trim() || new Intl.ListFormat(language, { type: 'conjunction' }).format(supportPersonNames(data.members));
  const when = day || time ? tContent(`${card}.when`, { day: day ? formatDay(day, language) : '', time: formatTime(time, language) }) : tContent(`${card}.whenNotSet`);
  const rows: [PictogramId, string][] = [
    ['calendar', when.replace(/\s+/g, ' ').replace(/\s+\./g, '.')],
    ...(place ? [['place', tContent(`${card}.where`, { place })] as [PictogramId, string]] : []),
    ['group', tContent(`${card}.what`)],
    ['help-each-other', tContent(`${card}.forWhom`)],
    ['idea', tContent(`${card}.together`)],
    ['ask-help', tContent(`${card}.ownSupport`)],
    ['ask-friend', tContent(`${card}.welcome`)],
    ...(names ? [['role-support', tContent(`${card}.signed`, { names })] as [PictogramId, string]] : []),
  ];
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
