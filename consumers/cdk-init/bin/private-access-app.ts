#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib/core';
import { AwsSolutionsChecks } from 'cdk-nag';
import { aws } from 'private-access-constructs';
import { ClusterOwnerStack, EndpointConsumerStack } from '../lib/cross-account-stacks';
import { PrivateAccessAppStack } from '../lib/private-access-app-stack';

const app = new cdk.App();
// cdk-nag's AwsSolutions pack and the library's checks of raw resources, as policy-validation plugins.
cdk.Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new aws.RawResourceValidationPlugin());

// `cdk synth -c scenario=...`: one account (the default), or a cluster and a workgroup shared from a second account.
const scenario: string = app.node.tryGetContext('scenario') ?? 'one-account';
if (scenario === 'two-accounts') {
  const owner = new ClusterOwnerStack(app, 'ClusterOwner', {
    env: { account: '111111111111', region: 'eu-west-1' },
    consumerAccount: '222222222222',
  });
  new EndpointConsumerStack(app, 'EndpointConsumer', {
    env: { account: '222222222222', region: 'eu-west-1' },
    cluster: owner.cluster,
    workgroup: owner.workgroup,
  });
} else {
  new PrivateAccessAppStack(app, 'PrivateAccessAppStack', {
    env: { account: '123456789012', region: 'eu-west-1' },
    shareWithOwnAccount: scenario === 'share-own-account',
  });
}
