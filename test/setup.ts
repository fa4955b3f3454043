// aws-cdk-lib's template validator, with the engine this worker already built (see ./support/environment.ts).
const validator = globalThis.sharedCloudFormationValidator;
if (!validator) throw new Error('test/setup.ts needs the jest environment of test/support/environment.ts');
jest.doMock(validator.path, validator.load);
