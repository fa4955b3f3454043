vpc_id    = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"
subnet_id = "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e"

services = {
  orders = {
    service_id = "a3b1c2d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d"
    whitelist  = ["10.0.0.0/8"]
  }
  billing = {
    service_id = "b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e"
    whitelist  = []
  }
}
