import type { PictogramId } from '../../content/pictogramId';
import type { ImportError } from '../../domain/transfer/errors';

export interface ErrorLook {
  readonly pictogram: PictogramId;
  /** A key in common.json: what happened and what to do. */
  readonly key: string;
  readonly count?: number;
}

/** Every import problem in plain words with a picture. Adding an error kind fails to compile until it has its words. */
export function importErrorText(error: ImportError): ErrorLook {
  switch (error.kind) {
    case 'unreadable':
      return { pictogram: 'question', key: 'importErrors.unreadable' };
    case 'tooLarge':
      return { pictogram: 'storage', key: 'importErrors.tooLarge' };
    case 'notJson':
      return { pictogram: 'question', key: 'importErrors.notJson' };
    case 'truncated':
      return { pictogram: 'scary-place', key: 'importErrors.truncated' };
    case 'notPorukkaFile':
      return { pictogram: 'question', key: 'importErrors.notPorukkaFile' };
    case 'versionTooNew':
      return { pictogram: 'update', key: 'importErrors.versionTooNew' };
    case 'wrongPassword':
      return { pictogram: 'trust', key: 'importErrors.wrongPassword' };
    case 'invalidRecords':
      return { pictogram: 'scary-place', key: 'importErrors.invalidRecords', count: error.count };
    case 'notAnImage':
      return { pictogram: 'photo', key: 'importErrors.notAnImage' };
    case 'storageFull':
      return { pictogram: 'storage', key: 'importErrors.storageFull' };
    case 'saveFailed':
      return { pictogram: 'storage', key: 'importErrors.saveFailed' };
  }
}
