// An installed Porukka can be the app that opens .porukka.json files (file handlers, where the
// platform has them): the file waits here until the import screen takes it.

let launched: File | null = null;

interface LaunchParams {
  readonly files: readonly { getFile(): Promise<File> }[];
}

export function listenForLaunchedFiles(onFile: () => void): void {
  const queue = (window as unknown as { launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void } }).launchQueue;
  queue?.setConsumer(async (params) => {
    const handle = params.files[0];
    if (!handle) return;
    launched = await handle.getFile();
    onFile();
  });
}

/** The file the app was opened with, once. */
export function takeLaunchedFile(): File | null {
  const file = launched;
  launched = null;
  return file;
}
