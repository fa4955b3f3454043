/**
 * The CDK example app (cdk.json points here). Environment-agnostic: no account, no lookups, synthesizes offline.
 * The access map plugin writes cdk.out/access-map.json: who can reach what, for a reviewer or `--since`.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { addRedshiftExample } from './redshift';
import { addRedshiftServerlessExample } from './redshift-serverless';
import { addSnapshotShareExample } from './snapshot-share';
import { AccessMapPlugin } from '../../lib/aws';

const app = new App();
const stack = new Stack(app, 'PrivateAccessExample');
addRedshiftExample(stack);
addSnapshotShareExample(stack);
addRedshiftServerlessExample(stack);
Validations.of(app).addPlugins(new AccessMapPlugin());
app.synth();
