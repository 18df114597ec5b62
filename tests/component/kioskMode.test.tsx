// The app's side of kiosk mode: the address stays on the survey, a reload stays in it, and only the
// support person's PIN lets it go.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../src/app/hooks/useRoute';
import { kioskSessionKey } from '../../src/app/kiosk/kioskSession';
import { useKioskMode } from '../../src/app/kiosk/useKioskMode';
import { AppScreen } from '../../src/app/parts/AppScreen';
import { href, parseRoute } from '../../src/app/router';
import { hashPin } from '../../src/services/pin';
import { enterSupportMode, lockSupportMode, modeStore } from '../../src/state/modeStore';
import { savePinHash } from '../../src/storage/repositories/pin';
import { KioskContext, noKiosk } from '../../src/ui/kioskPort';

const survey = '#/g/g1/m/m09/e/m09-feedback';
const step = `${survey}/kiosk-1-${'a'.repeat(32)}`;
const unlocked: boolean[] = [];

function Probe() {
  const kiosk = useKioskMode(useRoute());
  const { port } = kiosk;
  return (
    <KioskContext.Provider value={port}>
      <p data-testid="shown">{href(kiosk.shown)}</p>
      <p data-testid="on">{port.isOn ? 'on' : 'off'}</p>
      <button type="button" onClick={port.enter}>
        enter
      </button>
      <button
        type="button"
        onClick={() =>
          void port.unlock().then((isUnlocked) => {
            unlocked.push(isUnlocked);
            if (isUnlocked) port.leave();
          })
        }
      >
        stop
      </button>
      {kiosk.dialog}
    </KioskContext.Provider>
  );
}

const shown = () => screen.getByTestId('shown').textContent;
const go = (address: string) => {
  window.location.hash = address;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

beforeEach(() => {
  sessionStorage.clear();
  unlocked.length = 0;
  window.location.hash = survey;
});
afterEach(() => lockSupportMode());

describe('kiosk mode in the app', () => {
  it('locks support-person mode, follows the survey’s steps and sends every other address back', async () => {
    enterSupportMode();
    render(<Probe />);
    fireEvent.click(screen.getByRole('button', { name: 'enter' }));
    await screen.findByText('on');
    expect(modeStore.getState().isSupport).toBe(false);
    expect(sessionStorage.getItem(kioskSessionKey)).toBe(survey);
    go(step);
    await waitFor(() => expect(sessionStorage.getItem(kioskSessionKey)).toBe(step));
    go('#/g/g1');
    await waitFor(() => expect(shown()).toBe(step));
    await waitFor(() => expect(window.location.hash).toBe(step));
  });

  it('stays in the kiosk after a reload, wherever the address points', async () => {
    sessionStorage.setItem(kioskSessionKey, step);
    window.location.hash = '#/settings';
    render(<Probe />);
    expect(screen.getByText('on')).toBeTruthy();
    expect(shown()).toBe(step);
    await waitFor(() => expect(window.location.hash).toBe(step));
  });

  it('opens the PIN dialog to stop; cancelling keeps the kiosk, the right PIN ends it', async () => {
    await savePinHash(await hashPin('2468', 1000));
    render(<Probe />);
    fireEvent.click(screen.getByRole('button', { name: 'enter' }));
    await screen.findByText('on');
    fireEvent.click(screen.getByRole('button', { name: 'stop' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Peru' }));
    await waitFor(() => expect(unlocked).toEqual([false]));
    expect(screen.getByText('on')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'stop' }));
    fireEvent.input(await screen.findByLabelText('PIN-koodi'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avaa' }));
    await waitFor(() => expect(unlocked).toEqual([false, true]));
    await screen.findByText('off');
    expect(sessionStorage.getItem(kioskSessionKey)).toBeNull();
  });

  it('leaves only "read aloud" in the top bar while the kiosk is on', () => {
    const route = parseRoute(step);
    const { unmount } = render(
      <AppScreen route={route} title="Palautekysely">
        <p>survey</p>
      </AppScreen>,
    );
    expect(screen.getByRole('button', { name: 'Apua' })).toBeTruthy();
    unmount();
    render(
      <KioskContext.Provider value={{ ...noKiosk, isOn: true }}>
        <AppScreen route={route} title="Palautekysely">
          <p>survey</p>
        </AppScreen>
      </KioskContext.Provider>,
    );
    expect(screen.getByRole('button', { name: 'Kuuntele' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apua' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tukihenkilölle' })).toBeNull();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
