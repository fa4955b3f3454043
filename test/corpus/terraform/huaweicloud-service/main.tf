terraform {
  required_providers {
    huaweicloud = {
      source  = "huaweicloud/huaweicloud"
      version = ">= 1.60.0"
    }
  }
}

locals {
  permissions = [for domain in var.consumer_domains : "iam:domain::${domain}"]
}

# An interface service in front of one ECS, as the provider's documented example builds it.
resource "huaweicloud_vpcep_service" "orders" {
  name        = var.service_name
  server_type = "VM"
  vpc_id      = var.vpc_id
  port_id     = var.port_id
  approval    = true
  description = "Orders API for partner accounts"
  permissions = local.permissions

  port_mapping {
    service_port  = 8080
    terminal_port = 80
  }

  port_mapping {
    service_port  = 8443
    terminal_port = 443
  }

  tags = {
    owner = "orders-team"
    env   = "prod"
  }
}

resource "huaweicloud_vpcep_endpoint" "orders_client" {
  service_id       = huaweicloud_vpcep_service.orders.id
  vpc_id           = var.consumer_vpc_id
  network_id       = var.consumer_subnet_id
  enable_dns       = true
  enable_whitelist = true
  whitelist        = ["192.168.0.0/24", "10.10.0.0/16"]
  description      = "Orders API from the consumer VPC"

  tags = {
    owner = "orders-team"
  }
}

resource "huaweicloud_vpcep_approval" "orders" {
  service_id = huaweicloud_vpcep_service.orders.id
  endpoints  = [huaweicloud_vpcep_endpoint.orders_client.id]
}
