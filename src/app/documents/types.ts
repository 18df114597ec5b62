// What every document function gets: the group's data and the texts in the UI language. A document is
// a pure function (data, texts) → DocumentSpec, so tests make it from fixture data without a browser.
import type { MeetingId } from '../../content/types';
import type { Entry, MeetingRecord, Person } from '../../domain/records';
import type { Language } from '../../i18n/i18n';
import type { GroupFacts } from '../../kinds/types';
import type { DocumentSpec } from '../../services/pdf/builder';

/** The group's data a document is made from (read by the app when the button is pressed). */
export interface DocumentData {
  readonly groupId: string;
  /** The group's name, meeting place and the days its meetings were held (documents need no voting setting). */
  readonly group: Omit<GroupFacts, 'openVoting'>;
  /** Active members in order (participants and support persons; see Person.role, Person.photoConsent). */
  readonly members: readonly Person[];
  /** Ids of members who were removed: their photos never go on paper (see photos.ts). */
  readonly removedMemberIds?: readonly string[];
  /** Every live (not removed) answer of the group, of every meeting and exercise. */
  readonly entries: readonly Entry[];
  readonly meetingRecords: readonly MeetingRecord[];
  /** The exercise the document is made from, and where in it the group is (a memo's key). */
  readonly meetingId: MeetingId;
  readonly exerciseId: string;
  readonly step: string | null;
}

/** Texts in the UI language (locales/<lng>/common.json and content.json). */
export interface DocumentTexts {
  readonly language: Language;
  readonly t: (key: string, values?: Record<string, string | number>) => string;
  readonly tContent: (key: string, values?: Record<string, string | number>) => string;
}

/** Makes a document from the group's data; null when there is nothing to make (e.g. no such memo). */
export type MakeDocument = (data: DocumentData, texts: DocumentTexts) => DocumentSpec | null;
