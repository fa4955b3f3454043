/**
 * The CDK example app (cdk.json points here). Environment-agnostic: no account, no lookups, synthesizes offline.
 */
import { App, Stack } from 'aws-cdk-lib';
import { addRedshiftExample } from './redshift';
import { addRedshiftServerlessExample } from './redshift-serverless';
import { addSnapshotShareExample } from './snapshot-share';

const app = new App();
const stack = new Stack(app, 'PrivateAccessExample');
addRedshiftExample(stack);
addSnapshotShareExample(stack);
addRedshiftServerlessExample(stack);
app.synth();
