import type { Meeting } from '../types';

/** A meeting of the journey; its texts are meetings.<id>.title and meetings.<id>.purpose. */
export function meeting(
  number: number,
  phase: Meeting['phase'],
  pictogram: Meeting['pictogram'],
  supportChecklist: Meeting['supportChecklist'],
  exercises: Meeting['exercises'],
): Meeting {
  const id = `m${String(number).padStart(2, '0')}` as Meeting['id'];
  return { id, number, phase, pictogram, titleKey: `meetings.${id}.title`, purposeKey: `meetings.${id}.purpose`, supportChecklist, exercises };
}
