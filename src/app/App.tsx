import { useEffect, useMemo } from 'preact/hooks';
import { readAloud, sayAgain } from '../services/speech/speech';
import { modeStore } from '../state/modeStore';
import { settingsStore } from '../state/settingsStore';
import { speechStore } from '../state/speechStore';
import { useStore } from '../state/useStore';
import { KioskContext } from '../ui/kioskPort';
import { SupportModeContext } from '../ui/modePort';
import { HighContrastContext, SpeechContext, type SpeechPort } from '../ui/speechPort';
import { useRoute } from './hooks/useRoute';
import { useKioskMode } from './kiosk/useKioskMode';
import { ScreenForRoute } from './ScreenForRoute';

// Read at the moment of the tap, so a changed setting or mode counts at once without a new render.
function sayTapped(root: Element): void {
  if (!modeStore.getState().isSupport && settingsStore.getState().speakOnTap) sayAgain(root);
}

function sayTurn(root: Element): void {
  if (settingsStore.getState().speakTurns) sayAgain(root);
}

/** The app: speech, mode, kiosk and look for the picture-card kit, and the screen for the current address. */
export function App() {
  const route = useRoute();
  const kiosk = useKioskMode(route);
  const currentSentence = useStore(speechStore, (s) => s.currentSentence);
  const isSpeaking = useStore(speechStore, (s) => s.isSpeaking);
  const isSupport = useStore(modeStore, (s) => s.isSupport);
  const isHighContrast = useStore(settingsStore, (s) => s.highContrast);
  const textSize = useStore(settingsStore, (s) => s.textSize);
  const isMotionReduced = useStore(settingsStore, (s) => s.reducedMotion);
  const speech = useMemo<SpeechPort>(() => ({ readAloud, sayTapped, sayTurn, currentSentence, isSpeaking }), [currentSentence, isSpeaking]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['textSize'] = textSize;
    root.toggleAttribute('data-reduced-motion', isMotionReduced);
    root.toggleAttribute('data-high-contrast', isHighContrast);
  }, [textSize, isMotionReduced, isHighContrast]);
  return (
    <SpeechContext.Provider value={speech}>
      <SupportModeContext.Provider value={isSupport}>
        <HighContrastContext.Provider value={isHighContrast}>
          <KioskContext.Provider value={kiosk.port}>
            <ScreenForRoute route={kiosk.shown} />
            {kiosk.dialog}
          </KioskContext.Provider>
        </HighContrastContext.Provider>
      </SupportModeContext.Provider>
    </SpeechContext.Provider>
  );
}
