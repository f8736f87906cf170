// The GraphQL IDE served at /graphql to browsers. Bundled by Vite from node_modules, so it works
// on a machine without internet. Plain createElement: no JSX plugin is needed to build it.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
// The page's own style is a file, not an inline <style>: the Content-Security-Policy allows only files.
import './page.css';

// Same origin as the page, so the IDE follows wherever the server is mounted.
const endpoint = new URL('/graphql', window.location.href).toString();

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

const example = `# Who chaired the meetings in a province, and where does each fact come from?
# Mutations need a key: add {"Authorization": "Bearer <key>"} under Headers.
{
  meetings(filter: { province: "an giang" }, first: 5) {
    totalCount
    edges {
      node {
        date
        title
        chairs { person { name } sources { quote url } }
      }
    }
  }
}
`;

createRoot(document.getElementById('root')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: example, shouldPersistHeaders: true }),
);
