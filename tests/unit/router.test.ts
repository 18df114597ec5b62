import { describe, expect, it } from 'vitest';
import { parentOf } from '../../src/app/routeParents';
import { href, parseRoute, supportOnlyRoutes, type Route } from '../../src/app/router';

const examples: Route[] = [
  { name: 'start' },
  { name: 'settings' },
  { name: 'newGroup' },
  { name: 'import' },
  { name: 'exportAll' },
  { name: 'exportGroup', groupId: 'g1' },
  { name: 'group', groupId: 'g1' },
  { name: 'editGroup', groupId: 'g1' },
  { name: 'members', groupId: 'g1' },
  { name: 'newMember', groupId: 'g1' },
  { name: 'editMember', groupId: 'g1', personId: 'p1' },
  { name: 'rules', groupId: 'g1' },
  { name: 'meeting', groupId: 'g1', meetingId: 'm02' },
  { name: 'meetingHeld', groupId: 'g1', meetingId: 'm02' },
  { name: 'meetingSummary', groupId: 'g1', meetingId: 'm02' },
  { name: 'exercise', groupId: 'g1', meetingId: 'm02', exerciseId: 'm02-agree', step: null },
  { name: 'exercise', groupId: 'g1', meetingId: 'm02', exerciseId: 'm02-agree', step: 'results' },
  { name: 'reset' },
  { name: 'library' },
  { name: 'libraryItem', section: 'methods', itemId: 'peer-support' },
  { name: 'libraryItem', section: 'practices', itemId: 'gruppis' },
  { name: 'diary', groupId: 'g1' },
  { name: 'agreements', groupId: 'g1' },
  { name: 'board', groupId: 'g1', boardId: 'start-coffee' },
  { name: 'partners', groupId: 'g1' },
  { name: 'newPartner', groupId: 'g1' },
  { name: 'editPartner', groupId: 'g1', partnerId: 'pa1' },
  { name: 'plan', groupId: 'g1', meetingId: 'm03' },
  { name: 'ownPictures', groupId: 'g1' },
  { name: 'slideshow', groupId: 'g1' },
  { name: 'slideshow', groupId: 'g1', from: { meetingId: 'm06', exerciseId: 'm06-pitch', step: null } },
  { name: 'slideshow', groupId: 'g1', from: { meetingId: 'm06', exerciseId: 'm06-pitch', step: 'pitch' } },
];

describe('routes', () => {
  it.each(examples)('reads back its own address: %o', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('keeps the steps kinds make with random keys (a memo being written, a visitor in the kiosk)', () => {
    const key = crypto.randomUUID();
    for (const step of [`edit-${key}`, key, `kiosk-2-${key.replaceAll('-', '')}`, `partner-${key}`, `what-${key}`]) {
      const route: Route = { name: 'exercise', groupId: 'g1', meetingId: 'm07', exerciseId: 'm07-memo', step };
      expect(parseRoute(href(route))).toEqual(route);
    }
  });

  it('sends unknown or hostile addresses to "not found"', () => {
    for (const hash of ['#/nope', '#/g', '#/g/x/m/m11', '#/g/x/m/m1', '#/g/<img>', '#/g/x/members/a/b', '#/g/x/m/m02/e/m02-agree/1/2', '#/library/other/x', '#/library/methods', '#/g/x/agree/a/b', '#/g/x/partners/a/b', '#/g/x/m/m02/plan/x']) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });

  it('leads back one level at a time to the start, never nowhere', () => {
    for (const route of examples) {
      let current: Route | null = route;
      let steps = 0;
      while (current && current.name !== 'start' && steps < 10) {
        current = parentOf(current);
        steps += 1;
      }
      expect(current).toEqual({ name: 'start' });
    }
    expect(parentOf({ name: 'start' })).toBeNull();
  });
});

describe('support persons\' screens', () => {
  // The rules are a read-only page for participants; only a support person sees their editing tools.
  it('are the ones that change, remove, export or configure, and never a participant\'s path', () => {
    const participantPaths = examples.filter((r) => ['start', 'group', 'meeting', 'meetingSummary', 'exercise', 'diary', 'agreements', 'board', 'partners', 'rules', 'reset'].includes(r.name));
    for (const route of participantPaths) expect(supportOnlyRoutes.has(route.name), route.name).toBe(false);
    for (const name of ['settings', 'newGroup', 'import', 'exportAll', 'exportGroup', 'editGroup', 'members', 'meetingHeld', 'plan', 'library', 'newPartner', 'editPartner', 'ownPictures'] as const) {
      expect(supportOnlyRoutes.has(name), name).toBe(true);
    }
  });
});
