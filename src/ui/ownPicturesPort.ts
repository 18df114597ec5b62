// The open group's own photos for pictograms (pictogram id → image URL); the app provides them.
import { createContext } from 'preact';

export const OwnPicturesContext = createContext<ReadonlyMap<string, string> | null>(null);
