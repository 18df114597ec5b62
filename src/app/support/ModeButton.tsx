import { useMemo, useState } from 'preact/hooks';
import { longPressMs } from '../../domain/lock';
import { useT } from '../../i18n/useT';
import { lock, unlockByLongPress } from '../../services/supportMode';
import { modeStore } from '../../state/modeStore';
import { settingsStore } from '../../state/settingsStore';
import { useStore } from '../../state/useStore';
import { createLongPress } from '../../ui/longPress';
import { Pictogram } from '../../ui/Pictogram';
import { lazyScreen } from '../lazyScreen';

// The PIN dialog and its hashing load when someone first asks to unlock, not with the first screen.
const UnlockDialog = lazyScreen(() => import('./UnlockDialog').then((m) => m.UnlockDialog));

/**
 * The top bar's fourth place: "For support persons" opens support-person mode (PIN, or holding the
 * button down when a support person has turned that on); in support-person mode it locks at once.
 */
export function ModeButton() {
  const { t } = useT();
  const isSupport = useStore(modeStore, (s) => s.isSupport);
  const isLongPressOn = useStore(settingsStore, (s) => s.longPressUnlock);
  const [isDialogOpen, setDialogOpen] = useState(false);
  const press = useMemo(() => createLongPress(longPressMs, unlockByLongPress), []);

  if (isSupport) {
    return (
      <button key="lock" type="button" class="top-bar__button top-bar__button--support" onClick={lock}>
        <Pictogram id="lock" size={36} />
        <span>{t('lock.lockNow')}</span>
      </button>
    );
  }
  return (
    <>
      <button
        key="open"
        type="button"
        class="top-bar__button"
        aria-haspopup="dialog"
        onPointerDown={() => isLongPressOn && press.start()}
        onPointerUp={press.cancel}
        onPointerLeave={press.cancel}
        onPointerCancel={press.cancel}
        onContextMenu={(event) => isLongPressOn && event.preventDefault()}
        onClick={() => !press.endedLongPress() && setDialogOpen(true)}
      >
        <Pictogram id="support-mode" size={36} />
        <span>{t('lock.forSupport')}</span>
      </button>
      {isDialogOpen ? <UnlockDialog onClose={() => setDialogOpen(false)} /> : null}
    </>
  );
}
