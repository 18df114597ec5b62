// The meeting memo as a picture-supported easy-read document: topic, day and place, who took part
// (avatars with names), what was talked about and agreed, tasks with who does them, the next meeting,
// and the meeting's photos. One PDF per memo, made on the memo's own page (step = the memo's key).
import { memoExerciseId, memoParts } from '../../content/memos';
import { planExerciseId } from '../../content/planning';
import type { MeetingId } from '../../content/types';
import { formatDay } from '../../domain/dates';
import { readPartners } from '../../domain/partners';
import { colourHex } from '../../domain/people';
import type { Person } from '../../domain/records';
import { formValues } from '../../kinds/form/model';
import { readMemos, type Memo } from '../../kinds/memo/model';
import type { DocBuilder, DocumentSpec, PaperPerson } from '../../services/pdf/builder';
import { printablePhotoIds } from './photos';
import type { DocumentData, DocumentTexts } from './types';

/** At most this many of the meeting's photos go on the memo. */
export const maxMemoPhotos = 12;

/**
 * A member on paper: their own photo only when they gave photo consent (`photoConsent === true`);
 * otherwise, and for anyone who has no photo, their emoji on their colour.
 */
export const paperMember = (m: Person): PaperPerson => ({
  name: m.name,
  avatar: m.avatar,
  colourHex: colourHex(m.colour),
  ...(m.photoConsent === true && m.photoId ? { photoId: m.photoId } : {}),
});

const names = (people: readonly Person[], language: string): string => new Intl.ListFormat(language, { type: 'conjunction' }).format(people.map((p) => p.name));

/** Where the meeting was: the place the previous meeting's plan named, else the group's own place. */
function placeOf(data: DocumentData, meetingId: MeetingId): string {
  const number = Number(meetingId.slice(1));
  const previous = number > 1 ? `m${String(number - 1).padStart(2, '0')}` : null;
  const planned = previous ? formValues(data.entries.filter((e) => e.exerciseId === planExerciseId(previous)))['next-place'] : undefined;
  return planned?.trim() || data.group.place.trim();
}

/** The memo the address points at, or null on the memo list and in the editor. */
export function memoOf(data: DocumentData): Memo | null {
  if (!data.step || data.step.startsWith('edit-')) return null;
  return readMemos(data.entries.filter((e) => e.exerciseId === memoExerciseId(data.meetingId))).find((m) => m.key === data.step) ?? null;
}

export function memoDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const memo = memoOf(data);
  if (!memo) return null;
  const { t, tContent, language } = texts;
  const heading = (doc: DocBuilder, id: string) => {
    const found = memoParts.find((p) => p.id === id);
    if (found) doc.heading(tContent(found.textKey), found.pictogram);
  };
  const byId = new Map(data.members.map((m) => [m.id, m]));
  const people = memo.personIds.flatMap((id) => byId.get(id) ?? []);
  const partners = readPartners(data.entries).filter((p) => memo.partnerKeys.includes(p.key));
  const place = placeOf(data, memo.meetingId);
  const meetingPhotos = printablePhotoIds(
    data.entries.filter((e) => e.meetingId === memo.meetingId),
    data.members,
    data.removedMemberIds,
  ).filter((id) => id !== memo.photoId);
  const title = memo.topic.trim() || t('memo.untitled');
  return {
    fileName: `${t('documents.memo.fileName')} ${memo.day || memo.key.slice(0, 8)}`,
    style: 'page',
    language,
    write: (doc) => {
      doc.title(title, 'memo');
      doc.row('group', t('documents.memo.meeting', { group: data.group.name, number: Number(memo.meetingId.slice(1)) }));
      if (memo.day) doc.row('calendar', `${tContent('memo.parts.day')}: ${formatDay(memo.day, language)}`);
      if (place) doc.row('place', `${t('documents.place')}: ${place}`);
      if (people.length + partners.length > 0) {
        heading(doc, 'people');
        doc.people([...people.map(paperMember), ...partners.map((p) => ({ name: p.name, avatar: 'partner' as const, colourHex: '#e8eef7' }))]);
      }
      if (memo.photoId) doc.photos([memo.photoId]);
      if (memo.talked.trim()) {
        heading(doc, 'talked');
        doc.paragraph(memo.talked);
      }
      if (memo.agreed.trim()) {
        heading(doc, 'agreed');
        doc.paragraph(memo.agreed);
      }
      const tasks = memo.tasks.filter((task) => task.text.trim() || task.personIds.length > 0);
      if (tasks.length > 0) {
        heading(doc, 'tasks');
        for (const task of tasks) {
          const who = task.personIds.flatMap((id) => byId.get(id) ?? []);
          doc.row('tasks', who.length > 0 ? t('documents.memo.task', { task: task.text.trim(), who: names(who, language) }) : task.text.trim());
        }
      }
      if (memo.next.trim()) {
        heading(doc, 'next');
        doc.paragraph(memo.next);
      }
      if (meetingPhotos.length > 0) {
        doc.heading(t('documents.memo.photos'), 'camera');
        doc.photos(meetingPhotos.slice(0, maxMemoPhotos));
      }
    },
  };
}
