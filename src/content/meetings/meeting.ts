import type { Meeting } from '../types';
import { workbookNames } from '../workbookNames';

/** A meeting of the journey; its texts are meetings.<id>.title and meetings.<id>.purpose. */
export function meeting(
  number: number,
  phase: Meeting['phase'],
  pictogram: Meeting['pictogram'],
  supportChecklist: Meeting['supportChecklist'],
  exercises: Meeting['exercises'],
): Meeting {
  const id = `m${String(number).padStart(2, '0')}` as Meeting['id'];
  // Each exercise whose app title differs from the workbook's carries the workbook's name (for support persons).
  const named = exercises.map((e): Meeting['exercises'][number] => {
    const workbookName = workbookNames[e.id];
    return workbookName ? { ...e, workbookName } : e;
  });
  return { id, number, phase, pictogram, titleKey: `meetings.${id}.title`, purposeKey: `meetings.${id}.purpose`, supportChecklist, exercises: named };
}
