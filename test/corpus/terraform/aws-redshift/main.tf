variable "consumer_account_ids" {
  type    = set(string)
  default = ["222233334444", "333344445555"]
}

variable "consumer_vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_redshift_endpoint_authorization" "consumers" {
  for_each = var.consumer_account_ids

  account            = each.value
  cluster_identifier = aws_redshift_cluster.analytics.cluster_identifier
  vpc_ids            = [var.consumer_vpc_id]
}

resource "aws_redshift_endpoint_authorization" "audit" {
  account            = "444455556666"
  cluster_identifier = "analytics-prod"
}

resource "aws_redshift_endpoint_access" "reader" {
  endpoint_name          = "analytics-reader"
  subnet_group_name      = aws_redshift_subnet_group.endpoints.id
  cluster_identifier     = "analytics-prod"
  resource_owner         = "111122223333"
  vpc_security_group_ids = [aws_security_group.endpoint.id, "sg-0a1b2c3d4e5f60718"]
}

resource "aws_redshift_endpoint_access" "default_group" {
  endpoint_name      = "analytics-default"
  subnet_group_name  = "analytics-endpoints"
  cluster_identifier = "analytics-prod"
}

# The auditors' account is given per workspace (-var or TF_VAR_auditor_account): unknown to a review of the code.
variable "auditor_account" {
  type = string
}

resource "aws_redshift_endpoint_authorization" "auditors" {
  account            = var.auditor_account
  cluster_identifier = "analytics-prod"
}

# A Redshift Serverless managed endpoint in the consumers' VPC, to a workgroup of another account.
resource "aws_redshiftserverless_endpoint_access" "reporting" {
  endpoint_name          = "analytics-reporting"
  workgroup_name         = "analytics"
  owner_account          = "111122223333"
  subnet_ids             = ["subnet-0a1b2c3d4e5f60718", aws_subnet.endpoints_b.id]
  vpc_security_group_ids = [aws_security_group.endpoint.id]
}
