// Everything that can go wrong with a group file, as values the screens turn into plain words.

export type ImportError =
  /** The file could not be read at all. */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'notJson' }
  /** A Porukka file that ends too early (cut off while copying). */
  | { readonly kind: 'truncated' }
  | { readonly kind: 'notPorukkaFile' }
  | { readonly kind: 'versionTooNew' }
  | { readonly kind: 'wrongPassword' }
  /** Some records are not what a Porukka file holds (damaged or edited by hand). */
  | { readonly kind: 'invalidRecords'; readonly count: number }
  | { readonly kind: 'notAnImage' }
  | { readonly kind: 'storageFull' }
  | { readonly kind: 'saveFailed' };

export type ImportErrorKind = ImportError['kind'];
