// Handing a file over: the system share sheet where the browser can share files, a download otherwise.

export function makeFile(text: string, name: string): File {
  return new File([text], name, { type: 'application/json' });
}

/** True where the share sheet can take this file (tablets, mostly). */
export function canShareFile(file: File): boolean {
  return typeof navigator.share === 'function' && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Opens the share sheet; false when the person closed it without sharing. */
export async function shareFile(file: File, title: string): Promise<boolean> {
  try {
    await navigator.share({ files: [file], title });
    return true;
  } catch {
    return false;
  }
}

/** Saves the file through the browser's downloads. */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Megabytes with one decimal, written the reader's way (2,4 / 2.4). */
export function megabytes(bytes: number, language: string): string {
  const mb = Math.max(0.1, Math.round(bytes / 1e5) / 10);
  return language === 'en' ? mb.toFixed(1) : mb.toFixed(1).replace('.', ',');
}
