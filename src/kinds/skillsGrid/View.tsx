import type { KindViewProps } from '../types';
import { Overview } from './parts/Overview';
import { SkillMapStep } from './parts/SkillMapStep';
import { SkillsTurn } from './parts/SkillsTurn';

/** Who chooses (no step), one member's turn (step = the member's id), the group's map (step "map"). */
export function View(props: KindViewProps<'skillsGrid'>) {
  if (props.step === 'map') return <SkillMapStep {...props} />;
  const person = props.members.find((m) => m.id === props.step);
  if (person) return <SkillsTurn key={person.id} {...props} person={person} />;
  return <Overview {...props} />;
}
