resource "opentelekomcloud_vpcep_service_v1" "this" {
  name             = var.name
  vpc_id           = var.vpc_id
  port_id          = var.port_id
  server_type      = "VM"
  approval_enabled = var.approval
  whitelist        = var.allowed

  port {
    client_port = var.client_port
    server_port = var.server_port
    protocol    = "TCP"
  }
}
