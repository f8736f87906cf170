import { shortestPath } from '../../../src/store/sqlite/shortest-path';

// An undirected graph given as edges; the search asks for a frontier's neighbours as the SQL does.
function graph(edges: Array<[string, string]>) {
  return (frontier: string[]) =>
    edges.flatMap(([a, b], id) => [
      ...(frontier.includes(a) ? [{ node: a, next: b, edgeId: id, type: 'ATTENDED' }] : []),
      ...(frontier.includes(b) ? [{ node: b, next: a, edgeId: id, type: 'ATTENDED' }] : []),
    ]);
}

describe('shortestPath', () => {
  const chain = graph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['a', 'x'], ['x', 'e']]);

  it('finds the shortest of two routes, nodes and relationships in order', () => {
    expect(shortestPath('a', 'e', 4, chain)).toEqual({ nodes: ['a', 'x', 'e'], edges: [{ id: 4, type: 'ATTENDED' }, { id: 5, type: 'ATTENDED' }] });
  });

  it('answers nothing beyond the hops allowed, or between parts that never meet', () => {
    expect(shortestPath('a', 'e', 1, chain)).toBeNull();
    expect(shortestPath('b', 'd', 2, chain)?.nodes).toEqual(['b', 'c', 'd']);
    expect(shortestPath('a', 'z', 4, graph([['a', 'b'], ['y', 'z']]))).toBeNull();
  });
});
