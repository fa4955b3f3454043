# Each block here plans, and each fails at apply: the API refuses the request the provider builds from it.

resource "huaweicloud_vpcep_service" "dual_stack" {
  name        = "orders-v6"
  server_type = "VM"
  vpc_id      = "8f9a1b2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c"
  port_id     = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
  ip_version  = "ipv6"

  port_mapping {
    service_port  = 8080
    terminal_port = 80
  }
}

resource "huaweicloud_vpcep_service" "shared_with_org" {
  name        = "orders.shared"
  server_type = "VM"
  vpc_id      = "8f9a1b2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c"
  port_id     = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
  permissions = ["organizations:orgPath::o-a1b2c3/r-d4e5/ou-f6g7"]

  port_mapping {
    service_port  = 8080
    terminal_port = 80
  }

  port_mapping {
    service_port  = 8080
    terminal_port = 80
  }
}

resource "huaweicloud_vpcep_endpoint" "reserved_tag" {
  service_id = "a3b1c2d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d"
  vpc_id     = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"
  network_id = "3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a7b"

  tags = {
    _sys_enterprise_project = "analytics"
  }
}
