export * from './generated/provider';
export * from './private-link-endpoint';
