#!/usr/bin/env python3
"""What deploy/proxy/haproxy.cfg does, tried with a real HAProxy on this machine's loopback.

Two small HTTP servers stand in for two portal instances (each answers the readiness check and tells
which instance it is and which headers it got). HAProxy runs with the unchanged configuration file, its
addresses and certificate given through its environment. Then, as a browser would:
  - plain HTTP is redirected to HTTPS; actuator endpoints other than /actuator/health answer 404,
  - the first HTTPS response sets GOSERVER (HttpOnly, Secure, SameSite=Lax), and every request with it
    reaches the same instance, which never sees that cookie,
  - the instance gets X-Forwarded-Proto https, the browser's Host as X-Forwarded-Host, the client's address
    as the last X-Forwarded-For entry, and the port it used as X-Forwarded-Port (never one a client made up),
  - when that instance dies, the same browser lands on the other one and its cookie is set anew,
  - when the first instance is back (healthy again), that browser stays where it is now.
Every address is on 127.0.0.1; the script stops everything it started. Exits with 1 on a failed check.

Usage: haproxy-behaviour.py HAPROXY_CFG TLS_PEM
"""

import http.client
import http.server
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time

config_path, certificate = sys.argv[1], sys.argv[2]
problems = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Instance:
    """A stand-in for one portal instance."""

    def __init__(self, name, port):
        self.name, self.port, self.server = name, port, None

    def start(self):
        name = self.name

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/actuator/health/readiness":
                    body = b'{"status":"UP"}'
                else:
                    body = json.dumps({"instance": name, "headers": {k.lower(): v for k, v in self.headers.items()}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(http.server.ThreadingHTTPServer):
            allow_reuse_address = True

            def handle_error(self, request, client_address):
                pass  # HAProxy's health checks hang up once they have read the status line

        self.server = Server(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def check(condition, message):
    print(f"  {'ok' if condition else 'PROBLEM'}: {message}")
    if not condition:
        problems.append(message)


def request(port, path, use_tls=True, cookie=None, headers=None):
    context = ssl._create_unverified_context()  # the throw-away certificate of this check
    connection = (http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=10) if use_tls
                  else http.client.HTTPConnection("127.0.0.1", port, timeout=10))
    all_headers = {"Host": f"go.test:{port}", **(headers or {})}
    if cookie:
        all_headers["Cookie"] = cookie
    connection.request("GET", path, headers=all_headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def served_by(response, body):
    return json.loads(body)["instance"] if response.status == 200 else None


def set_cookie(response):
    return next((v for k, v in response.getheaders() if k.lower() == "set-cookie" and v.startswith("GOSERVER=")), None)


def server_states(stats_port):
    connection = http.client.HTTPConnection("127.0.0.1", stats_port, timeout=5)
    try:
        connection.request("GET", "/;csv")
        lines = connection.getresponse().read().decode().splitlines()
    except OSError:
        return {}  # HAProxy is still starting
    finally:
        connection.close()
    header = lines[0].lstrip("# ").split(",")
    rows = [dict(zip(header, line.split(","))) for line in lines[1:] if line]
    return {row["svname"]: row["status"] for row in rows if row["pxname"] == "portals" and row["svname"].startswith("portal-")}


def wait_for(stats_port, wanted, what):
    """Waits (at most 30 s, polling) until HAProxy's health checks see the instances as wanted."""
    deadline = time.monotonic() + 30
    states = {}
    while time.monotonic() < deadline and haproxy.poll() is None:
        states = server_states(stats_port)
        if all(states.get(name, "").startswith(state) for name, state in wanted.items()):
            return True
        time.sleep(0.2)
    check(False, f"{what}: HAProxy still reports {states}")
    return False


instances = {"portal-1": Instance("portal-1", free_port()), "portal-2": Instance("portal-2", free_port())}
http_port, https_port, stats_port = free_port(), free_port(), free_port()
for instance in instances.values():
    instance.start()
environment = dict(os.environ,
                   GO_HTTP_BIND=f"127.0.0.1:{http_port}", GO_HTTPS_BIND=f"127.0.0.1:{https_port}",
                   GO_TLS_CERTIFICATE=certificate, GO_HAPROXY_STATS_BIND=f"127.0.0.1:{stats_port}",
                   GO_PORTAL_1=f"127.0.0.1:{instances['portal-1'].port}",
                   GO_PORTAL_2=f"127.0.0.1:{instances['portal-2'].port}")
haproxy = subprocess.Popen(["haproxy", "-db", "-f", config_path], env=environment,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
try:
    if not wait_for(stats_port, {"portal-1": "UP", "portal-2": "UP"}, "both instances up"):
        raise RuntimeError("HAProxy did not come up")

    print("- plain HTTP and the actuator")
    response, _ = request(http_port, "/kurse?x=1", use_tls=False)
    check(response.status == 301 and response.getheader("Location") == f"https://go.test:{http_port}/kurse?x=1",
          f"plain HTTP is redirected to HTTPS (got {response.status} {response.getheader('Location')})")
    response, _ = request(https_port, "/actuator/env")
    check(response.status == 404, f"/actuator/env answers 404 (got {response.status})")
    response, _ = request(https_port, "/actuator/health")
    check(response.status == 200, f"/actuator/health reaches an instance (got {response.status})")

    print("- sticky sessions and forwarded headers")
    response, body = request(https_port, "/", headers={"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Port": "4444",
                                                        "X-Forwarded-Proto": "http"})
    first = served_by(response, body)
    cookie = set_cookie(response)
    check(first in instances, f"the first request is served ({first})")
    check(cookie is not None and cookie.split(";")[0] == f"GOSERVER={first}",
          f"the first response names the instance in GOSERVER ({cookie})")
    attributes = {part.strip().lower() for part in (cookie or "").split(";")[1:]}
    check({"httponly", "secure", "samesite=lax"} <= attributes, f"GOSERVER is HttpOnly, Secure, SameSite=Lax ({cookie})")
    seen = json.loads(body)["headers"] if first else {}
    check(seen.get("x-forwarded-proto") == "https", f"X-Forwarded-Proto is https ({seen.get('x-forwarded-proto')})")
    check(seen.get("x-forwarded-host") == f"go.test:{https_port}", f"X-Forwarded-Host is the browser's Host ({seen.get('x-forwarded-host')})")
    check(seen.get("x-forwarded-for", "").split(",")[-1].strip() == "127.0.0.1",
          f"the last X-Forwarded-For entry is the client's address ({seen.get('x-forwarded-for')})")
    check(seen.get("x-forwarded-port") == str(https_port),
          f"X-Forwarded-Port is the port the browser used, not the one it made up ({seen.get('x-forwarded-port')})")
    route = cookie.split(";")[0] if cookie else ""
    answers = set()
    for _ in range(6):
        response, body = request(https_port, "/", cookie=f"{route}; JSESSIONID=abc")
        answers.add(served_by(response, body))
        sent = json.loads(body)["headers"].get("cookie", "") if response.status == 200 else ""
    check(answers == {first}, f"six more requests with the cookie reach the same instance ({answers})")
    check("GOSERVER" not in sent and "JSESSIONID=abc" in sent, f"the instance gets its own cookies without GOSERVER ({sent})")

    print("- failover")
    other = next(name for name in instances if name != first)
    instances[first].stop()
    wait_for(stats_port, {first: "DOWN", other: "UP"}, f"{first} down")
    response, body = request(https_port, "/", cookie=route)
    moved = served_by(response, body)
    new_cookie = set_cookie(response)
    check(moved == other, f"with {first} dead, its browser lands on {other} (got {moved}, status {response.status})")
    check(new_cookie is not None and new_cookie.split(";")[0] == f"GOSERVER={other}",
          f"and its cookie now names {other} ({new_cookie})")

    print("- the first instance returns")
    instances[first] = Instance(first, instances[first].port)
    instances[first].start()
    wait_for(stats_port, {first: "UP", other: "UP"}, f"{first} back")
    route = (new_cookie or "").split(";")[0]
    answers = set()
    for _ in range(4):
        response, body = request(https_port, "/", cookie=route)
        answers.add(served_by(response, body))
    check(answers == {other}, f"the browser that moved stays on {other} ({answers})")
except (RuntimeError, OSError, ValueError) as error:
    check(False, f"the check could not go on: {error}")
finally:
    haproxy.terminate()
    try:
        _, errors = haproxy.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        haproxy.kill()
        _, errors = haproxy.communicate()
    for instance in instances.values():
        try:
            instance.stop()
        except Exception:
            pass

if problems:
    print("  HAProxy said:\n" + "\n".join(f"    {line}" for line in (errors or "").splitlines()[-20:]))
    sys.exit(1)
