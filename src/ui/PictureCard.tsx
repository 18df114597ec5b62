import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';
import { SpeakButton } from './SpeakButton';
import { SpeechContext } from './speechPort';

interface Props {
  readonly pictogram: PictogramId;
  readonly text: string;
  readonly speakLabel: string;
  readonly size?: 'large' | 'medium';
  readonly class?: string;
  readonly children?: ComponentChildren;
}

/** A big picture with its text. Tapping the card (or its speaker) reads it aloud. */
export function PictureCard({ pictogram, text, speakLabel, size = 'medium', children, class: className }: Props) {
  const speech = useContext(SpeechContext);
  return (
    // Tapping anywhere on the card reads it (for pointer users); keyboard users have its speaker button.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      class={`picture-card picture-card--${size}${className ? ` ${className}` : ''}`}
      data-card
      onClick={(event) => {
        const target = event.target as Element;
        if (target.closest('button, a, input, label, select, textarea')) return;
        speech.readAloud(event.currentTarget);
      }}
    >
      <Pictogram id={pictogram} size={size === 'large' ? 128 : 72} />
      <div class="picture-card__body">
        <Say class="picture-card__text" text={text} />
        {children}
      </div>
      <SpeakButton label={speakLabel} scope="[data-card]" />
    </div>
  );
}
