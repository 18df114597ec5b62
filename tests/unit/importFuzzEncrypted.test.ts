// Password-protected files that were damaged or made to harm: a changed salt, IV, ciphertext, round
// count or algorithm is refused with a typed error (never a crash, never a hang on a huge round
// count), and reading never writes to the database; the undamaged file opens with the password only.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { encryptText } from '../../src/services/crypto';
import { useDatabase } from '../../src/storage/db';
import { dumpDatabase, seedGroup } from './transferHelpers';

const password = 'kahvi ja pulla';
let envelope: Record<string, unknown> = {};

beforeAll(async () => {
  useDatabase('fuzz-encrypted-source');
  const plain = JSON.parse((await buildGroupFile([await seedGroup('Salainen')])).text) as Record<string, unknown>;
  // The fewest rounds the format allows, so that 60 files open in seconds.
  const { encryption, ciphertext } = await encryptText(JSON.stringify(plain['payload']), password, 100_000);
  envelope = { ...plain, encryption, payload: ciphertext };
  useDatabase('fuzz-encrypted-target');
  await seedGroup('Oma porukka');
}, 30_000);

type Field = 'algorithm' | 'kdf' | 'iterations' | 'salt' | 'iv' | 'payload';
const field = fc.constantFrom<Field>('algorithm', 'kdf', 'iterations', 'salt', 'iv', 'payload');
const badValue = fc.oneof(
  fc.constantFrom<unknown>(null, '', 0, -1, 99_999, 5_000_001, 1.5, 1e308, '100000', [], {}, 'AES-CBC', 'scrypt', '<script>alert(1)</script>', 'x'.repeat(100_000)),
  fc.string({ maxLength: 40 }),
);

const encryptionOf = () => envelope['encryption'] as Record<string, unknown>;
const valueOf = (f: Field): unknown => (f === 'payload' ? envelope['payload'] : encryptionOf()[f]);
const withValue = (f: Field, value: unknown): string =>
  JSON.stringify(f === 'payload' ? { ...envelope, payload: value } : { ...envelope, encryption: { ...encryptionOf(), [f]: value } });

/** One base64 character changed (the bytes differ, the form stays valid base64). */
const flipped = (text: string, at: number) => {
  const i = at % text.length;
  return text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
};

const damagedFile = fc.oneof(
  fc.tuple(field, badValue).map(([f, value]) => withValue(f, value)),
  fc.tuple(fc.constantFrom<Field>('salt', 'iv', 'payload'), fc.nat()).map(([f, at]) => withValue(f, flipped(String(valueOf(f)), at))),
  fc.nat().map((n) => withValue('payload', String(envelope['payload']).slice(0, n % String(envelope['payload']).length))),
);

describe('fuzzing password-protected files', () => {
  it('opens the undamaged file with the password only', async () => {
    const text = JSON.stringify(envelope);
    expect(await readGroupFile(text)).toEqual({ ok: false, needsPassword: true });
    expect(await readGroupFile(text, 'väärä')).toEqual({ ok: false, error: { kind: 'wrongPassword' } });
    expect((await readGroupFile(text, password)).ok).toBe(true);
  });

  it('refuses every damaged file with a typed error and leaves the database as it was', async () => {
    const before = await dumpDatabase();
    const read = await readGroupFile(JSON.stringify(envelope), password);
    if (!read.ok) throw new Error('the undamaged file must open');
    const undamaged = read.file;
    const refusal = expect.stringMatching(/^(wrongPassword|invalidRecords|notPorukkaFile)$/);
    await fc.assert(
      fc.asyncProperty(damagedFile, async (text) => {
        const outcome = await readGroupFile(text, password);
        // A change the bytes cannot see (the spare bits of a base64 ending) still opens, and is the same file.
        const seen = outcome.ok ? outcome.file.records : 'error' in outcome ? outcome.error.kind : 'asked for the password again';
        expect(seen).toEqual(outcome.ok ? undamaged.records : refusal);
      }),
      { numRuns: 60, seed: 20261204 },
    );
    // Reading a file never writes.
    expect(await dumpDatabase()).toBe(before);
  }, 120_000);
});
