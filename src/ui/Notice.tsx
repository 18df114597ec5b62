import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';

interface Props {
  readonly pictogram: PictogramId;
  readonly text: string;
  readonly tone?: 'info' | 'success' | 'warning';
  /**
   * The tablet is working on what the person just asked for and cannot tell how far it is (a protected
   * file's key): a moving bar under the words, and the notice is brought into view (on a phone at the
   * largest text it would otherwise start below the screen's edge, and nothing would seem to happen).
   */
  readonly working?: boolean;
  /** Buttons (undo, update, close). Notices never disappear on a timer. */
  readonly children?: ComponentChildren;
}

/** A quiet message bar with a picture. */
export function Notice({ pictogram, text, tone = 'info', working = false, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (working) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [working]);
  return (
    <div class={`notice notice--${tone}`} role="status" ref={box}>
      <div class="notice__message">
        <Pictogram id={pictogram} size={48} />
        <Say class="notice__text" text={text} />
      </div>
      {children ? <div class="notice__actions">{children}</div> : null}
      {working ? (
        <span class="notice__working" aria-hidden="true">
          <span />
        </span>
      ) : null}
    </div>
  );
}
