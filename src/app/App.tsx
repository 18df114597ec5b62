import { useMemo } from 'preact/hooks';
import { readAloud } from '../services/speech/speech';
import { speechStore } from '../state/speechStore';
import { useStore } from '../state/useStore';
import { SpeechContext, type SpeechPort } from '../ui/speechPort';
import { useRoute } from './hooks/useRoute';
import { ScreenForRoute } from './ScreenForRoute';

const useIsReading = (sentenceId: string): boolean => useStore(speechStore, (s) => s.currentSentence === sentenceId);

/** The app: the speech service for the picture-card kit, and the screen for the current address. */
export function App() {
  const route = useRoute();
  const speech = useMemo<SpeechPort>(() => ({ readAloud, useIsReading }), []);
  return (
    <SpeechContext.Provider value={speech}>
      <ScreenForRoute route={route} />
    </SpeechContext.Provider>
  );
}
