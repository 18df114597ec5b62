// A group file that comes from the system rather than the file picker: an installed Porukka opened
// with a .porukka.json (file handlers, desktops) or sent one from the share sheet (share target,
// Android; public/share-target.js keeps it in a cache). The file waits here for the import screen.

let launched: File | null = null;
const listeners = new Set<(file: File) => void>();

interface LaunchParams {
  readonly files: readonly { getFile(): Promise<File> }[];
}

/** Hands the file to an open import screen, or keeps it and asks for the import screen. */
function arrived(file: File, openImport: () => void): void {
  const [listener] = listeners;
  if (listener) return listener(file);
  launched = file;
  openImport();
}

export function listenForLaunchedFiles(openImport: () => void): void {
  const queue = (window as unknown as { launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void } }).launchQueue;
  queue?.setConsumer(async (params) => {
    const handle = params.files[0];
    if (handle) arrived(await handle.getFile(), openImport);
  });
  void receiveSharedFile(openImport);
}

const sharedCache = 'porukka-shared-file';

/** After a share (the address has ?shared-file), takes the file out of its cache, once. */
async function receiveSharedFile(openImport: () => void): Promise<void> {
  const url = new URL(location.href);
  if (!url.searchParams.has('shared-file') || typeof caches === 'undefined') return;
  url.searchParams.delete('shared-file');
  history.replaceState(history.state, '', url.href);
  const response = await (await caches.open(sharedCache)).match('shared-file');
  await caches.delete(sharedCache);
  if (!response) return;
  const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'porukka.json');
  const blob = await response.blob();
  arrived(new File([blob], name, { type: blob.type }), openImport);
}

/** The file the app was opened with, once. */
export function takeLaunchedFile(): File | null {
  const file = launched;
  launched = null;
  return file;
}

/** While the import screen is open, files that arrive go straight to it. Returns the way to stop. */
export function whenFileLaunched(listener: (file: File) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
