// The workbook's "Tukihenkilöiden muistilista": the same list for every meeting (before, during,
// after), plus a few things that belong to one meeting only.
import type { PictogramId } from './pictogramId';
import type { ChecklistConfig, PictureText } from './types';

const item = (id: string, pictogram: PictogramId): PictureText => ({
  id,
  textKey: `checklist.${id}`,
  pictogram,
});

const before = [
  item('plan-together', 'plan-together'),
  item('read-up', 'read-up'),
  item('choose-exercises', 'choose'),
  item('pencil-paper', 'pencil-paper'),
  item('charge-tablet', 'battery'),
];
const during = [
  item('recap-goal', 'goal'),
  item('check-in-round', 'check-in'),
  item('move-forward', 'forward'),
  item('divide-tasks', 'tasks'),
];
const after = [item('write-memo', 'memo'), item('share-memo', 'share')];

interface Extras {
  readonly before?: readonly PictureText[];
  readonly during?: readonly PictureText[];
  readonly after?: readonly PictureText[];
}

/** The support persons' checklist for one meeting: the common items and the meeting's own. */
export function supportChecklist(extras: Extras = {}): ChecklistConfig {
  return {
    sections: [
      { id: 'before', titleKey: 'checklist.before', pictogram: 'plan-together', items: [...(extras.before ?? []), ...before] },
      { id: 'during', titleKey: 'checklist.during', pictogram: 'group', items: [...(extras.during ?? []), ...during] },
      { id: 'after', titleKey: 'checklist.after', pictogram: 'memo', items: [...after, ...(extras.after ?? [])] },
    ],
  };
}

export { item as checklistItem };
