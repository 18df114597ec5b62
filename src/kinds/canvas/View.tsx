import type { KindViewProps } from '../types';
import { Overview } from './parts/Overview';
import { SectionView } from './parts/SectionView';
import { Summary } from './parts/Summary';

/** Overview of the sections (step null), one section (step "section-<id>"), the whole canvas (step "summary"). */
export function View(props: KindViewProps<'canvas'>) {
  const { step, exercise } = props;
  if (step === 'summary') return <Summary {...props} />;
  const section = exercise.config.sections.find((s) => step === `section-${s.id}`);
  if (section) return <SectionView {...props} section={section} />;
  return <Overview {...props} />;
}
