import type { MethodCard, Practice } from '../../content/library';

type Translate = (key: string) => string;

/** Every text of a method card, in reading order (what search looks through). */
export const methodTexts = (card: MethodCard, tr: Translate): string[] => [
  tr(card.titleKey),
  tr(card.summaryKey),
  ...card.points.map((p) => tr(p.textKey)),
  ...card.questions.map((q) => tr(q.textKey)),
];

export const practiceTexts = (practice: Practice, tr: Translate): string[] => [
  tr(practice.titleKey),
  tr(practice.placeKey),
  tr(practice.ideaKey),
  tr(practice.forWhomKey),
  ...practice.lessons.map((l) => tr(l.textKey)),
];
