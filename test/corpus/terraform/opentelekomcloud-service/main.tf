# An ELB behind a VPC endpoint service, its ports from a map (a dynamic block), its whitelist from a variable.
resource "opentelekomcloud_vpcep_service_v1" "billing" {
  name        = "billing-api"
  port_id     = var.loadbalancer_port_id
  vpc_id      = var.vpc_id
  server_type = "LB"
  description = "Billing API, shared with partner tenants"
  whitelist   = var.partner_domains

  dynamic "port" {
    for_each = var.ports
    content {
      client_port = tonumber(port.key)
      server_port = port.value
    }
  }

  tags = {
    "team" = "billing"
  }
}

resource "opentelekomcloud_vpcep_endpoint_v1" "billing_client" {
  service_id = opentelekomcloud_vpcep_service_v1.billing.id
  vpc_id     = var.vpc_id
  subnet_id  = "0b6e2f71-6c4d-4a37-9f31-2d8e4c5b6a70"
  port_ip    = "192.168.0.12"
  enable_dns = true
  whitelist  = ["192.168.0.0/16"]

  tags = {
    "fizz" = "buzz"
  }
}

resource "opentelekomcloud_vpcep_approval_v1" "billing" {
  service_id = opentelekomcloud_vpcep_service_v1.billing.id
  endpoints  = [opentelekomcloud_vpcep_endpoint_v1.billing_client.id]
}
