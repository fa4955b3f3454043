zone_ids             = ["cn-hangzhou-h", "cn-hangzhou-i"]
consumer_vswitch_ids = ["vsw-bp1a2b3c4d5e6f7g8h9i0", "vsw-bp1j2k3l4m5n6o7p8q9r0"]
consumer_vpc_id      = "vpc-bp1s2t3u4v5w6x7y8z9a0"
partner_uid          = "1234567890123456"
nlb_id               = "nlb-wb7r6dlwetvt5j3b9e"
