resource "aws_redshift_endpoint_access" "reader" {
  endpoint_name      = "1st-reader"
  subnet_group_name  = "analytics-endpoints"
  cluster_identifier = "analytics-prod"
  resource_owner     = "1111-2222-3333"
}

resource "aws_redshift_endpoint_authorization" "partner" {
  account            = "22223333444"
  cluster_identifier = "analytics-prod"
  vpc_ids            = ["vpc-0a1b2c3d4e5f60718"]
}

resource "aws_redshiftserverless_endpoint_access" "reporting" {
  endpoint_name  = "reporting--eu"
  workgroup_name = "analytics"
  subnet_ids     = ["subnet-0a1b2c3"]
}
