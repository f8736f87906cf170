// A JSON document of named arrays written section by section as parts are read (each section
// reads the scope again), so only one part is in memory. Ids already written are skipped: a
// person of the centre can appear in several provinces' parts.
import type { ExportPart } from './types';

export interface Section {
  name: string;
  /** The section's items in a part, each with the id that makes it unique in the document. */
  entries(part: ExportPart): Iterable<readonly [id: string, item: unknown]>;
}

export const section = <T>(name: string, items: (part: ExportPart) => readonly T[], id: (item: T) => string): Section => ({
  name,
  entries: (part) => items(part).map((item) => [id(item), item] as const),
});

export async function* jsonDocumentChunks(head: Record<string, unknown>, sections: readonly Section[], parts: () => AsyncIterable<ExportPart>): AsyncGenerator<string> {
  yield JSON.stringify(head, null, 2).replace(/\n}$/, '');
  for (const { name, entries } of sections) {
    yield `,\n  ${JSON.stringify(name)}: [`;
    const seen = new Set<string>();
    let first = true;
    for await (const part of parts()) {
      let chunk = '';
      for (const [id, item] of entries(part)) {
        if (seen.has(id)) continue;
        seen.add(id);
        chunk += `${first ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
        first = false;
      }
      if (chunk) yield chunk;
    }
    yield first ? ']' : '\n  ]';
  }
  yield '\n}\n';
}
