output "service_name" {
  value = opentelekomcloud_vpcep_service_v1.this.service_name
}

output "id" {
  value = opentelekomcloud_vpcep_service_v1.this.id
}
