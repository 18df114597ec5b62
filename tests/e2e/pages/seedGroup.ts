// A group made for a test from a group file, as another tablet would hand it over: quicker than
// typing it in (the forms themselves are tested in members.spec and the accessibility specs).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { avatarPictograms } from '../../../src/content/avatars';
import { colours } from '../../../src/domain/people';
import { formatName, formatVersion } from '../../../src/domain/transfer/format';
import type { MemberInput } from './app';

const finnish = JSON.parse(readFileSync(new URL('../../../locales/fi/common.json', import.meta.url), 'utf8')) as {
  colours: Record<string, string>;
  avatars: Record<string, string>;
};
const roleIds = { Osallistuja: 'participant', Tukihenkilö: 'support', Vertaistukihenkilö: 'peer' } as const;

/** The id whose Finnish name is `name` (the word a test taps in the form). */
function idNamed(names: Record<string, string>, name: string): string {
  const found = Object.entries(names).find(([, finnishName]) => finnishName === name);
  if (!found) throw new Error(`No picture or colour is called ${name}`);
  return found[0];
}

const newId = () => randomBytes(16).toString('hex');

/**
 * A version-3 group file with the group and its members. Members get what the form would give them:
 * the chosen colour and picture, otherwise the first ones nobody in the group has yet.
 */
export function groupFileOf(name: string, place: string, members: readonly MemberInput[]): { groupId: string; json: string } {
  const groupId = newId();
  const deviceId = newId();
  // A minute ago, so this tablet's clock is not moved ahead by the file.
  const at = new Date(Date.now() - 60_000).toISOString();
  const stamp = (n: number) => `${at}_${n.toString(16).padStart(4, '0')}`;
  const taken = new Set<string>();
  const people = members.map((member, i) => {
    const colour = member.colour ? idNamed(finnish.colours, member.colour) : (colours.find((c) => !taken.has(c.id))?.id ?? 'blue');
    const avatar = member.picture ? idNamed(finnish.avatars, member.picture) : (avatarPictograms.find((a) => !taken.has(a)) ?? 'avatar-star');
    taken.add(colour);
    taken.add(avatar);
    const role = roleIds[member.role ?? 'Osallistuja'];
    return { id: newId(), groupId, name: member.name, colour, avatar, role, photoConsent: false, createdAt: stamp(i + 1), updatedAt: stamp(i + 1), deviceId, deleted: false };
  });
  const file = {
    formatName,
    formatVersion,
    exportedAt: new Date().toISOString(),
    exportedBy: { deviceId, clock: stamp(members.length + 1), app: 'tests' },
    groupIds: [groupId],
    encryption: null,
    payload: {
      groups: [{ id: groupId, groupId, name, place, updatedAt: stamp(0), deviceId, deleted: false }],
      people,
      meetings: [],
      entries: [],
      media: [],
    },
  };
  return { groupId, json: JSON.stringify(file) };
}

/** From any screen: imports the group through the import screen and ends on the group's page (support mode open). */
export async function seedGroup(page: Page, name: string, place: string, members: readonly MemberInput[]): Promise<string> {
  const { groupId, json } = groupFileOf(name, place, members);
  await page.getByLabel('Valitse tiedosto').setInputFiles({ name: `${name}.porukka.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await page.goto(`/#/g/${groupId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return groupId;
}
