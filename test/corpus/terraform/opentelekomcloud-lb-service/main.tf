# An ELB published as an endpoint service that accepts connections without review, for two tenants: the shape of the
# provider's acceptance tests (tags in the "key" : "value" syntax, a data source for the subnet).
data "opentelekomcloud_vpc_subnet_v1" "shared" {
  name = "shared-subnet"
}

resource "opentelekomcloud_lb_loadbalancer_v2" "internal" {
  name          = "reports-internal"
  vip_subnet_id = data.opentelekomcloud_vpc_subnet_v1.shared.subnet_id
}

resource "opentelekomcloud_vpcep_service_v1" "reports" {
  name        = "reports-lb"
  port_id     = opentelekomcloud_lb_loadbalancer_v2.internal.vip_port_id
  vpc_id      = data.opentelekomcloud_vpc_subnet_v1.shared.vpc_id
  server_type = "LB"

  approval_enabled = false

  port {
    client_port = 80
    server_port = 8080
  }

  port {
    client_port = 81
    server_port = 8081
    protocol    = "TCP"
  }

  tags = {
    "stage" : "prod",
  }
  whitelist = ["5f0e7c1a9b2d4e6f8a0b1c2d3e4f5a6b", "6a1f8d2b0c3e5f7a9b1c2d3e4f5a6b7c"]
}
