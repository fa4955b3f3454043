variable "name" {
  description = "Service name: letters, digits, '_' and '-', at most 16 characters"
  type        = string
}

variable "vpc_id" {
  type = string
}

variable "port_id" {
  type = string
}

variable "allowed" {
  description = "Domain IDs that may connect (the provider adds the iam:domain:: prefix)"
  type        = list(string)
}

variable "client_port" {
  type = number
}

variable "server_port" {
  type = number
}

variable "approval" {
  type    = bool
  default = false
}
