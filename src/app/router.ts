// Addresses of the app's screens (in the URL hash, so every screen reloads and works offline).
import type { MeetingId } from '../content/types';

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'settings' }
  | { readonly name: 'newGroup' }
  | { readonly name: 'import' }
  | { readonly name: 'exportAll' }
  | { readonly name: 'reset' }
  | { readonly name: 'library' }
  | { readonly name: 'about' }
  | { readonly name: 'libraryItem'; readonly section: LibrarySection; readonly itemId: string }
  | { readonly name: 'exportGroup'; readonly groupId: string }
  | { readonly name: 'group'; readonly groupId: string }
  | { readonly name: 'editGroup'; readonly groupId: string }
  | { readonly name: 'members'; readonly groupId: string }
  | { readonly name: 'newMember'; readonly groupId: string }
  | { readonly name: 'editMember'; readonly groupId: string; readonly personId: string }
  | { readonly name: 'rules'; readonly groupId: string }
  | { readonly name: 'diary'; readonly groupId: string }
  | { readonly name: 'agreements'; readonly groupId: string }
  /** "Meidän työt": the group's jobs from its memos, agreements and task table. */
  | { readonly name: 'todos'; readonly groupId: string }
  /** "Tulosteet": every document (PDF) the group can make, with the day each was last made (support persons). */
  | { readonly name: 'documents'; readonly groupId: string }
  | { readonly name: 'board'; readonly groupId: string; readonly boardId: string }
  /** Meeting 6's presentation as full-screen slides; `from`: the exercise step it was opened from (else the group page). */
  | { readonly name: 'slideshow'; readonly groupId: string; readonly from?: SlideshowFrom }
  | { readonly name: 'partners'; readonly groupId: string }
  /** The group's own photos in place of pictograms (support persons). */
  | { readonly name: 'ownPictures'; readonly groupId: string }
  /** `from`: an exercise's answer the form is filled in from (a partner idea chosen in meeting 6). */
  | { readonly name: 'newPartner'; readonly groupId: string; readonly from?: PartnerIdea }
  | { readonly name: 'editPartner'; readonly groupId: string; readonly partnerId: string }
  | { readonly name: 'plan'; readonly groupId: string; readonly meetingId: MeetingId }
  | { readonly name: 'meeting'; readonly groupId: string; readonly meetingId: MeetingId }
  | { readonly name: 'meetingHeld'; readonly groupId: string; readonly meetingId: MeetingId }
  /** What the group did and decided in a meeting: shown after its last exercise. */
  | { readonly name: 'meetingSummary'; readonly groupId: string; readonly meetingId: MeetingId }
  | {
      readonly name: 'exercise';
      readonly groupId: string;
      readonly meetingId: MeetingId;
      readonly exerciseId: string;
      readonly step: string | null;
    }
  | { readonly name: 'notFound' };

export type RouteName = Route['name'];

/** An answer of an exercise (a chosen or own option of a choice board) that a new partner starts from. */
export interface PartnerIdea {
  readonly exerciseId: string;
  readonly key: string;
}

/** The exercise (and its step) a slideshow was opened from: "Lopeta" goes back there. */
export interface SlideshowFrom {
  readonly meetingId: MeetingId;
  readonly exerciseId: string;
  readonly step: string | null;
}

export type LibrarySection = 'methods' | 'practices';

/** Screens only a support person may open; in participant mode they ask for the PIN instead. */
export const supportOnlyRoutes: ReadonlySet<RouteName> = new Set<RouteName>([
  'settings',
  'newGroup',
  'import',
  'exportAll',
  'exportGroup',
  'editGroup',
  'members',
  'newMember',
  'editMember',
  'meetingHeld',
  'plan',
  'library',
  'libraryItem',
  'newPartner',
  'editPartner',
  'ownPictures',
  'documents',
]);

const segment = /^[A-Za-z0-9_-]{1,64}$/;
// The router knows the shape of meeting ids only, so the content is not in the first download;
// a screen whose meeting or exercise does not exist says so itself.
const meetingIdPattern = /^m(0[1-9]|10)$/;

