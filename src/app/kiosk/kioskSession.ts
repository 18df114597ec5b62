// Kiosk mode in this tab: the exercise it keeps on screen, remembered for a reload in sessionStorage
// (so reloading does not let a visitor out; a new start of the app or tab is never stuck in it).
import { href, parseRoute, type Route } from '../router';

export type ExerciseRoute = Extract<Route, { name: 'exercise' }>;

export const kioskSessionKey = 'porukka-kiosk';

/** The kiosk's address saved in this tab, or null when the kiosk is off. */
export function loadKioskRoute(): ExerciseRoute | null {
  try {
    const saved = sessionStorage.getItem(kioskSessionKey);
    const route = saved ? parseRoute(saved) : null;
    return route?.name === 'exercise' ? route : null;
  } catch {
    return null;
  }
}

export function saveKioskRoute(route: ExerciseRoute | null): void {
  try {
    if (route) sessionStorage.setItem(kioskSessionKey, href(route));
    else sessionStorage.removeItem(kioskSessionKey);
  } catch {
    // Without sessionStorage the kiosk still holds until a reload.
  }
}

/** Addresses the kiosk allows: the same exercise of the same group (its steps are the kind's own). */
export function isInKiosk(route: Route, kiosk: ExerciseRoute): route is ExerciseRoute {
  return route.name === 'exercise' && route.groupId === kiosk.groupId && route.meetingId === kiosk.meetingId && route.exerciseId === kiosk.exerciseId;
}

/** The screen to show: the address asked for, or the kiosk's when the kiosk is on and the address is elsewhere. */
export function routeToShow(route: Route, kiosk: ExerciseRoute | null): Route {
  return kiosk && !isInKiosk(route, kiosk) ? kiosk : route;
}
