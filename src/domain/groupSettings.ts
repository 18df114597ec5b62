// Settings of one group that travel with it between tablets; a support person sets them on the
// group's form. Each setting is one answer of the whole group (scope "group"), not a field of the
// group record: the group record is part of the file format (a strict object; a new field there
// would need a new format version), while answers of the group already travel in version 2 files,
// and a setting kept as its own answer merges on its own — a name changed on one tablet and the
// voting changed on another both survive (each record: the newer change wins).
import * as v from 'valibot';
import type { Entry } from './records';

/** Settings are kept under this exercise id, with the group as their scope. DO NOT CHANGE (saved). */
export const groupSettingsExerciseId = 'group-settings';
export const settingType = 'setting';
/** Votes (statement vote, dot vote) are shown as they come instead of hidden until everyone has voted. */
export const openVotingKey = 'open-voting';

export const settingSchema = v.object({ on: v.boolean() });

export interface GroupSettings {
  readonly openVoting: boolean;
}

/** The group's settings; a setting never changed has its default (votes hidden until all have voted). */
export function readGroupSettings(entries: readonly Entry[]): GroupSettings {
  const openVoting = entries.find(
    (e) => !e.deleted && e.exerciseId === groupSettingsExerciseId && e.type === settingType && e.key === openVotingKey,
  );
  return { openVoting: openVoting !== undefined && v.is(settingSchema, openVoting.data) && openVoting.data.on };
}
