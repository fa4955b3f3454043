variable "vpc_id" {
  description = "The VPC of the backend ECS"
  type        = string
}

variable "port_id" {
  description = "The NIC of the backend ECS"
  type        = string
}

variable "service_name" {
  type    = string
  default = "orders"
}

variable "consumer_domains" {
  description = "Domain IDs of the accounts allowed to connect"
  type        = list(string)
  default     = []
}

variable "consumer_vpc_id" {
  type = string
}

variable "consumer_subnet_id" {
  type = string
}
