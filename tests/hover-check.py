#!/usr/bin/env python3
"""Asks rust-analyzer what an IDE shows on hover, in throwaway consumer crates.

Usage: python3 tests/hover-check.py   (needs `rustup component add rust-analyzer`;
not run by CI, which cannot count on that component being installable)

Checks four hovers: a variant path, the number inside `http_status!(204)`,
the macro name, and the number inside a call through a renamed dependency.
Exits non-zero if any hover lacks the expected text.
"""
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "hover-check"

PLAIN = """use httpstatuses::{http_status, StatusCode};

fn main() {
    let a = StatusCode::Conflict;
    let b = http_status!(204);
    println!("{a:?}{b:?}");
}
"""
RENAMED = """fn main() {
    let c = hs::http_status!(418);
    println!("{c:?}");
}
"""
# (crate, dependency name, source, [(line, column, expected text)]), 0-based.
CASES = [
    ("plain", "httpstatuses", PLAIN, [
        (3, 26, "409 Conflict"),
        (4, 25, "204 No Content"),
        (4, 14, "# Known codes"),
    ]),
    ("renamed", "hs", RENAMED, [(1, 30, "418 I'm a teapot")]),
]


class Server:
    def __init__(self, root):
        self.process = subprocess.Popen(["rust-analyzer"], cwd=root, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.decode().strip()
                if not line:
                    break
                key, value = line.split(":", 1)
                headers[key.lower()] = value.strip()
            self.messages.put(json.loads(stream.read(int(headers["content-length"]))))

    def write(self, message):
        data = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def request(self, method, params, timeout=120):
        self.next_id += 1
        self.write({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                message = self.messages.get(timeout=1)
            except queue.Empty:
                continue
            if "method" in message and "id" in message:  # a request from the server
                self.write({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif message.get("id") == self.next_id:
                return message.get("result")
        return None

    def notify(self, method, params):
        self.write({"jsonrpc": "2.0", "method": method, "params": params})


def hover(root, source_path, line, column):
    server = Server(root)
    try:
        server.request("initialize", {"processId": None, "rootUri": root.as_uri(),
                                      "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown"]}}}})
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": source_path.as_uri(), "languageId": "rust", "version": 1, "text": source_path.read_text()}})
        for _ in range(60):  # indexing takes a while on a cold start
            result = server.request("textDocument/hover", {
                "textDocument": {"uri": source_path.as_uri()}, "position": {"line": line, "character": column}})
            if result:
                return result["contents"]["value"]
            time.sleep(2)
        return ""
    finally:
        server.process.kill()


def main():
    failures = 0
    for name, dependency, source, checks in CASES:
        crate = WORK / name
        (crate / "src").mkdir(parents=True, exist_ok=True)
        (crate / "Cargo.toml").write_text(
            f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n'
            f'{dependency} = {{ package = "httpstatuses", path = "{ROOT / "runtime"}" }}\n\n[workspace]\n')
        (crate / "src" / "main.rs").write_text(source)
        subprocess.run(["cargo", "build", "--quiet"], cwd=crate, check=True)
        for line, column, expected in checks:
            text = hover(crate, crate / "src" / "main.rs", line, column)
            ok = expected in text
            failures += not ok
            shown = source.splitlines()[line].strip()
            print(f"{'ok ' if ok else 'FAIL'} {name} {line + 1}:{column + 1} in `{shown}`: expected {expected!r}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
