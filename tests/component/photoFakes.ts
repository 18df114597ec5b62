// For component tests that pick photos: a real JPEG from the fixtures as a picked file, and made-up
// object URLs (fake-indexeddb gives back a copy of a file that is not a happy-dom Blob). Each test file
// still mocks the photo module itself (vi.mock is per file): the browser's decoding and downscaling
// is tested in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

/** Object URLs are made up for every test of the file that calls this. */
export function fakeObjectUrls(): void {
  let urls = 0;
  beforeEach(() => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:test/${++urls}`);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());
}

/** The landscape photo of the fixtures as a picked file. */
export const landscapeJpeg = (name: string): File => new File([readFileSync(join(process.cwd(), 'tests/fixtures/photo-landscape.jpg'))], name, { type: 'image/jpeg' });
