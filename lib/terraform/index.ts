export * from './raw-resource-validation';
