// Object URLs of saved photos and voice notes, shared by everything that shows the same one. A picture
// drawn again (a member's photo when the next statement or a turn opens) gets its address at once, so
// it never shows the emoji for a moment before the photo: the file is read and decoded once. Addresses
// nobody shows are kept for the most recent few, then given back (revoked) to free the memory.
import type { MediaPort } from './mediaPort';

interface Held {
  readonly url: string;
  users: number;
}

/** How many addresses nobody shows are kept for a quick return (photos ≤ 1600 px: a few MB at most). */
const keptUnused = 12;

const byPort = new WeakMap<MediaPort, Map<string, Held>>();
/** Unused addresses, oldest first. */
const unused: { readonly port: MediaPort; readonly id: string }[] = [];

const heldOf = (port: MediaPort): Map<string, Held> => {
  let held = byPort.get(port);
  if (!held) byPort.set(port, (held = new Map()));
  return held;
};

const dropUnused = (port: MediaPort, id: string): void => {
  const at = unused.findIndex((u) => u.port === port && u.id === id);
  if (at >= 0) unused.splice(at, 1);
};

/** The address already made for this file, if any (for the first drawing, before it is held). */
export const knownMediaUrl = (port: MediaPort, id: string): string | null => heldOf(port).get(id)?.url ?? null;

/** Holds the file's address (made from `blob` when there is none yet) until `releaseMediaUrl`. */
export function holdMediaUrl(port: MediaPort, id: string, blob?: Blob): string | null {
  const held = heldOf(port);
  let entry = held.get(id);
  if (!entry) {
    if (!blob) return null;
    entry = { url: URL.createObjectURL(blob), users: 0 };
    held.set(id, entry);
  }
  entry.users += 1;
  dropUnused(port, id);
  return entry.url;
}

/** One user less; when nobody shows it, it joins the kept unused ones, and the oldest beyond those is revoked. */
export function releaseMediaUrl(port: MediaPort, id: string): void {
  const entry = heldOf(port).get(id);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  unused.push({ port, id });
  while (unused.length > keptUnused) {
    const oldest = unused.shift();
    if (!oldest) break;
    const gone = heldOf(oldest.port).get(oldest.id);
    heldOf(oldest.port).delete(oldest.id);
    if (gone) URL.revokeObjectURL(gone.url);
  }
}
