// The content's smallest shapes: text keys, meeting and phase ids, a picture with its text. DATA ONLY.
import type { PictogramId } from './pictogramId';

/** A key into locales/<lng>/content.json. */
export type ContentKey = string;

export type MeetingId = 'm01' | 'm02' | 'm03' | 'm04' | 'm05' | 'm06' | 'm07' | 'm08' | 'm09' | 'm10';

export type PhaseId = 'getting-to-know' | 'wishes-to-goal' | 'partnership' | 'succeed-together' | 'we-did-it';

export interface PictureText {
  readonly id: string;
  readonly textKey: ContentKey;
  readonly pictogram: PictogramId;
}
