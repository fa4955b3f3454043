vpc_id               = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"
loadbalancer_port_id = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a"
partner_domains      = ["b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5", "c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4"]
