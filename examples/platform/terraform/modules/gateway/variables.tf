variable "name" {
  type        = string
  description = "Prefix of every resource of the platform"
}

variable "queue_capacity" {
  type    = number
  default = 1000
}
