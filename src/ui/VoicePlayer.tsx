import { useRef, useState } from 'preact/hooks';
import { BigButton } from './BigButton';
import { useMediaUrl } from './useMediaUrl';

interface Props {
  readonly mediaId: string;
  readonly playLabel: string;
  readonly stopLabel: string;
}

/** Plays a voice note with one big button. */
export function VoicePlayer({ mediaId, playLabel, stopLabel }: Props) {
  const url = useMediaUrl(mediaId);
  const audio = useRef<HTMLAudioElement>(null);
  const [isPlaying, setPlaying] = useState(false);
  return (
    <span class="voice-player" data-media={mediaId}>
      {/* A voice note the group recorded itself: there are no captions to give. */}
      {/* oxlint-disable-next-line jsx-a11y/media-has-caption */}
      {url ? <audio ref={audio} src={url} preload="auto" onEnded={() => setPlaying(false)} onPause={() => setPlaying(false)} /> : null}
      <BigButton
        pictogram={isPlaying ? 'stop' : 'play'}
        label={isPlaying ? stopLabel : playLabel}
        disabled={!url}
        onClick={() => {
          const el = audio.current;
          if (!el) return;
          if (isPlaying) {
            el.pause();
            el.currentTime = 0;
          } else {
            el.currentTime = 0;
            void el.play().then(() => setPlaying(true), () => setPlaying(false));
          }
        }}
      />
    </span>
  );
}
