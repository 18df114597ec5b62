// The app's pictogram ids: the keys of pictograms/manifest.json (type only; nothing is bundled).
type Manifest = typeof import('../../pictograms/manifest.json');

export type PictogramId = Exclude<keyof Manifest, `$${string}`>;
