output "queue" {
  value = terraform_data.queue.output
}
