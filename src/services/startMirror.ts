// What the start screen's shell in index.html (scripts/vite-prerender-shell.ts) needs to know before any
// JavaScript runs: whether this tablet has groups. With none (or on a first start, nothing kept yet) the
// shell paints the welcome and "Aloitetaan" too, so a new tablet shows its whole start screen from the
// HTML; with groups it paints only the frame and the app adds the groups under it.
import { watch } from '../storage/live';
import { listGroups } from '../storage/repositories/groups';

/** The localStorage key the shell's head script reads (keep the two the same). */
export const groupsMirrorKey = 'porukka.groups';

/** Whether the shell painted (or would paint) the empty tablet's welcome: no groups kept, or none known. */
export function shellShowsWelcome(): boolean {
  try {
    return !(Number(localStorage.getItem(groupsMirrorKey)) > 0);
  } catch {
    return true;
  }
}

/** Keeps the number of groups in localStorage for the next start's shell, as groups come and go. */
export function mirrorGroupCount(onError: (error: unknown) => void): void {
  watch(
    async () => (await listGroups()).length,
    (count) => {
      try {
        localStorage.setItem(groupsMirrorKey, String(count));
      } catch {
        // Storage refused (private mode): the shell then paints the welcome, and the app replaces it.
      }
    },
    onError,
  );
}
