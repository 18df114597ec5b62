// Reading a meeting's plan from its answers, and finding when the group meets next.
import { materials } from '../../content/planning';
import type { Meeting, MeetingId } from '../../content/types';
import type { Entry } from '../../domain/records';
import { tickedItems } from '../../kinds/checklist/model';
import { formValues } from '../../kinds/form/model';

export interface MeetingPlan {
  /** Exercises chosen for the meeting, in the meeting's order. */
  readonly exerciseIds: readonly string[];
  readonly materialIds: readonly string[];
  readonly values: Readonly<Record<string, string>>;
}

export function readPlan(meeting: Meeting, entries: readonly Entry[]): MeetingPlan {
  const ticked = tickedItems(entries);
  return {
    exerciseIds: meeting.exercises.filter((e) => ticked.has(e.id)).map((e) => e.id),
    materialIds: materials.items.filter((m) => ticked.has(m.id)).map((m) => m.id),
    values: formValues(entries),
  };
}

export interface NextMeeting {
  /** The meeting whose plan says when the next one is. */
  readonly plannedIn: MeetingId;
  readonly day: string;
  readonly time: string;
  readonly place: string;
}

/**
 * When and where the group meets next: from the latest meeting's plan that names a day, as long as
 * that day is today or later (an old date is not news).
 */
export function nextMeetingOf(plans: readonly { readonly meetingId: MeetingId; readonly plan: MeetingPlan }[], today: string): NextMeeting | null {
  const planned = plans
    .filter(({ plan }) => /^\d{4}-\d{2}-\d{2}$/.test(plan.values['next-day'] ?? ''))
    .sort((a, b) => a.meetingId.localeCompare(b.meetingId))
    .at(-1);
  const day = planned?.plan.values['next-day'] ?? '';
  if (!planned || day < today) return null;
  return { plannedIn: planned.meetingId, day, time: planned.plan.values['next-time'] ?? '', place: planned.plan.values['next-place'] ?? '' };
}
