# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/opentelekomcloud/opentelekomcloud" {
  version     = "1.36.30"
  constraints = "~> 1.36"
  hashes = [
    "h1:3fQm1hYw0kLr0Vq1y5a3bZ0s7VwT2n8s6Xk9pJ4cE1A=",
  ]
}
