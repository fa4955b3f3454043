output "service_address" {
  value = huaweicloud_vpcep_service.orders.service_name
}

output "endpoint_ip" {
  value = huaweicloud_vpcep_endpoint.orders_client.ip_address
}
