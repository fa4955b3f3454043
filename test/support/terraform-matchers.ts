/**
 * cdktf's jest matchers (toHaveResourceWithProperties, toBeValidTerraform, ...), registered in the test files that
 * import this module; the adapter import brings their types. Only those files pay for loading cdktf's testing code.
 */
import { Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';

Testing.setupJest();
