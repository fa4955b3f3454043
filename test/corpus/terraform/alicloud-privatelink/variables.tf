variable "zone_ids" {
  description = "Zones of the consumer vSwitches"
  type        = list(string)
}

variable "consumer_vswitch_ids" {
  type = list(string)
}

variable "consumer_vpc_id" {
  type = string
}

variable "partner_uid" {
  description = "Alibaba Cloud account ID (UID) of the partner"
  type        = string
}

variable "nlb_id" {
  type = string
}
