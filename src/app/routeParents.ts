// Where "back" leads from each screen.
import type { Route } from './router';

/** The screen "back" leads to: always one level up, never browser history, so nobody gets lost. */
export function parentOf(route: Route): Route | null {
  switch (route.name) {
    case 'start':
      return null;
    case 'settings':
    case 'newGroup':
    case 'import':
    case 'exportAll':
    case 'reset':
    case 'library':
    case 'about':
    case 'group':
    case 'notFound':
      return { name: 'start' };
    case 'libraryItem':
      return { name: 'library' };
    case 'exportGroup':
    case 'editGroup':
    case 'members':
    case 'rules':
    case 'diary':
    case 'todos':
    case 'documents':
    case 'ownPictures':
    case 'agreements':
    case 'partners':
    case 'meeting':
      return { name: 'group', groupId: route.groupId };
    case 'board':
      return { name: 'agreements', groupId: route.groupId };
    case 'slideshow':
      return route.from ? { name: 'exercise', groupId: route.groupId, ...route.from } : { name: 'group', groupId: route.groupId };
    case 'newPartner':
    case 'editPartner':
      return { name: 'partners', groupId: route.groupId };
    case 'newMember':
    case 'editMember':
      return { name: 'members', groupId: route.groupId };
    case 'meetingHeld':
    case 'meetingSummary':
    case 'plan':
    case 'exercise':
      return { name: 'meeting', groupId: route.groupId, meetingId: route.meetingId };
  }
}
