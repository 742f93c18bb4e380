#!/bin/sh
# Installs or upgrades the gateway chart from this bundle.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
namespace=${NAMESPACE:-acme}
exec helm upgrade --install gateway "$here"/../gateway --namespace "$namespace" --create-namespace "$@"
