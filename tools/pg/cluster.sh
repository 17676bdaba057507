#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests (`make test-postgres`, and CI).
#
#   tools/pg/cluster.sh start   # initdb if needed, start, print the superuser URL
#   tools/pg/cluster.sh stop    # stop and delete the cluster
#   tools/pg/cluster.sh url     # the superuser URL of a running cluster
#   tools/pg/cluster.sh ca      # the server's (self-signed) certificate, for verify-full
#   tools/pg/cluster.sh kill    # stop it at once, as a crash would (start brings it back)
#
# PostgreSQL refuses to run as root, so under root (CI) the server runs as the unprivileged
# "nobody"; a developer's own account runs it directly. The cluster listens only on
# 127.0.0.1 and its own socket folder, with password (SCRAM) authentication, and lives in a
# temporary folder that `stop` removes: no test data outlives the run.
set -euo pipefail

DIR="${REKISTERI_PG_DIR:-/tmp/rekisteri-pg}"
PORT="${REKISTERI_PG_PORT:-55432}"
PASSWORD="${REKISTERI_PG_SUPERPASS:-rekisteri-test}"
URL="postgresql://postgres:${PASSWORD}@127.0.0.1:${PORT}/postgres"

bindir() {
    local found
    found="$(command -v pg_ctl || true)"
    if [ -z "$found" ]; then
        found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/pg_ctl"
    fi
    if [ ! -x "$found" ]; then
        echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
        exit 1
    fi
    dirname "$(readlink -f "$found")"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin
    bin="$(bindir)"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
        rm -rf "$DIR"
        mkdir -p "$DIR/data" "$DIR/socket"
        printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
        [ "$(id -u)" = 0 ] && chown -R nobody "$DIR"
        chmod 700 "$DIR/data"
        as_owner "$bin/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pwfile" \
            --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
            || { cat "$DIR/initdb.log" >&2; exit 1; }
        rm -f "$DIR/pwfile"
    fi
    if [ ! -f "$DIR/tls/server.crt" ]; then
        # A self-signed certificate for localhost and 127.0.0.1, so the tests connect with
        # verify-full as a real office would (the certificate is its own CA).
        mkdir -p "$DIR/tls"
        openssl req -new -x509 -days 7 -nodes -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$DIR/tls/server.key" -out "$DIR/tls/server.crt" >/dev/null 2>&1
        chmod 600 "$DIR/tls/server.key"
        [ "$(id -u)" = 0 ] && chown -R nobody "$DIR/tls"
        chmod 755 "$DIR/tls"
        chmod 644 "$DIR/tls/server.crt"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -w -t 60 -l "$DIR/server.log" \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR/socket -c fsync=off -c ssl=on -c ssl_cert_file=$DIR/tls/server.crt -c ssl_key_file=$DIR/tls/server.key" \
            start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    fi
    echo "$URL"
}

kill_now() {
    # The server dies as in a power cut (no shutdown checkpoint); `start` brings it back.
    local bin
    bin="$(bindir)"
    as_owner "$bin/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
}

stop() {
    local bin
    bin="$(bindir)"
    if [ -f "$DIR/data/PG_VERSION" ]; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) echo "$URL" ;;
    ca) echo "$DIR/tls/server.crt" ;;
    kill) kill_now ;;
    *) echo "usage: $0 start|stop|url|ca|kill" >&2; exit 2 ;;
esac
