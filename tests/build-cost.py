#!/usr/bin/env python3
"""Measures what httpstatuses costs at build time and in binary size.

Usage: python3 tests/build-cost.py [RUNS]      (default 5; medians are reported)

Generates throwaway crates under target/build-cost/ and times `cargo build`
on them. Every figure is a ratio (or difference) between builds timed in the
same run of this script, alternating between the crates compared, because
absolute times on these machines are noise. Needs the registry sources of
`http`, `serde` and `syn` (fetched on the first run, or already cached).
"""
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "build-cost"
RUNTIME = ROOT / "runtime"
CALLS = 2000


def codes():
    """The known codes, read from content/ (so this script needs no build)."""
    found = []
    for path in sorted((ROOT / "content").glob("*.md")):
        text = path.read_text(encoding="utf-8-sig")
        title = next(l[6:].strip().strip('"') for l in text.splitlines() if l.startswith("title:"))
        found.append((int(path.stem), title))
    return sorted(found)


def variant(title):
    words = "".join(c if c.isalnum() or c == "'" else " " for c in title).replace("'", "").split()
    return "".join(w[0].upper() + w[1:].lower() for w in words)


def write_crate(path, deps, main_rs, extra=""):
    (path / "src").mkdir(parents=True, exist_ok=True)
    dep_lines = "\n".join(deps)
    (path / "Cargo.toml").write_text(
        f'[package]\nname = "{path.name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{dep_lines}\n{extra}\n[workspace]\n"
    )
    (path / "src" / "main.rs").write_text(main_rs)


def cargo(path, *args, target=None, check=True):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target or path / "target"))
    env.pop("RUSTFLAGS", None)
    start = time.perf_counter()
    subprocess.run(["cargo", *args], cwd=path, env=env, check=check,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cold_build(path, *args):
    shutil.rmtree(path / "target", ignore_errors=True)
    return cargo(path, "build", "--quiet", *args)


HS = f'httpstatuses = {{ path = "{RUNTIME}" }}'
HTTP = 'http = "1"'
SERVICE = ['serde = { version = "1", features = ["derive"] }', 'syn = { version = "3", features = ["full"] }']


def macro_calls():
    """1. 2,000 `http_status!(N)` against 2,000 `StatusCode::Variant`, deps prebuilt."""
    known = codes()
    picks = [known[i % len(known)] for i in range(CALLS)]
    calls = ",\n".join(f"    httpstatuses::http_status!({code})" for code, _ in picks)
    paths = ",\n".join(f"    httpstatuses::StatusCode::{variant(title)}" for _, title in picks)
    body = "pub static ALL: [httpstatuses::StatusCode; %d] = [\n%s\n];\nfn main() { println!(\"{}\", ALL.len()); }\n"
    target = WORK / "shared-target"
    for name, items in (("calls", calls), ("paths", paths)):
        write_crate(WORK / name, [HS], body % (CALLS, items))
        cargo(WORK / name, "build", "--quiet", target=target)  # dependencies, once
    times = {"calls": [], "paths": []}
    for _ in range(RUNS):
        for name in ("calls", "paths"):
            (WORK / name / "src" / "main.rs").touch()
            times[name].append(cargo(WORK / name, "build", "--quiet", target=target))
    return statistics.median(times["calls"]), statistics.median(times["paths"])


def cold_builds(crates):
    times = {name: [] for name in crates}
    for _ in range(RUNS):
        for name in crates:
            times[name].append(cold_build(WORK / name))
    return {name: statistics.median(values) for name, values in times.items()}


def binary_sizes():
    """5. Release binary size: what using the crate adds."""
    variants = {
        "size-none": ([], 'fn main() { let c: u16 = std::env::args().count() as u16 + 203; println!("{c}"); }\n'),
        "size-title": ([HS], 'fn main() { let c = std::env::args().count() as u16 + 203;\n'
                       '    let s = httpstatuses::StatusCode::from_code(c).unwrap(); println!("{} {}", s.code(), s.title()); }\n'),
        "size-description": ([HS], 'fn main() { let c = std::env::args().count() as u16 + 203;\n'
                             '    let s = httpstatuses::StatusCode::from_code(c).unwrap(); println!("{} {}", s.title(), s.description()); }\n'),
        "size-no-descriptions": ([f'httpstatuses = {{ path = "{RUNTIME}", default-features = false }}'],
                                 'fn main() { let c = std::env::args().count() as u16 + 203;\n'
                                 '    let s = httpstatuses::StatusCode::from_code(c).unwrap(); println!("{} {}", s.code(), s.title()); }\n'),
    }
    sizes = {}
    for name, (deps, main_rs) in variants.items():
        write_crate(WORK / name, deps, main_rs, extra="\n[profile.release]\nstrip = true\n")
        cargo(WORK / name, "build", "--quiet", "--release", target=WORK / "size-target" / name)
        sizes[name] = (WORK / "size-target" / name / "release" / name).stat().st_size
    return sizes


def main():
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"# build cost, {RUNS} runs, medians\n")

    calls, paths = macro_calls()
    print(f"1. {CALLS} `http_status!` calls vs {CALLS} paths (incremental build of the crate, deps prebuilt): "
          f"{calls:.2f} s vs {paths:.2f} s = {calls / paths:.2f}x")

    main_rs = 'fn main() { println!("{}", std::env::args().count()); }\n'
    write_crate(WORK / "with-httpstatuses", [HS], main_rs)
    write_crate(WORK / "with-http", [HTTP], main_rs)
    # The YAML parser the layout prescribes for the macro, on its own.
    write_crate(WORK / "with-serde-yaml", ['serde_yaml = "0.9.34"'], main_rs)
    write_crate(WORK / "service", SERVICE, main_rs)
    write_crate(WORK / "service-httpstatuses", SERVICE + [HS], main_rs)
    write_crate(WORK / "service-http", SERVICE + [HTTP], main_rs)
    for name in ("with-http", "with-serde-yaml", "service", "service-http"):
        cargo(WORK / name, "generate-lockfile", "--quiet")
    cold = cold_builds(["with-httpstatuses", "with-http", "with-serde-yaml", "service", "service-httpstatuses", "service-http"])
    print(f"2. cold build, binary using httpstatuses vs binary using http: "
          f"{cold['with-httpstatuses']:.2f} s vs {cold['with-http']:.2f} s = "
          f"{cold['with-httpstatuses'] / cold['with-http']:.2f}x")
    print(f"   of which unavoidable with serde_yaml: a binary using only serde_yaml {cold['with-serde-yaml']:.2f} s = "
          f"{cold['with-serde-yaml'] / cold['with-http']:.2f}x the http build")
    added_hs = cold["service-httpstatuses"] - cold["service"]
    added_http = cold["service-http"] - cold["service"]
    print(f"3. cold build of a crate already using serde (derive) and syn ({cold['service']:.2f} s): "
          f"adding httpstatuses +{added_hs:.2f} s, adding http +{added_http:.2f} s "
          f"(ratio {added_hs / added_http if added_http > 0 else float('inf'):.2f}x)")

    sizes = binary_sizes()
    base = sizes["size-none"]
    print(f"5. stripped release binary: baseline {base} B; "
          f"code()+title() +{sizes['size-title'] - base} B; "
          f"with description() +{sizes['size-description'] - base} B; "
          f"code()+title() without the `descriptions` feature +{sizes['size-no-descriptions'] - base} B")


if __name__ == "__main__":
    main()
