// Registers cdktf's jest matchers (toHaveResourceWithProperties, ...); the import brings their types.
import { Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';

Testing.setupJest();
