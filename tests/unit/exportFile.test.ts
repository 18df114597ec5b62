// The group file as exported: all groups when none is named, and with a password the key is made with
// 600,000 PBKDF2-SHA-256 rounds (OWASP 2023), a fresh 16-byte salt and 12-byte IV each time.
import { describe, expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { base64ToBytes } from '../../src/domain/base64';
import type { Encryption } from '../../src/domain/transfer/format';
import { decryptText } from '../../src/services/crypto';
import { useDatabase } from '../../src/storage/db';
import { createGroup } from '../../src/storage/repositories/groups';
import { addPerson } from '../../src/storage/repositories/people';

async function twoGroups(name: string): Promise<string[]> {
  useDatabase(name);
  const first = await createGroup({ name: 'Maanantaiporukka', place: 'Kirjasto' });
  const second = await createGroup({ name: 'Torstaiporukka', place: 'Asukastila' });
  await addPerson(first.id, { name: 'Anna', colour: 'red', avatar: 'avatar-cat', role: 'participant' });
  await addPerson(second.id, { name: 'Ben', colour: 'blue', avatar: 'avatar-dog', role: 'participant' });
  return [first.id, second.id];
}

describe('exporting', () => {
  it('puts every group of the tablet in one file when none is named', async () => {
    const ids = await twoGroups('export-all');
    const built = await buildGroupFile(null);
    expect([...built.groupIds].sort()).toEqual([...ids].sort());
    const file = JSON.parse(built.text) as { groupIds: string[]; payload: { groups: { name: string }[]; people: { name: string }[] } };
    expect(file.groupIds.sort()).toEqual([...ids].sort());
    expect(file.payload.groups.map((g) => g.name).sort()).toEqual(['Maanantaiporukka', 'Torstaiporukka']);
    expect(file.payload.people.map((p) => p.name).sort()).toEqual(['Anna', 'Ben']);
  });

  it('makes the key of a password file with 600,000 PBKDF2-SHA-256 rounds and a new salt and IV each time', async () => {
    const [first] = await twoGroups('export-password');
    const files = await Promise.all([buildGroupFile([first!], 'kahvi ja pulla'), buildGroupFile([first!], 'kahvi ja pulla')]);
    const envelopes = files.map((f) => JSON.parse(f.text) as { encryption: Encryption; payload: string });
    for (const { encryption } of envelopes) {
      expect(encryption).toMatchObject({ algorithm: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
      expect(base64ToBytes(encryption.salt)).toHaveLength(16);
      expect(base64ToBytes(encryption.iv)).toHaveLength(12);
    }
    expect(envelopes[0]!.encryption.salt).not.toBe(envelopes[1]!.encryption.salt);
    expect(envelopes[0]!.encryption.iv).not.toBe(envelopes[1]!.encryption.iv);
    const opened = JSON.parse((await decryptText(envelopes[0]!.payload, envelopes[0]!.encryption, 'kahvi ja pulla')) ?? 'null') as { groups: { name: string }[] };
    expect(opened.groups.map((g) => g.name)).toEqual(['Maanantaiporukka']);
  });
});
