// "Porukka works without the internet now" is news, not a warning: it waits while the group is on a
// screen where participants tap choices (an exercise, a board, the slideshow), so it never comes up
// over an open turn, and shows as soon as they have left it.
import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/app/parts/Notices';
import type { Route } from '../../src/app/router';
import { appUpdateStore, dismissOfflineReady } from '../../src/state/appUpdateStore';

const news = 'Porukka toimii nyt myös ilman internetiä.';
const exercise: Route = { name: 'exercise', groupId: 'g1', meetingId: 'm08', exerciseId: 'm08-skills', step: null };
const meeting: Route = { name: 'meeting', groupId: 'g1', meetingId: 'm08' };

afterEach(() => dismissOfflineReady());

describe('the "works offline now" notice', () => {
  it('waits while an exercise is open and shows when the group has left it', () => {
    const { rerender } = render(<Notices route={exercise} />);
    act(() => appUpdateStore.setState({ offlineReady: true }));
    expect(screen.queryByText(news)).toBeNull();
    rerender(<Notices route={{ name: 'slideshow', groupId: 'g1' }} />);
    expect(screen.queryByText(news)).toBeNull();
    rerender(<Notices route={meeting} />);
    expect(screen.getByText(news)).toBeTruthy();
  });

  it('shows at once on a screen without choices, such as the start screen', () => {
    render(<Notices route={{ name: 'start' }} />);
    act(() => appUpdateStore.setState({ offlineReady: true }));
    expect(screen.getByRole('status').textContent).toContain(news);
  });
});
