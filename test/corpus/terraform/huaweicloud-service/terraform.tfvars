vpc_id             = "8f9a1b2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c"
port_id            = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
service_name       = "orders-api"
consumer_vpc_id    = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"
consumer_subnet_id = "3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a7b"
consumer_domains   = ["0a1b2c3d4e5f60718293a4b5c6d7e8f9"]
