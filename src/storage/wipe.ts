// Emptying the device: the only way past a forgotten PIN. Every group, answer, photo and setting on
// this tablet is deleted; groups that were exported to a file can be imported again.
import { db } from './db';

export async function wipeDevice(): Promise<void> {
  await db().delete();
}
