// Enables cdktf's jest matchers (toHaveResourceWithProperties, toHaveProvider, ...).
import 'cdktf/lib/testing/adapters/jest';
