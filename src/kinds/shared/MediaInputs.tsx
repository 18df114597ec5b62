// Photo and voice-note controls with their words, for any kind whose cards can carry them.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import type { MediaProblem } from '../../ui/mediaPort';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { PhotoButton } from '../../ui/PhotoButton';
import { VoicePlayer } from '../../ui/VoicePlayer';
import { VoiceRecorder } from '../../ui/VoiceRecorder';

const problemKey = {
  notAnImage: 'media.problems.notAnImage',
  noMicrophone: 'media.problems.noMicrophone',
  saveFailed: 'media.problems.saveFailed',
} as const satisfies Record<MediaProblem, string>;

function ProblemNotice({ problem, onClose }: { readonly problem: MediaProblem; readonly onClose: () => void }) {
  const { t } = useT();
  return (
    <Notice pictogram={problem === 'noMicrophone' ? 'no-voice' : 'photo'} tone="warning" text={t(problemKey[problem])}>
      <BigButton variant="quiet" pictogram="close" label={t('actions.close')} onClick={onClose} />
    </Notice>
  );
}

/** A photo or voice control with its own plain-words message when something goes wrong. */
function WithProblem({ control }: { readonly control: (onProblem: (problem: MediaProblem | null) => void) => ComponentChildren }) {
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  return (
    <div class="stack">
      {control(setProblem)}
      {problem ? <ProblemNotice problem={problem} onClose={() => setProblem(null)} /> : null}
    </div>
  );
}

export function PhotoInput({ hasPhoto, onSaved }: { readonly hasPhoto: boolean; readonly onSaved: (mediaId: string) => void }) {
  const { t } = useT();
  return (
    <WithProblem
      control={(onProblem) => (
        <PhotoButton
          label={t(hasPhoto ? 'media.changePhoto' : 'media.takePhoto')}
          onSaved={(id) => {
            onProblem(null);
            onSaved(id);
          }}
          onProblem={onProblem}
        />
      )}
    />
  );
}

export function VoiceInput({ hasVoice, onSaved }: { readonly hasVoice: boolean; readonly onSaved: (mediaId: string) => void }) {
  const { t } = useT();
  return (
    <WithProblem
      control={(onProblem) => (
        <VoiceRecorder
          recordLabel={t(hasVoice ? 'media.recordAgain' : 'media.record')}
          stopLabel={t('media.stopRecording')}
          onSaved={(id) => {
            onProblem(null);
            onSaved(id);
          }}
          onProblem={onProblem}
        />
      )}
    />
  );
}

export function VoicePlay({ mediaId }: { readonly mediaId: string }) {
  const { t } = useT();
  return <VoicePlayer mediaId={mediaId} playLabel={t('media.play')} stopLabel={t('media.stopPlaying')} />;
}
