// A slide's sound: its voice note (the group's own voice) or else its words read aloud, once, as soon
// as the slide is shown; "Kuuntele uudelleen" plays it again.
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { stopSpeaking } from '../../services/speech/speech';
import { MediaContext } from '../../ui/mediaPort';
import { SpeechContext } from '../../ui/speechPort';
import type { Slide } from './slides';

/** The file of a voice note as a URL, with the id it belongs to (so a slide never plays the one before's). */
function useVoiceUrl(voiceId: string | null): { readonly id: string; readonly url: string } | null {
  const media = useContext(MediaContext);
  const [voice, setVoice] = useState<{ readonly id: string; readonly url: string } | null>(null);
  useEffect(() => {
    if (!media || !voiceId) return undefined;
    let url: string | null = null;
    let isCurrent = true;
    void media.loadBlob(voiceId).then((blob) => {
      if (!blob || !isCurrent) return;
      url = URL.createObjectURL(blob);
      setVoice({ id: voiceId, url });
    });
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [media, voiceId]);
  return voice && voice.id === voiceId ? voice : null;
}

/** A slide's voice note (the group's own voice) or else its words, once, as soon as it is shown. */
export function useSlideSound(slide: Slide | undefined, index: number, root: { readonly current: HTMLElement | null }) {
  const speech = useContext(SpeechContext);
  const voiceId = slide && (slide.kind === 'part' || slide.kind === 'goal') ? slide.voiceId : null;
  const voice = useVoiceUrl(voiceId);
  const audio = useRef<HTMLAudioElement | null>(null);
  const played = useRef<string | null>(null);
  const stopVoice = () => {
    audio.current?.pause();
    audio.current = null;
  };
  const play = () => {
    stopVoice();
    if (voiceId) {
      stopSpeaking();
      if (!voice) return;
      const element = new Audio(voice.url);
      audio.current = element;
      element.play().catch(() => undefined);
    } else if (root.current) {
      speech.readAloud(root.current);
    }
  };
  // Nothing runs on a timer: the audience goes on at its own pace.
  useLayoutEffect(() => {
    const key = voiceId ? `${index}:${voice?.url ?? ''}` : String(index);
    if (played.current === key) return;
    played.current = key;
    play();
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [index, voice]);
  useEffect(() => stopVoice, []);
  return play;
}
