# Two environments' services from one local module, as most teams lay it out.
module "orders_service" {
  source = "./modules/vpcep-service"

  name          = "orders-svc"
  vpc_id        = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
  port_id       = "0f1a2b3c-4d5e-4f6a-9b7c-8d9e0f1a2b3c"
  allowed       = ["c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4"]
  client_port   = 443
  server_port   = 8443
  approval      = true
}

module "reports_service" {
  source = "./modules/vpcep-service"

  name        = "reports_svc"
  vpc_id      = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
  port_id     = "1a2b3c4d-5e6f-4a7b-8c8d-9e0f1a2b3c4d"
  allowed     = []
  client_port = 5432
  server_port = 65536
}

output "orders_service_name" {
  value = module.orders_service.service_name
}
