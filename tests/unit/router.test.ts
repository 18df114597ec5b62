import { describe, expect, it } from 'vitest';
import { href, parentOf, parseRoute, type Route } from '../../src/app/router';

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
  { name: 'exercise', groupId: 'g1', meetingId: 'm02', exerciseId: 'm02-agree', step: null },
  { name: 'exercise', groupId: 'g1', meetingId: 'm02', exerciseId: 'm02-agree', step: 'results' },
];

describe('routes', () => {
  it.each(examples)('reads back its own address: %o', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('sends unknown or hostile addresses to "not found"', () => {
    for (const hash of ['#/nope', '#/g', '#/g/x/m/m11', '#/g/x/m/m1', '#/g/<img>', '#/g/x/members/a/b', '#/g/x/m/m02/e/m02-agree/1/2']) {
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
