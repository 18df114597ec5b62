import { useT } from '../../i18n/useT';
import { useStore } from '../../state/useStore';
import { Pictogram } from '../../ui/Pictogram';
import { ownVoiceStore, setChoosing } from '../../state/ownVoiceStore';

/** The top bar's "Omat äänet" in support-person mode: choose a card to record (tap again to stop). */
export function OwnVoiceButton() {
  const { t } = useT();
  const isChoosing = useStore(ownVoiceStore, (s) => s.isChoosing);
  return (
    <button
      type="button"
      class="top-bar__button top-bar__button--support"
      aria-pressed={isChoosing}
      onClick={() => setChoosing(!isChoosing)}
    >
      <Pictogram id="record" size={36} />
      <span>{t('ownVoice.button')}</span>
    </button>
  );
}
