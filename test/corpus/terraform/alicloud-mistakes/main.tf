# Configurations the provider plans and the PrivateLink API refuses.

# DualStack is for nlb and gwlb backends only.
resource "alicloud_privatelink_vpc_endpoint_service" "classic" {
  service_description   = "legacy reports"
  service_resource_type = "slb"
  address_ip_version    = "DualStack"
}

# An alb backend needs the zone it serves.
resource "alicloud_privatelink_vpc_endpoint_service_resource" "alb" {
  service_id    = alicloud_privatelink_vpc_endpoint_service.classic.id
  resource_id   = "alb-e3f4g5h6i7j8k9l0m1"
  resource_type = "alb"
}

# An Interface endpoint without a security group.
resource "alicloud_privatelink_vpc_endpoint" "no_group" {
  service_id        = alicloud_privatelink_vpc_endpoint_service.classic.id
  vpc_id            = "vpc-bp1s2t3u4v5w6x7y8z9a0"
  vpc_endpoint_name = "reports-client"
  endpoint_type     = "Interface"
}

# A connection bandwidth below the API's range.
resource "alicloud_privatelink_vpc_endpoint_connection" "slow" {
  endpoint_id = alicloud_privatelink_vpc_endpoint.no_group.id
  service_id  = alicloud_privatelink_vpc_endpoint_service.classic.id
  bandwidth   = 50
}

# A RAM ARN where the account ID belongs.
resource "alicloud_privatelink_vpc_endpoint_service_user" "by_arn" {
  service_id = alicloud_privatelink_vpc_endpoint_service.classic.id
  user_id    = "acs:ram::1234567890123456:root"
}
