import type { aws_ec2 as ec2 } from 'aws-cdk-lib';

/** The subnets of a VPC selected for an endpoint, or why selecting them failed. */
export interface SubnetSelection {
  readonly subnets?: ec2.SelectedSubnets;
  readonly error?: string;
}

/** The subnets of `vpc` selected by `selection`, once (selecting can fail, e.g. for a subnet type the VPC lacks). */
export function selectSubnetsOf(vpc: ec2.IVpc | undefined, selection: ec2.SubnetSelection | undefined): SubnetSelection {
  if (vpc === undefined) return {};
  try {
    return { subnets: vpc.selectSubnets(selection) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
