// A JSON document of named arrays written section by section as parts are read (each section
// reads the scope again), so only one part is in memory. Ids already written are skipped: a
// person of the centre can appear in several provinces' parts.
import type { ExportPart } from './types';

export type Section = readonly [name: string, items: (part: ExportPart) => ReadonlyArray<object>, id: (item: never) => string];

export async function* jsonDocumentChunks(head: Record<string, unknown>, sections: readonly Section[], parts: () => AsyncIterable<ExportPart>): AsyncGenerator<string> {
  yield JSON.stringify(head, null, 2).replace(/\n}$/, '');
  for (const [name, items, idOf] of sections) {
    yield `,\n  ${JSON.stringify(name)}: [`;
    const seen = new Set<string>();
    let first = true;
    for await (const part of parts()) {
      let chunk = '';
      for (const item of items(part)) {
        const id = (idOf as (i: object) => string)(item);
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
