export * from './generated/provider';
