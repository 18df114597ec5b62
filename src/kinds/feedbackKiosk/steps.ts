// Where a visitor is in the kiosk, kept in the address so a reload returns to the same question of the
// same response: "kiosk-<n>-<response key>" (n = 0 is "Did you have fun?", 1… the open questions)
// and "kiosk-thanks". The start view (and its summary) is step null: visitors never reach it.
import { newId } from '../../domain/ids';

export type KioskStep = { readonly screen: 'question'; readonly index: number; readonly key: string } | { readonly screen: 'thanks' };

export const thanksStep = 'kiosk-thanks';

export const questionStep = (index: number, key: string): string => `kiosk-${index}-${key}`;

/** The first question for a new visitor, with a new random response key. */
export const newVisitorStep = (): string => questionStep(0, newId());

const pattern = /^kiosk-(\d{1,2})-([A-Za-z0-9_]{8,48})$/;

/** The kiosk step, or null when the step is not one (or names a question that does not exist). */
export function parseKioskStep(step: string | null, questionCount: number): KioskStep | null {
  if (step === thanksStep) return { screen: 'thanks' };
  const match = step ? pattern.exec(step) : null;
  if (!match) return null;
  const index = Number(match[1]);
  return index <= questionCount ? { screen: 'question', index, key: match[2]! } : null;
}
