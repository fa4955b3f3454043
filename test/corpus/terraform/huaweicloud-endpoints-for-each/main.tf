# One endpoint per service the shared VPC consumes, plus a fixed number of endpoints to the monitoring service.
resource "huaweicloud_vpcep_endpoint" "shared" {
  for_each = var.services

  service_id       = each.value.service_id
  vpc_id           = var.vpc_id
  network_id       = var.subnet_id
  enable_dns       = var.dns_enabled
  enable_whitelist = length(each.value.whitelist) > 0
  whitelist        = each.value.whitelist

  tags = {
    service = each.key
  }
}

resource "huaweicloud_vpcep_endpoint" "monitoring" {
  count = 2

  service_id  = "f2c1a8e4-9b3d-4c6e-8a7f-5d4e3c2b1a09"
  vpc_id      = var.vpc_id
  network_id  = var.subnet_id
  ip_address  = "192.168.10.${10 + count.index}"
  description = "monitoring-${count.index}"
}

# A gateway service, whose endpoints take route tables, from the Huawei Cloud console's "OBS" example.
resource "huaweicloud_vpcep_endpoint" "obs" {
  service_id  = "7e2c0ac8-6d6c-4b68-8a3a-0f1bd9b2f3e4"
  vpc_id      = var.vpc_id
  routetables = ["4f6e1c6a-3c8a-44d3-9a2e-1e6f1f5d3a21"]
  policy_document = jsonencode({
    Version = "5.0"
    Statement = [{
      Effect = "Allow"
      Action = ["obs:object:GetObject"]
      Resource = ["obs:*:*:object:analytics-bucket/*"]
    }]
  })
}
