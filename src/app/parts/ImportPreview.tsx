import type { PictogramId } from '../../content/pictogramId';
import type { MergeCounts } from '../../domain/merge';
import { reportKinds, type MergeReport, type ReportKind } from '../../domain/transfer/report';
import { useT } from '../../i18n/useT';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';

/** One row per kind a support person recognises; the same pictograms as elsewhere in the app. */
const kindLook: Readonly<Record<ReportKind, { readonly pictogram: PictogramId; readonly key: string }>> = {
  groups: { pictogram: 'group', key: 'transfer.tables.groups' },
  people: { pictogram: 'people', key: 'transfer.tables.people' },
  meetings: { pictogram: 'calendar', key: 'transfer.tables.meetings' },
  entries: { pictogram: 'tasks', key: 'transfer.tables.entries' },
  memos: { pictogram: 'memo', key: 'transfer.tables.memos' },
  photos: { pictogram: 'photo', key: 'transfer.tables.photos' },
  voices: { pictogram: 'record', key: 'transfer.tables.voices' },
  recordings: { pictogram: 'read-aloud', key: 'transfer.tables.recordings' },
};

export interface PreviewGroup {
  readonly name: string;
  readonly isNew: boolean;
}

interface Props {
  readonly groups: readonly PreviewGroup[];
  readonly report: MergeReport;
}

/** What an import will do, before anything changes: which groups, and how many new, changed and removed items. */
export function ImportPreview({ groups, report }: Props) {
  const { t } = useT();
  const total = (pick: (c: MergeCounts) => number) => Object.values(report).reduce((sum, c) => sum + pick(c), 0);
  const changes = total((c) => c.added + c.updated + c.removed);
  const parts = (c: MergeCounts) =>
    [
      c.added ? t('transfer.added', { count: c.added }) : null,
      c.updated ? t('transfer.updated', { count: c.updated }) : null,
      c.removed ? t('transfer.removed', { count: c.removed }) : null,
    ].filter((p): p is string => p !== null);
  return (
    <div class="stack">
      <Section title={t('transfer.groupsInFile')} pictogram="group">
        <ul class="summary-list">
          {groups.map((g) => (
            <li key={g.name} class="summary-row">
              <Pictogram id="group" size={40} />
              <Say text={t(g.isNew ? 'transfer.newGroup' : 'transfer.knownGroup', { name: g.name })} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('transfer.changes')} pictogram="results">
        {changes === 0 ? (
          <Notice pictogram="done" tone="success" text={t('transfer.noChanges')} />
        ) : (
          <ul class="summary-list">
            {reportKinds
              .filter((kind) => parts(report[kind]).length > 0)
              .map((kind) => (
                <li key={kind} class="summary-row">
                  <Pictogram id={kindLook[kind].pictogram} size={40} />
                  <Say text={`${t(kindLook[kind].key as 'transfer.tables.groups')}: ${parts(report[kind]).join(', ')}.`} />
                </li>
              ))}
          </ul>
        )}
        {total((c) => c.conflicts) > 0 ? <Notice pictogram="change" tone="warning" text={t('transfer.conflicts', { count: total((c) => c.conflicts) })} /> : null}
        {total((c) => c.keptLocal) > 0 ? <Notice pictogram="keep" text={t('transfer.keptLocal', { count: total((c) => c.keptLocal) })} /> : null}
      </Section>
    </div>
  );
}
