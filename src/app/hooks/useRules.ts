import { readRules, type Rule } from '../../kinds/statementVote/model';
import { ruleLook } from '../../kinds/statementVote/rules';
import { useT } from '../../i18n/useT';
import { rulesExercise } from '../../content/outcomes';
import { listEntriesOfType } from '../../storage/repositories/entries';
import { useLive } from './useLive';
import type { PictogramId } from '../../content/pictogramId';

export interface ShownRule {
  readonly rule: Rule;
  readonly text: string;
  readonly pictogram: PictogramId;
}

/** The group's rules in order, with their text in the current language. */
export function useRules(groupId: string): ShownRule[] | undefined {
  const { tContent } = useT();
  const entries = useLive(() => listEntriesOfType(groupId, 'rule', [rulesExercise().exercise.id]), [groupId]);
  return entries
    ? readRules(entries).map((rule) => {
        const look = ruleLook(rule);
        return { rule, text: look.text ?? (look.textKey ? tContent(look.textKey) : ''), pictogram: look.pictogram };
      })
    : undefined;
}
