// The support persons' plan for a meeting (besides their checklist): which exercises, what to bring,
// and when and where the next meeting is. DATA ONLY; ids are saved (DO NOT CHANGE without a migration).
import { rows } from './exercises';
import type { ChecklistSection, FormField } from './types';

/** The plan's answers are kept under this exercise id: ticks (exercises, materials) and fields. */
export const planExerciseId = (meetingId: string): string => `${meetingId}-meeting-plan`;

/** Things a meeting often needs; the support person ticks what to bring. */
export const materials: ChecklistSection = {
  id: 'materials',
  items: rows('plan.materials', [
    ['tablet-charged', 'battery'],
    ['paper-pens', 'pencil-paper'],
    ['sticky-notes', 'names'],
    ['coffee', 'coffee'],
    ['name-tags', 'name-tags'],
    ['printouts', 'printouts'],
    ['camera', 'camera'],
  ]),
};

export const otherMaterialsField: FormField = { id: 'other-materials', labelKey: 'plan.otherMaterials', pictogram: 'materials', input: 'text' };

/** When and where the group meets next; shown on the group's page and in its diary. */
export const nextMeetingFields: readonly FormField[] = [
  { id: 'next-day', labelKey: 'plan.nextDay', pictogram: 'calendar', input: 'date' },
  { id: 'next-time', labelKey: 'plan.nextTime', pictogram: 'clock', input: 'time' },
  { id: 'next-place', labelKey: 'plan.nextPlace', pictogram: 'place', input: 'text' },
];
