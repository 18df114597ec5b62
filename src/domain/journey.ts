import { meetings } from '../content/meetings';
import type { MeetingId } from '../content/types';
import type { MeetingRecord } from './records';

export interface JourneyProgress {
  readonly held: ReadonlySet<MeetingId>;
  /** The first meeting in order that has not been held; null when all ten are done. */
  readonly next: MeetingId | null;
}

/** Which meetings the group has held, and which one comes next. */
export function journeyProgress(records: readonly MeetingRecord[]): JourneyProgress {
  const held = new Set(
    records.filter((r) => !r.deleted && r.heldOn !== null).map((r) => r.meetingId),
  );
  const next = meetings.find((m) => !held.has(m.id))?.id ?? null;
  return { held, next };
}
