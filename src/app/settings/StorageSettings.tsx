import { useT } from '../../i18n/useT';
import { persistenceState, storageUse } from '../../services/persistence';
import { Notice } from '../../ui/Notice';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';

/** How much the tablet holds, and whether the browser has promised to keep it. */
export function StorageSettings() {
  const { t, language } = useT();
  const persisted = useLive(persistenceState, []);
  const use = useLive(storageUse, []);
  const megabytes = (bytes: number) => String(Math.max(0.1, Math.round(bytes / 1e5) / 10)).replace('.', language === 'en' ? '.' : ',');
  return (
    <Section title={t('settings.storage')} pictogram="storage">
      {persisted === undefined ? null : persisted === 'granted' ? (
        <Notice pictogram="done" tone="success" text={t('settings.persisted')} />
      ) : (
        <Notice pictogram="storage" tone="warning" text={t('settings.notPersisted')} />
      )}
      {use ? (
        <p>
          <Say text={t('settings.used', { used: megabytes(use.usedBytes), quota: megabytes(use.quotaBytes) })} />
        </p>
      ) : null}
    </Section>
  );
}
