// Meeting 10's certificates on paper, one page per participant, as the certificate cards show them:
// the holder's avatar and name, "has taken part in Porukka-hautomo", what the group achieved, what the
// holder did and can do, the partners, time and place, and the support persons. All in one file too.
import { certificateParts, gathered, holders, lines, personalLines, savedParts, type CertificatePart } from '../../kinds/certificate/model';
import type { ExerciseOf } from '../../content/types';
import { formatDay } from '../../domain/dates';
import type { Person } from '../../domain/records';
import type { DocBuilder, DocumentSpec } from '../../services/pdf/builder';
import { answersOf, exerciseOfKind, fileNameOf, sourcesOf } from './groupData';
import { paperMember } from './memo';
import type { DocumentData, DocumentTexts } from './types';

export const certificateExerciseId = 'm10-certificate';

/** The certificate's parts as the screen shows them: the group's own words, else the journey's. */
export function certificateTexts(exercise: ExerciseOf<'certificate'>, data: DocumentData, texts: DocumentTexts): Record<CertificatePart, string> {
  const fromJourney = gathered(exercise.config, sourcesOf(data, exercise), texts.tContent, data.group, (d) => formatDay(d, texts.language));
  const saved = savedParts(answersOf(data, exercise.id));
  return Object.fromEntries(certificateParts.map((p) => [p, saved[p] ?? fromJourney[p]])) as Record<CertificatePart, string>;
}

/** One participant's page: kept to one A4 page for a usual journey (the group's achievements as a list,
 * the rest as picture rows). */
function writeCertificate(doc: DocBuilder, person: Person, exercise: ExerciseOf<'certificate'>, data: DocumentData, parts: Record<CertificatePart, string>, texts: DocumentTexts): void {
  const { t, tContent } = texts;
  const personal = personalLines(exercise.config, sourcesOf(data, exercise), person, tContent);
  const group = data.group.name.trim();
  doc.title(t('certificate.title'), 'certificate');
  doc.people([paperMember(person)]);
  doc.paragraph(group ? t('certificate.tookPart', { name: person.name, group }) : t('documents.certificate.tookPart', { name: person.name }));
  doc.paragraph(t('certificate.together'));
  const achievements = lines(parts.achievements);
  if (achievements.length > 0) {
    doc.heading(t('certificate.achievements'), 'trophy');
    doc.list(achievements);
  }
  const line = (label: string, items: readonly string[]) => t('documents.certificate.line', { label, items: items.join(', ') });
  if (personal.tasks.length > 0) doc.row('tasks', line(t('certificate.ownTasks', { name: person.name }), personal.tasks));
  if (personal.strengths.length > 0) doc.row('skills', line(t('certificate.strengths', { name: person.name }), personal.strengths));
  const partners = lines(parts.partners);
  if (partners.length > 0) doc.row('partner', line(t('certificate.partners'), partners));
  const whenWhere = [parts.when, parts.where].map((s) => s.trim()).filter((s) => s !== '');
  if (whenWhere.length > 0) doc.row('calendar', line(t('certificate.whenWhere'), whenWhere));
  const supporters = data.members.filter((m) => m.role === 'support').map((m) => m.name);
  if (supporters.length > 0) doc.field(t('documents.certificate.supporters'), supporters.join(', '));
}

/** Certificates of these members (in this order), a page each; null when there is none. */
function certificatesOf(people: readonly Person[], data: DocumentData, texts: DocumentTexts, fileName: string): DocumentSpec | null {
  const exercise = exerciseOfKind(data.exerciseId, 'certificate');
  if (!exercise || data.step !== null || people.length === 0) return null;
  const parts = certificateTexts(exercise, data, texts);
  return {
    fileName,
    style: 'page',
    language: texts.language,
    write: (doc) => {
      people.forEach((person, i) => {
        if (i > 0) doc.pageBreak();
        writeCertificate(doc, person, exercise, data, parts, texts);
      });
    },
  };
}

/** One participant's certificate (a participant or peer support person of the group). */
export function certificateOfDocument(personId: string, data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const person = holders(data.members).find((m) => m.id === personId);
  return person ? certificatesOf([person], data, texts, fileNameOf(texts.t('certificate.title'), person.name)) : null;
}

/** Every participant's certificate in one file, one page each (what the certificate exercise offers). */
export function certificatesDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  return certificatesOf(holders(data.members), data, texts, fileNameOf(texts.t('documents.certificate.fileAll'), data.group.name));
}
