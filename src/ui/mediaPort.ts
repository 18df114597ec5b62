// What the picture-card kit needs to show and make photos and voice notes; the app provides it.
import { createContext } from 'preact';

export type MediaProblem = 'notAnImage' | 'noMicrophone' | 'saveFailed';

export type Saved = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly problem: MediaProblem };

export interface ActiveRecording {
  /** Stops and saves the recording. */
  stop(): Promise<Saved>;
  cancel(): void;
}

export interface MediaPort {
  /** The file of a saved photo or voice note. */
  loadBlob(id: string): Promise<Blob | null>;
  /** Checks, downscales and saves a photo from the camera or a file. */
  savePhoto(file: File): Promise<Saved>;
  /** Starts recording from the microphone. Call it inside the tap handler. */
  startRecording(): Promise<{ readonly ok: true; readonly recording: ActiveRecording } | { readonly ok: false; readonly problem: MediaProblem }>;
}

export const MediaContext = createContext<MediaPort | null>(null);
