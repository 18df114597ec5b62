// The app's pictogram ids: the keys of pictograms/manifest.json (type only; nothing is bundled).
import type manifest from '../../pictograms/manifest.json';

type Manifest = typeof manifest;

export type PictogramId = Exclude<keyof Manifest, `$${string}`>;
