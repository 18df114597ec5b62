import type { KindViewProps } from '../types';
import { Results } from './parts/Results';
import { StatementStep } from './parts/StatementStep';

/**
 * One statement at a time (step "0"…"10"), then the results (step "results"). The next statement is
 * drawn into the same screen (StatementStep keeps nothing of one statement for the next).
 */
export function View(props: KindViewProps<'statementVote'>) {
  const { exercise, step, onStep } = props;
  const count = exercise.config.statements.length;
  if (step === 'results') return <Results {...props} />;
  const parsed = Number(step ?? '0');
  const index = Number.isInteger(parsed) && parsed >= 0 && parsed < count ? parsed : 0;
  return (
    <StatementStep
      {...props}
      index={index}
      onPrevious={index > 0 ? () => onStep(String(index - 1)) : null}
      onNext={() => onStep(index + 1 < count ? String(index + 1) : 'results')}
    />
  );
}
