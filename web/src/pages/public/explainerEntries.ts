// The settlement clauses the explainer covers, in the plan's order, each with the plan clauses whose text it
// shows; texts are catalog keys public.explain.<id>.title|plain|example.
export const EXPLAINER_ENTRIES = [
  { id: 'P2', clauses: ['P2'] },
  { id: 'T2', clauses: ['T2'] },
  { id: 'T3', clauses: ['T3'] },
  { id: 'T4', clauses: ['T4'] },
  { id: 'T5', clauses: ['T5'] },
  { id: 'T6', clauses: ['T6'] },
  { id: 'T7', clauses: ['T7'] },
  { id: 'T8', clauses: ['T8'] },
  { id: 'T9', clauses: ['T9'] },
  { id: 'T11', clauses: ['T11.1', 'T11.2'] },
  { id: 'T12', clauses: ['T12'] },
  { id: 'T14.5', clauses: ['T14.5'] },
  { id: 'T20', clauses: ['T20'] },
] as const;

export type ExplainerId = (typeof EXPLAINER_ENTRIES)[number]['id'];

export const anchorOf = (id: string) => `clause-${id.replace(/\./g, '-')}`;

/** The explainer section that covers a plan clause, if any. */
export function explainerAnchor(clause: string): string | undefined {
  const entry = EXPLAINER_ENTRIES.find((e) => (e.clauses as readonly string[]).includes(clause));
  return entry && anchorOf(entry.id);
}
