// A tap that moves to another screen draws it at once: the browser's own "hashchange" comes a task
// later, and meanwhile the old screen could take a second tap or typing meant for the new one.
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { useRoute } from '../../src/app/hooks/useRoute';
import { href, navigate } from '../../src/app/router';

const question = (step: string) => ({ name: 'exercise', groupId: 'g1', meetingId: 'm06', exerciseId: 'm06-pitch', step }) as const;

function Probe() {
  const route = useRoute();
  return (
    <>
      <p data-testid="shown">{href(route)}</p>
      <button type="button" onClick={() => navigate(question('question-why'), { replace: true })}>
        next
      </button>
    </>
  );
}

afterEach(() => window.location.replace('#'));

it('shows the new screen in the same tap, before the browser says the address changed', () => {
  window.location.replace(href(question('question-what')));
  render(<Probe />);
  let hashChanges = 0;
  window.addEventListener('hashchange', () => (hashChanges += 1), { once: true });
  fireEvent.click(screen.getByRole('button', { name: 'next' }));
  expect(hashChanges).toBe(0);
  expect(screen.getByTestId('shown').textContent).toBe(href(question('question-why')));
});
