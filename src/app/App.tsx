import { useMemo } from 'preact/hooks';
import { readAloud } from '../services/speech/speech';
import { speechStore } from '../state/speechStore';
import { useStore } from '../state/useStore';
import { SpeechContext, type SpeechPort } from '../ui/speechPort';
import { useRoute } from './hooks/useRoute';
import { ScreenForRoute } from './ScreenForRoute';

/** The app: the speech service for the picture-card kit, and the screen for the current address. */
export function App() {
  const route = useRoute();
  const currentSentence = useStore(speechStore, (s) => s.currentSentence);
  const isSpeaking = useStore(speechStore, (s) => s.isSpeaking);
  const speech = useMemo<SpeechPort>(() => ({ readAloud, currentSentence, isSpeaking }), [currentSentence, isSpeaking]);
  return (
    <SpeechContext.Provider value={speech}>
      <ScreenForRoute route={route} />
    </SpeechContext.Provider>
  );
}
