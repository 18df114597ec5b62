import { useState } from 'preact/hooks';
import { methodCards, practices } from '../../content/library';
import type { PictogramId } from '../../content/pictogramId';
import { useNamespace } from '../../i18n/useNamespace';
import { useT } from '../../i18n/useT';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { TextField } from '../../ui/TextField';
import { matchesQuery } from '../library/search';
import { methodTexts, practiceTexts } from '../library/texts';
import { AppScreen } from '../parts/AppScreen';
import { href, type LibrarySection, type Route } from '../router';

interface Item {
  readonly id: string;
  readonly pictogram: PictogramId;
  readonly title: string;
  readonly summary: string;
}

/** Method cards and the practice library for support persons, searchable, offline. */
export function LibraryScreen({ route }: { readonly route: Route }) {
  const { t, tLibrary } = useT();
  const isReady = useNamespace('library');
  const [query, setQuery] = useState('');
  if (!isReady) return <AppScreen route={route} title={t('library.title')}><Loading /></AppScreen>;
  const methods = methodCards
    .filter((card) => matchesQuery(methodTexts(card, tLibrary), query))
    .map((card) => ({ id: card.id, pictogram: card.pictogram, title: tLibrary(card.titleKey), summary: tLibrary(card.summaryKey) }));
  const found = practices
    .filter((practice) => matchesQuery(practiceTexts(practice, tLibrary), query))
    .map((p) => ({ id: p.id, pictogram: p.pictogram, title: tLibrary(p.titleKey), summary: tLibrary(p.placeKey) }));
  return (
    <AppScreen route={route} title={t('library.title')}>
      <p class="lead">
        <Say text={t('library.intro')} />
      </p>
      <div role="search">
        <TextField name="library-search" label={t('library.search')} pictogram="search" value={query} maxLength={80} onInput={setQuery} />
      </div>
      <p role="status">
        <Say text={t('library.found', { count: methods.length + found.length })} />
      </p>
      {methods.length > 0 ? <ItemList title={t('library.methods')} pictogram="method-card" section="methods" items={methods} /> : null}
      {found.length > 0 ? <ItemList title={t('library.practices')} pictogram="library" section="practices" items={found} /> : null}
      {methods.length + found.length === 0 ? <Notice pictogram="search" text={t('library.nothing')} /> : null}
    </AppScreen>
  );
}

interface ListProps {
  readonly title: string;
  readonly pictogram: PictogramId;
  readonly section: LibrarySection;
  readonly items: readonly Item[];
}

function ItemList({ title, pictogram, section, items }: ListProps) {
  return (
    <Section title={title} pictogram={pictogram}>
      <ul class="library-list">
        {items.map((item) => (
          <li key={item.id}>
            <a class="library-item" href={href({ name: 'libraryItem', section, itemId: item.id })}>
              <Pictogram id={item.pictogram} size={56} />
              <span class="library-item__text">
                <Say class="library-item__title" text={item.title} />
                <Say text={item.summary} />
              </span>
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
