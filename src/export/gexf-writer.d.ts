// graphology-gexf's entry point loads @xmldom for its parser; the writer alone has no Node or
// DOM dependency, so the browser bundle and the CLI both import it directly.
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology';
  function write(graph: Graph, options?: { pretty?: boolean; version?: '1.2' | '1.3' }): string;
  export = write;
}
