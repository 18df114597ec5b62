import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { stopSpeaking } from '../../services/speech/speech';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { SlideFace } from './SlideFace';
import type { Slide } from './slides';
import { useSlideSound } from './useSlideSound';

interface Props {
  readonly slides: readonly Slide[];
  /** Where "Lopeta esitys" and Escape go: the screen the slideshow was opened from. */
  readonly exitHref: string;
}

/** How far a finger must move sideways to count as a swipe, and how little to count as a tap (CSS px). */
const swipeDistance = 60;
const tapSlop = 12;

/**
 * The slides one at a time, as big as the screen allows: a tap on the right half or a swipe to the
 * left goes on, the left half or a swipe to the right goes back; arrow keys, space and Page Up/Down
 * too; Escape leaves. Each slide is read aloud (or its voice note played) when it is shown.
 */
export function Slideshow({ slides, exitHref }: Props) {
  const { t } = useT();
  const [index, setIndex] = useState(0);
  // The first slide is simply there; later ones come in from the side they were asked from.
  const [direction, setDirection] = useState<'first' | 'forward' | 'back'>('first');
  const [isFull, setFull] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLElement>(null);
  const pressRef = useRef<{ id: number; x: number; y: number } | null>(null);
  const count = slides.length;
  const slide = slides[Math.min(index, count - 1)];
  const canFull = document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';

  const go = (step: 1 | -1) => {
    setDirection(step > 0 ? 'forward' : 'back');
    setIndex((n) => Math.max(0, Math.min(count - 1, n + step)));
  };
  const exit = () => {
    stopSpeaking();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    window.location.hash = exitHref;
  };
  const replay = useSlideSound(slide, index, slideRef);

  // Listened to once, for the whole time the slideshow is open; the handlers always see the latest slide.
  const keysRef = useRef({ go, exit });
  useLayoutEffect(() => {
    keysRef.current = { go, exit };
  });
  // Before the first paint, so a key pressed as soon as the slide shows is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // Space and Enter on a focused button press that button, as everywhere else.
      const onControl = Boolean(target?.closest('button, a, input, textarea, select, dialog'));
      const keys = keysRef.current;
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !onControl)) keys.go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') keys.go(-1);
      else if (event.key === 'Escape' && !document.querySelector('dialog[open]')) keys.exit();
      else return;
      event.preventDefault();
    };
    const onFullChange = () => setFull(document.fullscreenElement !== null && document.fullscreenElement === box.current);
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullChange);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullChange);
    };
  }, []);

  const onPointerDown = (event: PointerEvent) => {
    if (!event.isPrimary || event.button > 0) return;
    pressRef.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const from = pressRef.current;
    pressRef.current = null;
    if (!from || from.id !== event.pointerId) return;
    // A support person choosing words to record taps the slide's words: that tap records, it does not step.
    if (document.documentElement.hasAttribute('data-choosing-recording')) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (Math.abs(dx) >= swipeDistance && Math.abs(dx) > Math.abs(dy)) {
      go(dx < 0 ? 1 : -1);
      return;
    }
    if (Math.abs(dx) > tapSlop || Math.abs(dy) > tapSlop) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    go(event.clientX < rect.left + rect.width / 2 ? -1 : 1);
  };

  return (
    <div ref={box} class={isFull ? 'slideshow is-full' : 'slideshow'}>
      {/* The slide itself is the tap area; keyboard and screen-reader users have the buttons and the arrow keys. */}
      <div
        class="slideshow__stage"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          pressRef.current = null;
        }}
      >
        {slide ? (
          <section
            key={index}
            ref={slideRef}
            class={`slide slide--${slide.kind} slide--${direction}`}
            aria-label={t('slideshow.counter', { n: index + 1, count })}
            data-card
          >
            <SlideFace slide={slide} />
          </section>
        ) : null}
        <span class="slideshow__half slideshow__half--back" aria-hidden="true">
          {index > 0 ? <Pictogram id="previous" size={48} /> : null}
        </span>
        <span class="slideshow__half slideshow__half--next" aria-hidden="true">
          {index < count - 1 ? <Pictogram id="next" size={48} /> : null}
        </span>
      </div>
      <nav class="slideshow__controls" aria-label={t('slideshow.controls')}>
        <BigButton pictogram="previous" label={t('slideshow.previous')} onClick={() => go(-1)} disabled={index === 0} />
        <p class="slideshow__counter">
          <span aria-hidden="true">
            {index + 1} / {count}
          </span>
          <span class="visually-hidden">{t('slideshow.counter', { n: index + 1, count })}</span>
        </p>
        <BigButton variant="primary" pictogram="next" label={t('slideshow.next')} onClick={() => go(1)} disabled={index === count - 1} />
        <BigButton pictogram="read-aloud" label={t('slideshow.again')} onClick={replay} />
        {canFull || isFull ? (
          <BigButton
            pictogram="fullscreen"
            label={t('slideshow.fullScreen')}
            pressed={isFull}
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
              else void box.current?.requestFullscreen().catch(() => undefined);
            }}
          />
        ) : null}
        <BigButton pictogram="stop" label={t('slideshow.stop')} onClick={exit} />
      </nav>
    </div>
  );
}
