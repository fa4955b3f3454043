variable "vpc_id" {
  type = string
}

variable "loadbalancer_port_id" {
  description = "vip_port_id of the ELB the service fronts"
  type        = string
}

variable "ports" {
  description = "client_port => server_port"
  type        = map(number)
  default = {
    "80"  = 8080
    "443" = 8443
  }
}

variable "partner_domains" {
  type    = list(string)
  default = []
}
