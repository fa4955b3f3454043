# A PrivateLink service in front of an NLB, one partner account allowed, and an interface endpoint in the consumer
# VPC with one zone per vSwitch: the shape of the provider's documented examples.
resource "alicloud_privatelink_vpc_endpoint_service" "payments" {
  service_description    = "payments API"
  connect_bandwidth      = 103
  auto_accept_connection = false
  service_resource_type  = "nlb"
  address_ip_version     = "DualStack"
  payer                  = "Endpoint"
  tags = {
    Created = "terraform"
  }
}

resource "alicloud_privatelink_vpc_endpoint_service_resource" "nlb" {
  service_id    = alicloud_privatelink_vpc_endpoint_service.payments.id
  resource_id   = var.nlb_id
  resource_type = "nlb"
  zone_id       = var.zone_ids[0]
}

resource "alicloud_privatelink_vpc_endpoint_service_user" "partner" {
  service_id = alicloud_privatelink_vpc_endpoint_service.payments.id
  user_id    = var.partner_uid
}

resource "alicloud_security_group" "endpoint" {
  security_group_name = "payments-endpoint"
  vpc_id              = var.consumer_vpc_id
}

resource "alicloud_privatelink_vpc_endpoint" "payments" {
  service_id         = alicloud_privatelink_vpc_endpoint_service.payments.id
  vpc_id             = var.consumer_vpc_id
  security_group_ids = [alicloud_security_group.endpoint.id]
  vpc_endpoint_name  = "payments-client"
  endpoint_type      = "Interface"
  depends_on         = [alicloud_privatelink_vpc_endpoint_service_user.partner]
}

resource "alicloud_privatelink_vpc_endpoint_zone" "payments" {
  count = length(var.consumer_vswitch_ids)

  endpoint_id = alicloud_privatelink_vpc_endpoint.payments.id
  vswitch_id  = var.consumer_vswitch_ids[count.index]
  zone_id     = var.zone_ids[count.index]
}

resource "alicloud_privatelink_vpc_endpoint_connection" "payments" {
  endpoint_id = alicloud_privatelink_vpc_endpoint.payments.id
  service_id  = alicloud_privatelink_vpc_endpoint_service.payments.id
  bandwidth   = 1024
}
