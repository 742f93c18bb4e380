terraform {
  required_version = ">= 1.7.0, < 2.0.0"
}

resource "terraform_data" "queue" {
  input = {
    name     = "${var.name}-queue"
    capacity = var.queue_capacity
  }
}
