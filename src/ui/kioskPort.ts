// Kiosk mode: one exercise fills the tablet (the feedback survey at an event) and a visitor cannot
// leave it; only a support person's PIN opens the way out. The app provides the port; without it,
// the safe answers: the kiosk is off, and unlocking is refused.
import { createContext } from 'preact';

export interface KioskPort {
  /** The kiosk is on in this tab: the app shows no way out and keeps the address on the exercise. */
  readonly isOn: boolean;
  /** Turns the kiosk on for the exercise on screen (and locks support-person mode). */
  readonly enter: () => void;
  /** Asks for the support person's PIN; true when it was right. The kiosk stays on until `leave`. */
  readonly unlock: () => Promise<boolean>;
  /** Turns the kiosk off. */
  readonly leave: () => void;
}

export const noKiosk: KioskPort = {
  isOn: false,
  enter: () => undefined,
  unlock: () => Promise.resolve(false),
  leave: () => undefined,
};

export const KioskContext = createContext<KioskPort>(noKiosk);
