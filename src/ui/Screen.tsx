import type { ComponentChildren } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';
import { SpeechContext } from './speechPort';

export interface BackLink {
  readonly href: string;
  readonly label: string;
  readonly pictogram: PictogramId;
}

interface Props {
  readonly title: string;
  /** Back (one level up) or home; null on the start screen. */
  readonly back: BackLink | null;
  readonly readAloudLabel: string;
  readonly helpLabel: string;
  /** Opens the help; without it there is no help button (kiosk mode keeps only "read aloud"). */
  readonly onHelp?: (() => void) | undefined;
  readonly brand: string;
  readonly children: ComponentChildren;
  /** Shown under the top bar, above the title (notices). */
  readonly notices?: ComponentChildren;
  /** The mode switch (support-person mode), first of the top bar's buttons on the right. */
  readonly modeControl?: ComponentChildren;
  /** Support-person mode is open: the top bar says so by its colour. */
  readonly isSupportMode?: boolean;
}

/** Every screen: the same three places (back/home, read aloud, help) and one main area. */
export function Screen({ title, back, readAloudLabel, helpLabel, onHelp, brand, children, notices, modeControl, isSupportMode }: Props) {
  const speech = useContext(SpeechContext);
  // Read aloud reads the messages and the main area: everything on screen but the top bar.
  const content = useRef<HTMLDivElement>(null);
  return (
    <div class="screen">
      <header class={isSupportMode ? 'top-bar top-bar--support' : 'top-bar'}>
        {back ? (
          <a class="top-bar__button" href={back.href}>
            <Pictogram id={back.pictogram} size={36} />
            <span>{back.label}</span>
          </a>
        ) : (
          <span class="top-bar__brand">
            <Pictogram id="app" size={40} />
            <span>{brand}</span>
          </span>
        )}
        <div class="top-bar__end">
          {modeControl}
          <button
            type="button"
            class="top-bar__button"
            onClick={() => content.current && speech.readAloud(content.current)}
          >
            <Pictogram id="read-aloud" size={36} />
            <span>{readAloudLabel}</span>
          </button>
          {onHelp ? (
            <button type="button" class="top-bar__button" onClick={onHelp} aria-haspopup="dialog">
              <Pictogram id="help" size={36} />
              <span>{helpLabel}</span>
            </button>
          ) : null}
        </div>
      </header>
      <div ref={content}>
        {notices}
        <main class="screen__main" id="main">
          <h1 class="screen__title">
            <Say text={title} />
          </h1>
          {children}
        </main>
      </div>
    </div>
  );
}
