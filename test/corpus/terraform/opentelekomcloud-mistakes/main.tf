variable "endpoint_ip" {
  type = string
}

variable "whitelist" {
  type = list(string)
}

resource "opentelekomcloud_vpcep_endpoint_v1" "mistyped" {
  service_id = "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
  vpc_id     = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"
  subnet_id  = "0b6e2f71-6c4d-4a37-9f31-2d8e4c5b6a70"
  port_ip    = var.endpoint_ip
  whitelist  = var.whitelist
}

resource "opentelekomcloud_vpcep_service_v1" "described" {
  name        = "audit-svc"
  vpc_id      = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"
  port_id     = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a"
  server_type = "VM"
  description = "<b>Audit</b> service"

  port {
    client_port = 80
    server_port = 80
  }
}
