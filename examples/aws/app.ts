/**
 * The CDK example app (cdk.json points here). Environment-agnostic: no account, no lookups, synthesizes offline.
 */
import { App } from 'aws-cdk-lib';

const app = new App();
app.synth();
