import { Construct } from "constructs";
import { App, TerraformStack } from "cdktf";
import { alicloud, huaweicloud, opentelekomcloud, terraform, vpcep } from "private-access-constructs";

/** A Huawei Cloud VPC endpoint service, an endpoint to it, and the approval of a partner's endpoint. */
export class HuaweiStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new huaweicloud.HuaweicloudProvider(this, "huaweicloud", { region: "eu-west-101" });
    const vpcId = "4e65f8b1-306d-4522-8ecd-aa374000e2a4";
    const service = new huaweicloud.VpcepService(this, "Orders", {
      vpcId,
      serverType: vpcep.VpcepServerType.LB,
      portId: "0e9b2b3c-5d7f-4c1e-9a4b-2f6d8e0a1c3b",
      portMappings: [{ servicePort: 8443, terminalPort: 443 }],
      name: "orders",
    });
    service.addAllowedConsumer("iam:domain::0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    new huaweicloud.VpcepEndpoint(this, "OrdersEndpoint", {
      service,
      vpcId,
      subnetId: "5d1c1d71-2613-4274-b34e-d82af550f967",
      whitelist: ["192.168.0.0/24"],
    });
    service.approveConnections("a3b1c2d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d");
  }
}

/** The same on Open Telekom Cloud, whose provider names the arguments differently. */
export class OtcStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new opentelekomcloud.OpentelekomcloudProvider(this, "opentelekomcloud", { region: "eu-de" });
    const vpcId = "84758cf5-9c62-43ae-a778-3dbd8370c0a4";
    const service = new opentelekomcloud.VpcepService(this, "Orders", {
      vpcId,
      serverType: vpcep.VpcepServerType.VM,
      portId: "3c2d1e0f-9a8b-4c7d-8e6f-5a4b3c2d1e0f",
      portMappings: [{ servicePort: 8080, terminalPort: 80 }],
      name: "orders-svc",
    });
    service.addAllowedConsumer("iam:domain::0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    new opentelekomcloud.VpcepEndpoint(this, "OrdersEndpoint", {
      service,
      vpcId,
      subnetId: "68bfbcc1-dff2-47e4-a9d4-332b9bc1b8de",
    });
    service.approveConnections("b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e");
  }
}

/** An Alibaba Cloud PrivateLink service on an NLB, an allowed account, an endpoint, and connections with bandwidth. */
export class AlibabaStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.AlicloudProvider(this, "alicloud", { region: "cn-hangzhou" });
    const nlb = { resourceType: alicloud.PrivateLinkServiceResourceType.NLB, resourceId: "nlb-bp1abcdefghijklmnop" };
    const service = new alicloud.PrivateLinkEndpointService(this, "Orders", {
      serviceResourceType: alicloud.PrivateLinkServiceResourceType.NLB,
      resources: [{ ...nlb, zoneId: "cn-hangzhou-h" }, { ...nlb, zoneId: "cn-hangzhou-i" }],
    });
    service.addAllowedUser("1234567890123456");
    const endpoint = new alicloud.PrivateLinkEndpoint(this, "OrdersEndpoint", {
      service,
      vpcId: "vpc-bp1abcdefghijklmnopqr",
      securityGroupIds: ["sg-bp1abcdefghijklmnopqr"],
      zones: [{ vSwitchId: "vsw-bp1abcdefghijklmnopqr", zoneId: "cn-hangzhou-h" }],
    });
    service.acceptConnection(endpoint, { bandwidth: 2048 });
    service.acceptConnection("ep-bp1abcdefghijklmnopq", { bandwidth: 4096 });
  }
}

const app = new App();
new HuaweiStack(app, "huaweicloud");
new OtcStack(app, "opentelekomcloud");
new AlibabaStack(app, "alicloud");
// The library's checks for raw resources too, so a raw resource added later is held to the same rules.
terraform.RawResourceValidation.addTo(app);
app.synth();
