export * from './generated/provider';
export * from './private-link-endpoint';
export * from './private-link-endpoint-service';
