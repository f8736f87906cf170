// Statements (SQL and Cypher alike) with {{NAME}} slots, filled with fixed text of the store (a
// finder's sort key, a filter two statements share), never with input: values travel as parameters.
export type Slots = Record<string, string>;

export function fillSlots(text: string, slots: Slots): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in slots)) throw new Error(`statement slot ${whole} not filled`);
    return slots[name];
  });
}
