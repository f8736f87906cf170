// Pure reasoning about who held a post when, shared by the stores and the API.
export * from './bounds';
export * from './state';
export * from './one-holder';
export * from './merge-candidates';
export * from './posts';
