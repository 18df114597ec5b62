import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';

interface Props {
  readonly title: string;
  readonly pictogram: PictogramId;
  readonly class?: string;
  readonly children: ComponentChildren;
}

/** A part of a screen with a picture heading (a landmark that screen readers can jump to). */
export function Section({ title, pictogram, class: className, children }: Props) {
  const id = useId();
  return (
    <section class={className ? `stack ${className}` : 'stack'} aria-labelledby={id}>
      <h2 id={id} class="section-title">
        <Pictogram id={pictogram} size={40} />
        <Say text={title} />
      </h2>
      {children}
    </section>
  );
}
