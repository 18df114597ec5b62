// Which spoken thing a tap points at, in the same shape speech reads it: a tapped tile or button
// reads its own words, a "Kuuntele" button reads the card it sits in (SpeakButton's scope).

const speakables = 'label, button, a, [role="button"], .picture-card';

/** The element whose words a tap would read, or null when the tap is on nothing spoken. */
export function spokenRootOf(target: Element): Element | null {
  const speakButton = target.closest<HTMLElement>('.speak-button');
  if (speakButton) return readRootOf(speakButton);
  const tapped = target.closest(speakables);
  return tapped && tapped.querySelector('[data-sentence]') ? tapped : null;
}

/** What a "Kuuntele" button reads: the closest element of its scope, or the element it sits in. */
export function readRootOf(speakButton: HTMLElement): Element | null {
  const scope = speakButton.dataset['scope'];
  return (scope ? speakButton.closest(scope) : null) ?? speakButton.parentElement;
}

/** Everything on screen that can carry a recording's mark. */
export function markCandidates(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(`.speak-button, ${speakables}`)).filter(
    (el) => el.classList.contains('speak-button') || el.querySelector('[data-sentence]') !== null,
  );
}
