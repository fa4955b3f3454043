import "cdktf/lib/testing/adapters/jest";
import { App, Testing } from "cdktf";
import { alicloud } from "private-access-constructs";
import { AlibabaStack } from "../main";

describe("private access on three clouds", () => {
  it("accepts the Alibaba endpoints with their bandwidths", () => {
    const synthesized = Testing.synth(new AlibabaStack(Testing.app() as App, "alicloud"));
    expect(synthesized).toHaveResourceWithProperties(alicloud.bindings.privatelinkVpcEndpointConnection.PrivatelinkVpcEndpointConnection, { bandwidth: 2048 });
    expect(synthesized).toHaveResourceWithProperties(alicloud.bindings.privatelinkVpcEndpointConnection.PrivatelinkVpcEndpointConnection, { bandwidth: 4096 });
  });
});
