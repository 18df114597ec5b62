import { useContext, useState } from 'preact/hooks';
import { MediaContext, type MediaProblem } from './mediaPort';
import { Pictogram } from './Pictogram';
import { Say } from './Say';

interface Props {
  readonly label: string;
  readonly onSaved: (mediaId: string) => void;
  readonly onProblem: (problem: MediaProblem) => void;
  /** Open the camera at once where the tablet can ('user' = the front camera), instead of offering both. */
  readonly capture?: 'user' | 'environment';
}

/**
 * Take a photo with the tablet's camera or pick a file (the tablet offers both). A big button
 * that is really a file input, so it works the same with touch, keyboard and switch.
 */
export function PhotoButton({ label, onSaved, onProblem, capture }: Props) {
  const media = useContext(MediaContext);
  const [isSaving, setSaving] = useState(false);
  return (
    <label class={`big-button big-button--secondary big-button--row photo-button${isSaving ? ' is-busy' : ''}`}>
      <input
        type="file"
        accept="image/*"
        {...(capture ? { capture } : {})}
        class="visually-hidden"
        disabled={!media || isSaving}
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file || !media) return;
          setSaving(true);
          const saved = await media.savePhoto(file);
          setSaving(false);
          if (saved.ok) onSaved(saved.id);
          else onProblem(saved.problem);
        }}
      />
      <Pictogram id="photo" size={40} />
      <Say class="big-button__label" text={label} />
    </label>
  );
}
