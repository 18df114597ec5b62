import { useContext, useEffect, useState } from 'preact/hooks';
import { MediaContext, type ActiveRecording, type MediaProblem } from './mediaPort';
import { BigButton } from './BigButton';

interface Props {
  readonly recordLabel: string;
  readonly stopLabel: string;
  readonly onSaved: (mediaId: string) => void;
  readonly onProblem: (problem: MediaProblem) => void;
}

type State =
  | { readonly phase: 'idle' | 'starting' | 'saving' }
  | { readonly phase: 'recording'; readonly recording: ActiveRecording };

/** One big button: record, then stop. The recording is saved when it stops; there is no time limit. */
export function VoiceRecorder({ recordLabel, stopLabel, onSaved, onProblem }: Props) {
  const media = useContext(MediaContext);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const active = state.phase === 'recording' ? state.recording : null;
  // Leaving the screen while recording throws the recording away and frees the microphone.
  useEffect(() => () => active?.cancel(), [active]);

  const start = async () => {
    if (!media) return;
    setState({ phase: 'starting' });
    const started = await media.startRecording();
    if (started.ok) {
      setState({ phase: 'recording', recording: started.recording });
      return;
    }
    setState({ phase: 'idle' });
    onProblem(started.problem);
  };
  const stop = async (recording: ActiveRecording) => {
    const saving = recording.stop();
    setState({ phase: 'saving' });
    const saved = await saving;
    setState({ phase: 'idle' });
    if (saved.ok) onSaved(saved.id);
    else onProblem(saved.problem);
  };

  if (state.phase === 'recording' || state.phase === 'saving') {
    return (
      <BigButton
        variant="primary"
        class="voice-recorder is-recording"
        pictogram="stop"
        label={stopLabel}
        disabled={!active}
        onClick={() => active && void stop(active)}
      >
        <span class="recording-dot" aria-hidden="true" />
      </BigButton>
    );
  }
  return <BigButton class="voice-recorder" pictogram="record" label={recordLabel} onClick={() => void start()} disabled={!media || state.phase === 'starting'} />;
}
