variable "services" {
  description = "Endpoint services to reach from the shared VPC, by name"
  type = map(object({
    service_id = string
    whitelist  = list(string)
  }))
}

variable "vpc_id" {
  type = string
}

variable "subnet_id" {
  type = string
}

variable "dns_enabled" {
  type    = bool
  default = true
}
