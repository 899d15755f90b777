# Sourced by the devnet scripts: `compose` runs Docker Compose v2 (`docker compose`) or v1.
compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose -p twinchain-devnet "$@"
  elif command -v docker-compose >/dev/null 2>&1; then
    docker-compose -p twinchain-devnet "$@"
  else
    echo "devnet: Docker Compose is not installed (https://docs.docker.com/compose/install/)." >&2
    exit 2
  fi
}