/** Reads an address such as "#/g/abc/m/m02/e/m02-agree/3". Anything unknown is notFound. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#?\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (!parts.every((p) => segment.test(p))) return { name: 'notFound' };
  const [a, groupId, b, c, d, e, f, extra] = parts;
  if (parts.length === 0) return { name: 'start' };
  if (a === 'settings' && parts.length === 1) return { name: 'settings' };
  if (a === 'about' && parts.length === 1) return { name: 'about' };
  if (a === 'new-group' && parts.length === 1) return { name: 'newGroup' };
  if (a === 'import' && parts.length === 1) return { name: 'import' };
  if (a === 'export' && parts.length === 1) return { name: 'exportAll' };
  if (a === 'reset' && parts.length === 1) return { name: 'reset' };
  if (a === 'library') {
    if (parts.length === 1) return { name: 'library' };
    const section = groupId;
    if ((section === 'methods' || section === 'practices') && b && c === undefined) return { name: 'libraryItem', section, itemId: b };
    return { name: 'notFound' };
  }
  if (a !== 'g' || !groupId) return { name: 'notFound' };
  if (b === undefined) return { name: 'group', groupId };
  if (b === 'edit' && c === undefined) return { name: 'editGroup', groupId };
  if (b === 'rules' && c === undefined) return { name: 'rules', groupId };
  if (b === 'export' && c === undefined) return { name: 'exportGroup', groupId };
  if (b === 'diary' && c === undefined) return { name: 'diary', groupId };
  if (b === 'todos' && c === undefined) return { name: 'todos', groupId };
  if (b === 'documents' && c === undefined) return { name: 'documents', groupId };
  if (b === 'pictures' && c === undefined) return { name: 'ownPictures', groupId };
  if (b === 'slides') {
    if (c === undefined) return { name: 'slideshow', groupId };
    if (meetingIdPattern.test(c) && d && extra === undefined) return { name: 'slideshow', groupId, from: { meetingId: c as MeetingId, exerciseId: d, step: e ?? null } };
    return { name: 'notFound' };
  }
  if (b === 'agree') {
    if (c === undefined) return { name: 'agreements', groupId };
    return d === undefined ? { name: 'board', groupId, boardId: c } : { name: 'notFound' };
  }
  if (b === 'partners') {
    if (c === undefined) return { name: 'partners', groupId };
    if (d === undefined) return c === 'new' ? { name: 'newPartner', groupId } : { name: 'editPartner', groupId, partnerId: c };
    if (c === 'new' && e && f === undefined) return { name: 'newPartner', groupId, from: { exerciseId: d, key: e } };
    return { name: 'notFound' };
  }
  if (b === 'members') {
    if (c === undefined) return { name: 'members', groupId };
    if (d === undefined) return c === 'new' ? { name: 'newMember', groupId } : { name: 'editMember', groupId, personId: c };
    return { name: 'notFound' };
  }
  if (b !== 'm' || !c || !meetingIdPattern.test(c)) return { name: 'notFound' };
  const meetingId = c as MeetingId;
  if (d === undefined) return { name: 'meeting', groupId, meetingId };
  if (d === 'held' && e === undefined) return { name: 'meetingHeld', groupId, meetingId };
  if (d === 'summary' && e === undefined) return { name: 'meetingSummary', groupId, meetingId };
  if (d === 'plan' && e === undefined) return { name: 'plan', groupId, meetingId };
  if (d === 'e' && e && extra === undefined) {
    return { name: 'exercise', groupId, meetingId, exerciseId: e, step: f ?? null };
  }
  return { name: 'notFound' };
}

/** The address of a screen. */
export function href(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'start':
    case 'notFound':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'newGroup':
      return '#/new-group';
    case 'import':
      return '#/import';
    case 'exportAll':
      return '#/export';
    case 'reset':
      return '#/reset';
    case 'library':
      return '#/library';
    case 'about':
      return '#/about';
    case 'libraryItem':
      return `#/library/${route.section}/${enc(route.itemId)}`;
    case 'exportGroup':
      return `#/g/${enc(route.groupId)}/export`;
    case 'group':
      return `#/g/${enc(route.groupId)}`;
    case 'editGroup':
      return `#/g/${enc(route.groupId)}/edit`;
    case 'rules':
      return `#/g/${enc(route.groupId)}/rules`;
    case 'diary':
      return `#/g/${enc(route.groupId)}/diary`;
    case 'todos':
      return `#/g/${enc(route.groupId)}/todos`;
    case 'documents':
      return `#/g/${enc(route.groupId)}/documents`;
    case 'ownPictures':
      return `#/g/${enc(route.groupId)}/pictures`;
    case 'slideshow': {
      const from = route.from;
      const tail = from ? `/${from.meetingId}/${enc(from.exerciseId)}${from.step === null ? '' : `/${enc(from.step)}`}` : '';
      return `#/g/${enc(route.groupId)}/slides${tail}`;
    }
    case 'agreements':
      return `#/g/${enc(route.groupId)}/agree`;
    case 'board':
      return `#/g/${enc(route.groupId)}/agree/${enc(route.boardId)}`;
    case 'partners':
      return `#/g/${enc(route.groupId)}/partners`;
    case 'newPartner':
      return `#/g/${enc(route.groupId)}/partners/new${route.from ? `/${enc(route.from.exerciseId)}/${enc(route.from.key)}` : ''}`;
    case 'editPartner':
      return `#/g/${enc(route.groupId)}/partners/${enc(route.partnerId)}`;
    case 'plan':
      return `#/g/${enc(route.groupId)}/m/${route.meetingId}/plan`;
    case 'members':
      return `#/g/${enc(route.groupId)}/members`;
    case 'newMember':
      return `#/g/${enc(route.groupId)}/members/new`;
    case 'editMember':
      return `#/g/${enc(route.groupId)}/members/${enc(route.personId)}`;
    case 'meeting':
      return `#/g/${enc(route.groupId)}/m/${route.meetingId}`;
    case 'meetingHeld':
      return `#/g/${enc(route.groupId)}/m/${route.meetingId}/held`;
    case 'meetingSummary':
      return `#/g/${enc(route.groupId)}/m/${route.meetingId}/summary`;
    case 'exercise':
      return `#/g/${enc(route.groupId)}/m/${route.meetingId}/e/${enc(route.exerciseId)}${route.step === null ? '' : `/${enc(route.step)}`}`;
  }
}

/** Sent by navigate() at once: the browser's own "hashchange" comes a moment later, in a task of its own. */
export const routeChangedEvent = 'porukka:route';

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const target = href(route);
  if (options.replace) window.location.replace(target);
  else window.location.hash = target;
  // The new screen is drawn with the tap that asked for it: meanwhile the old one cannot take a second tap or typing.
  window.dispatchEvent(new Event(routeChangedEvent));
}
