// What meeting 1's invitation says, row by row: the same on the screen (parts/InvitationCard.tsx)
// and on the poster (app/documents/invitation.ts).
import type { PictogramId } from '../../content/pictogramId';
import { formatDay, formatTime } from '../../domain/dates';

export const invitationCardKey = 'exercises.m01-invitation.card';

type TranslateContent = (key: string, options?: Record<string, string>) => string;

/** The invitation's picture rows from its field values (day, time, place, names). */
export function invitationRows(values: Readonly<Record<string, string>>, tContent: TranslateContent, language: string): [PictogramId, string][] {
  const card = invitationCardKey;
  const day = values['day']?.trim() ?? '';
  const time = values['time']?.trim() ?? '';
  const place = values['place']?.trim() ?? '';
  const names = values['names']?.trim() ?? '';
  const when = day || time ? tContent(`${card}.when`, { day: day ? formatDay(day, language) : '', time: formatTime(time, language) }) : tContent(`${card}.whenNotSet`);
  return [
    // An empty day or time leaves a gap before the full stop.
    ['calendar', when.replace(/\s+/g, ' ').replace(/\s+\./g, '.')],
    ...(place ? [['place', tContent(`${card}.where`, { place })] as [PictogramId, string]] : []),
    ['friends', tContent(`${card}.longFor`)],
    ['group', tContent(`${card}.what`)],
    ['help-each-other', tContent(`${card}.forWhom`)],
    ['idea', tContent(`${card}.together`)],
    ['have-a-say', tContent(`${card}.haveASay`)],
    ['ask-help', tContent(`${card}.ownSupport`)],
    ['ask-friend', tContent(`${card}.welcome`)],
    ...(names ? [['role-support', tContent(`${card}.signed`, { names })] as [PictogramId, string]] : []),
  ];
}
