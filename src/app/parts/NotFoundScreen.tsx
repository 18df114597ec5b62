import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { href, type Route } from '../router';
import { AppScreen } from './AppScreen';

interface Props {
  readonly route: Route;
  readonly title: string;
  readonly text: string;
}

/** Something is not here: say so plainly, with the way home. */
export function NotFoundScreen({ route, title, text }: Props) {
  const { t } = useT();
  return (
    <AppScreen route={route} title={title}>
      <Notice pictogram="question" text={text}>
        <BigButton variant="primary" pictogram="home" label={t('nav.home')} href={href({ name: 'start' })} />
      </Notice>
    </AppScreen>
  );
}
