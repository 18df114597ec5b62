// "Tulosteet": every document the group can make, in one list — one row per memo the group has written
// and one per other document of the registry (registry.ts; a new line there shows up here too). Each
// row knows where it is made (its exercise) and whether there is something to print yet.
import { findExercise, findMeeting } from '../../content/lookup';
import { memoExerciseId } from '../../content/memos';
import type { PictogramId } from '../../content/pictogramId';
import type { MeetingId } from '../../content/types';
import { madeDays } from '../../domain/documentsMade';
import { readMemos } from '../../kinds/memo/model';
import { documentRegistry } from './registry';
import type { DocumentData, DocumentTexts } from './types';

export interface DocumentItem {
  /** Saved as the key of its "made" answer (domain/documentsMade.ts). DO NOT CHANGE without a migration. */
  readonly id: string;
  readonly meetingId: MeetingId;
  readonly exerciseId: string;
  /** The step the document is made on (a memo's key), null for the exercise's own page. */
  readonly step: string | null;
  readonly pictogram: PictogramId;
  readonly name: string;
  /** The meeting it belongs to ("Tapaaminen 3"). */
  readonly meeting: string;
  /** What it is for, one easy sentence. */
  readonly purpose: string;
  /** The day it was last made (YYYY-MM-DD), null = not yet. */
  readonly madeOn: string | null;
  /** False while there is nothing to print yet (the exercise is not done). */
  readonly canMake: boolean;
}

/** A document's id: the exercise's id, a memo's 'm03-memo/<memo key>'. */
export const documentIdOf = (exerciseId: string, step: string | null): string => (step && exerciseId.endsWith('-memo') ? `${exerciseId}/${step}` : exerciseId);

/** The purposes written for each document; one the list does not know yet gets a general sentence. */
const purposeKeys: Readonly<Record<string, string>> = {
  memo: 'documentsPage.purpose.memo',
  'm01-invitation': 'documentsPage.purpose.invitation',
  'm03-idea-bank': 'documentsPage.purpose.tips',
  'm05-plan': 'documentsPage.purpose.plan',
  'm06-cafe-invitation': 'documentsPage.purpose.poster',
  'm08-poster': 'documentsPage.purpose.poster',
  'm08-tasks': 'documentsPage.purpose.tasks',
  'm09-feedback': 'documentsPage.purpose.feedback',
  'm10-certificate': 'documentsPage.purpose.certificate',
  'm10-invitation': 'documentsPage.purpose.poster',
};
const purposeOf = (id: string, texts: DocumentTexts) => texts.t(purposeKeys[id] ?? 'documentsPage.purpose.other');

const isMemoId = (exerciseId: string) => exerciseId.endsWith('-memo');

/**
 * The group's documents in the workbook's order (memos first, newest last within their meeting).
 * `fallbackMeeting` is where a first memo is written when the group has none.
 */
export function groupDocuments(data: Omit<DocumentData, 'meetingId' | 'exerciseId' | 'step'>, texts: DocumentTexts, fallbackMeeting: MeetingId): DocumentItem[] {
  const made = madeDays(data.entries);
  const canMake = (meetingId: MeetingId, exerciseId: string, step: string | null): boolean => {
    const make = documentRegistry[exerciseId];
    if (!make) return false;
    try {
      return make({ ...data, meetingId, exerciseId, step }, texts) !== null;
    } catch {
      return false;
    }
  };
  const meetingName = (meetingId: MeetingId) => texts.t('memo.meetingNumber', { number: findMeeting(meetingId)?.number ?? '' });
  const items: DocumentItem[] = [];
  const memoName = texts.tContent('memo.title');
  const memos = readMemos(data.entries.filter((e) => isMemoId(e.exerciseId)));
  for (const memo of memos) {
    const exerciseId = memoExerciseId(memo.meetingId);
    const id = documentIdOf(exerciseId, memo.key);
    items.push({
      id,
      meetingId: memo.meetingId,
      exerciseId,
      step: memo.key,
      pictogram: 'memo',
      name: memo.topic.trim() ? `${memoName}: ${memo.topic.trim()}` : texts.t('memo.untitled'),
      meeting: meetingName(memo.meetingId),
      purpose: purposeOf('memo', texts),
      madeOn: made.get(id) ?? null,
      canMake: canMake(memo.meetingId, exerciseId, memo.key),
    });
  }
  if (memos.length === 0) {
    const exerciseId = memoExerciseId(fallbackMeeting);
    items.push({ id: exerciseId, meetingId: fallbackMeeting, exerciseId, step: null, pictogram: 'memo', name: memoName, meeting: meetingName(fallbackMeeting), purpose: purposeOf('memo', texts), madeOn: null, canMake: false });
  }
  for (const exerciseId of Object.keys(documentRegistry)) {
    if (isMemoId(exerciseId)) continue;
    const found = findExercise(exerciseId);
    if (!found) continue;
    const meetingId = found.meeting.id;
    items.push({
      id: exerciseId,
      meetingId,
      exerciseId,
      step: null,
      pictogram: found.exercise.pictogram,
      name: texts.tContent(found.exercise.titleKey),
      meeting: meetingName(meetingId),
      purpose: purposeOf(exerciseId, texts),
      madeOn: made.get(exerciseId) ?? null,
      canMake: canMake(meetingId, exerciseId, null),
    });
  }
  return items;
}
