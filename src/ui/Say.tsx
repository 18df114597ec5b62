import { useContext, useId } from 'preact/hooks';
import { splitSentences } from '../domain/sentences';
import { SpeechContext } from './speechPort';

interface Props {
  readonly text: string;
  readonly class?: string;
}

/**
 * Text that can be read aloud: each sentence is its own span, highlighted while it is read.
 * "Read aloud" buttons read exactly these spans, so speech says what the screen shows.
 */
export function Say({ text, class: className }: Props) {
  const id = useId();
  const sentences = splitSentences(text);
  return (
    <span class={className}>
      {sentences.map((sentence, i) => (
        <>
          {i > 0 ? ' ' : null}
          <Sentence key={i} id={`${id}-${i}`} text={sentence} />
        </>
      ))}
    </span>
  );
}

function Sentence({ id, text }: { id: string; text: string }) {
  const isReading = useContext(SpeechContext).currentSentence === id;
  return (
    <span data-sentence={id} class={isReading ? 'sentence is-reading' : 'sentence'}>
      {text}
    </span>
  );
}
