import { useContext } from 'preact/hooks';
import { Pictogram } from './Pictogram';
import { SpeechContext } from './speechPort';

interface Props {
  /** The visible word under the speaker, e.g. "Kuuntele". */
  readonly label: string;
  /** What to read: the closest element matching this selector around the button, or the button's parent. */
  readonly scope?: string;
}

/** Reads the card or block it sits in aloud. One look everywhere (controls.css): white, round, a thick border, the speaker over its word. */
export function SpeakButton({ label, scope }: Props) {
  const speech = useContext(SpeechContext);
  return (
    <button
      type="button"
      class="speak-button"
      data-scope={scope}
      onClick={(event) => {
        const button = event.currentTarget;
        const root = (scope ? button.closest(scope) : null) ?? button.parentElement;
        if (root) speech.readAloud(root);
      }}
    >
      <Pictogram id="read-aloud" size={40} />
      <span class="speak-button__label">{label}</span>
    </button>
  );
}
