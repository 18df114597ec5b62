// The workbook's name of an exercise (issue 13): support persons see it small under the app's own
// title, on the exercise's screen and on its card on the meeting page; participants never do.
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ExerciseGrid } from '../../src/app/parts/ExerciseGrid';
import { ExerciseScreen } from '../../src/app/screens/ExerciseScreen';
import { findMeeting } from '../../src/content/lookup';
import { meetings } from '../../src/content/meetings';
import { workbookNames } from '../../src/content/workbookNames';
import { useDatabase } from '../../src/storage/db';
import { SupportModeContext } from '../../src/ui/modePort';

const route = { name: 'exercise', groupId: 'g1', meetingId: 'm03', exerciseId: 'm03-city-lift', step: null } as const;

describe("the workbook's name for support persons", () => {
  it('is not shown to participants on the exercise screen', async () => {
    useDatabase('workbook-name-participant');
    render(<ExerciseScreen route={route} />);
    await screen.findByRole('heading', { level: 1, name: 'Kävelemme ja kysymme' });
    await waitFor(() => expect(document.querySelector('.loading')).toBeNull());
    expect(screen.queryByText(/Työkirjassa/)).toBeNull();
    expect(document.body.textContent).not.toContain('Kaupunkiliftaus');
  });

  it('is shown small under the title in support-person mode', async () => {
    useDatabase('workbook-name-support');
    render(
      <SupportModeContext.Provider value>
        <ExerciseScreen route={route} />
      </SupportModeContext.Provider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Kävelemme ja kysymme' });
    const name = await screen.findByText('Työkirjassa: Kaupunkiliftaus');
    expect(name.closest('.workbook-name')).toBeTruthy();
  });

  it("is on the exercise's card on the meeting page only in support-person mode, and only where the names differ", () => {
    const m04 = findMeeting('m04')!;
    const grid = <ExerciseGrid groupId="g1" meetingId="m04" exercises={m04.exercises} entries={[]} />;
    const { unmount } = render(grid);
    expect(screen.getByRole('link', { name: /Keksimme ideoita/ })).toBeTruthy();
    expect(screen.queryByText(/Työkirjassa/)).toBeNull();
    unmount();
    render(<SupportModeContext.Provider value>{grid}</SupportModeContext.Provider>);
    const card = screen.getByRole('link', { name: /Keksimme ideoita/ });
    expect(card.textContent).toContain('Työkirjassa: Ideariihi');
    // The check-in is called the same in the app and the workbook: no second name.
    expect(screen.getAllByText(/Työkirjassa/)).toHaveLength(1);
  });

  it('names only exercises that exist, and each carries its name', () => {
    const all = meetings.flatMap((m) => m.exercises);
    for (const [id, name] of Object.entries(workbookNames)) {
      expect(all.find((e) => e.id === id)?.workbookName, id).toBe(name);
    }
    expect(all.filter((e) => e.workbookName)).toHaveLength(Object.keys(workbookNames).length);
  });
});
