// How a saved rule is shown: the group's own words, or the agreed statement in the reader's language.
import { findExercise } from '../../content/lookup';
import type { PictogramId } from '../../content/pictogramId';
import type { Rule } from './model';

export interface RuleLook {
  /** The group's own words, when it wrote or edited the rule. */
  readonly text?: string;
  /** Otherwise the statement's text key. */
  readonly textKey?: string;
  readonly pictogram: PictogramId;
}

export function ruleLook(rule: Rule): RuleLook {
  const found = findExercise(rule.exerciseId);
  const statements = found?.exercise.kind === 'statementVote' ? found.exercise.config.statements : [];
  const statement = statements.find((s) => s.id === rule.statementId);
  const pictogram = statement?.pictogram ?? 'rules';
  if (rule.text !== undefined) return { text: rule.text, pictogram };
  if (!statement) return { text: '', pictogram };
  // The opposite of a statement the group said no to ("Kaveri pitää jättää yksin, kun hän tarvitsee apua." → "Me autamme toisiamme.").
  return { textKey: rule.opposite && statement.oppositeKey ? statement.oppositeKey : statement.textKey, pictogram };
}
