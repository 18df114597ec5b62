import type { ComponentChildren, Ref } from 'preact';
import { useContext } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';
import { SpeechContext } from './speechPort';

interface Props {
  readonly pictogram: PictogramId;
  readonly label: string;
  readonly onClick?: () => void;
  /** Navigates like a link instead. */
  readonly href?: string;
  /** A toggle (aria-pressed). */
  readonly pressed?: boolean;
  readonly variant?: 'primary' | 'secondary' | 'quiet';
  readonly layout?: 'row' | 'tile';
  readonly disabled?: boolean;
  readonly type?: 'button' | 'submit';
  readonly children?: ComponentChildren;
  readonly class?: string;
  /** The button element (Preact passes a function component its ref as a prop). */
  readonly ref?: Ref<HTMLButtonElement>;
}

/** The one button of the app: a pictogram and a word, at least 64 px; a tap also says its word. */
export function BigButton(props: Props) {
  const { pictogram, label, onClick, href, pressed, variant = 'secondary', layout = 'row', disabled, children, ref } = props;
  const speech = useContext(SpeechContext);
  const className = `big-button big-button--${variant} big-button--${layout}${props.class ? ` ${props.class}` : ''}`;
  const content = (
    <>
      <Pictogram id={pictogram} size={layout === 'tile' ? 64 : 40} />
      <Say class="big-button__label" text={label} />
      {children}
    </>
  );
  if (href !== undefined) {
    return (
      <a class={className} href={href} onClick={(event) => speech.sayTapped(event.currentTarget)}>
        {content}
      </a>
    );
  }
  return (
    <button
      ref={ref ?? null}
      class={className}
      type={props.type ?? 'button'}
      onClick={(event) => {
        speech.sayTapped(event.currentTarget);
        onClick?.();
      }}
      disabled={disabled}
      {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
    >
      {content}
    </button>
  );
}
