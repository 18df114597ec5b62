// Where the group is in the task table, kept in the address: the list (no step), "new", or one
// part of one task: "what-<key>", "skills-<key>", "who-<key>", "support-<key>".
export const taskParts = ['what', 'skills', 'who', 'support'] as const;
export type TaskPart = (typeof taskParts)[number];

export const stepOf = (part: TaskPart, taskKey: string): string => `${part}-${taskKey}`;

export function parseTaskStep(step: string | null): 'new' | { readonly part: TaskPart; readonly key: string } | null {
  if (step === 'new') return 'new';
  if (step === null) return null;
  const at = step.indexOf('-');
  const part = taskParts.find((p) => p === step.slice(0, at));
  const key = step.slice(at + 1);
  return at > 0 && part && key ? { part, key } : null;
}
