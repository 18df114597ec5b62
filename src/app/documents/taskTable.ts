// Meeting 8's division of tasks on paper, as the task cards show it: each task with its picture, the
// skills it needs (pictures from the skills map), who does it and who helps (avatars), and the support.
import type { Person } from '../../domain/records';
import { skillLabel } from '../../kinds/skillsGrid/model';
import { taskLook, taskText } from '../../kinds/taskTable/look';
import { readTasks, type Task } from '../../kinds/taskTable/model';
import { skillsFromSources, type SkillsMap } from '../../kinds/taskTable/skills';
import type { DocBuilder, DocumentSpec } from '../../services/pdf/builder';
import { answersOf, exerciseOfKind, groupPageDocument, membersWithIds, sourcesOf } from './groupData';
import { paperMember } from './memo';
import type { DocumentData, DocumentTexts } from './types';

export const taskTableExerciseId = 'm08-tasks';

function writeTask(doc: DocBuilder, task: Task, map: SkillsMap, members: readonly Person[], texts: DocumentTexts): void {
  const { t, tContent } = texts;
  const look = taskLook(task);
  doc.heading(taskText(look, tContent), look.pictogram);
  const skills = map.skills.filter((s) => task.skillIds.includes(s.id));
  doc.row('skills', t(skills.length > 0 ? 'documents.taskTable.skills' : 'documents.taskTable.noSkills'));
  for (const skill of skills) doc.row(skill.pictogram, skillLabel(skill, tContent));
  const doers = membersWithIds(members, task.doerIds);
  doc.row('people', t(doers.length > 0 ? 'documents.taskTable.doers' : 'documents.taskTable.noDoers'));
  if (doers.length > 0) doc.people(doers.map(paperMember));
  const helpers = membersWithIds(members, task.helperIds);
  doc.row('help-each-other', t(helpers.length > 0 ? 'documents.taskTable.helpers' : 'documents.taskTable.noHelpers'));
  if (helpers.length > 0) doc.people(helpers.map(paperMember));
  if (task.support?.trim()) doc.row('help', t('documents.taskTable.support', { text: task.support.trim() }));
}

/** The task table; null on a task's own pages or before the first task. */
export function taskTableDocument(data: DocumentData, texts: DocumentTexts): DocumentSpec | null {
  const exercise = exerciseOfKind(data.exerciseId, 'taskTable');
  if (!exercise || data.step !== null) return null;
  const tasks = readTasks(answersOf(data, exercise.id));
  if (tasks.length === 0) return null;
  const map = skillsFromSources(exercise.sources ?? [], sourcesOf(data, exercise), data.members.map((m) => m.id));
  const { t, tContent } = texts;
  const title = tContent(exercise.titleKey);
  return groupPageDocument({ title, pictogram: exercise.pictogram, intro: t('documents.taskTable.intro') }, data, texts, (doc) => {
    for (const task of tasks) writeTask(doc, task, map, data.members, texts);
  });
}
