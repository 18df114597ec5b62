import type { ComponentChildren } from 'preact';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';

interface Props {
  readonly pictogram: PictogramId;
  readonly text: string;
  readonly tone?: 'info' | 'success' | 'warning';
  /** Buttons (undo, update, close). Notices never disappear on a timer. */
  readonly children?: ComponentChildren;
}

/** A quiet message bar with a picture. */
export function Notice({ pictogram, text, tone = 'info', children }: Props) {
  return (
    <div class={`notice notice--${tone}`} role="status">
      <div class="notice__message">
        <Pictogram id={pictogram} size={48} />
        <Say class="notice__text" text={text} />
      </div>
      {children ? <div class="notice__actions">{children}</div> : null}
    </div>
  );
}
