import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { AppScreen } from '../parts/AppScreen';
import type { Route } from '../router';
import { lazyScreen } from '../lazyScreen';

// The PIN dialog and its hashing load when someone first asks to unlock, not with the first screen.
const UnlockDialog = lazyScreen(() => import('./UnlockDialog').then((m) => m.UnlockDialog));

/** A support person's screen opened in participant mode: say so, and offer the PIN. */
export function LockedScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  const [isDialogOpen, setDialogOpen] = useState(false);
  return (
    <AppScreen route={route} title={t('lock.lockedTitle')} helpKey="locked">
      <Notice pictogram="support-mode" text={t('lock.lockedText')}>
        <BigButton variant="primary" pictogram="unlocked" label={t('lock.openSupport')} onClick={() => setDialogOpen(true)} />
      </Notice>
      {isDialogOpen ? <UnlockDialog onClose={() => setDialogOpen(false)} /> : null}
    </AppScreen>
  );
}
