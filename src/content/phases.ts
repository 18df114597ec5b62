import type { Phase } from './types';

/** The five phases of the journey, in order. */
export const phases: readonly Phase[] = [
  { id: 'getting-to-know', titleKey: 'phases.getting-to-know', pictogram: 'phase-getting-to-know' },
  { id: 'wishes-to-goal', titleKey: 'phases.wishes-to-goal', pictogram: 'phase-wishes-to-goal' },
  { id: 'partnership', titleKey: 'phases.partnership', pictogram: 'phase-partnership' },
  { id: 'succeed-together', titleKey: 'phases.succeed-together', pictogram: 'phase-succeed-together' },
  { id: 'we-did-it', titleKey: 'phases.we-did-it', pictogram: 'phase-we-did-it' },
];
