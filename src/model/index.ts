export * from './facts';
export * from './errors';
