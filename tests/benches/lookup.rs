//! Lookup speed against baselines measured in the same run.
//!
//! `cargo bench -p httpstatuses-tests --bench lookup`; `tests/bench-ratios.py`
//! runs it and prints each benchmark as a ratio to its baseline. Every
//! benchmark walks the same fixed batch of inputs, so medians compare.

use divan::{black_box, Bencher};
use httpstatuses::{Framework, StatusCode};
use std::collections::HashMap;

fn main() {
    divan::main();
}

/// Deterministic pseudo-random numbers (a 64-bit LCG), so every run and
/// every benchmark sees the same inputs.
fn pseudo_random(count: usize, seed: u64) -> impl Iterator<Item = u64> {
    let mut state = seed;
    (0..count).map(move |_| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state >> 33
    })
}

/// 1,024 codes from 100 to 599, about 13% of them known.
fn codes() -> Vec<u16> {
    pseudo_random(1024, 1)
        .map(|n| 100 + (n % 500) as u16)
        .collect()
}

/// The physical floor: one array read per code.
const REASONS: [Option<&str>; 600] = {
    let mut table = [None; 600];
    let mut index = 0;
    while index < StatusCode::ALL.len() {
        let status = StatusCode::ALL[index];
        table[status.code() as usize] = Some(status.title());
        index += 1;
    }
    table
};

#[divan::bench]
fn code_title_static_array(bencher: Bencher) {
    let codes = codes();
    bencher.bench_local(|| {
        let mut total = 0;
        for &code in black_box(&codes) {
            total += REASONS
                .get(usize::from(code))
                .copied()
                .flatten()
                .map_or(0, str::len);
        }
        total
    });
}

#[divan::bench]
fn code_title_http_crate(bencher: Bencher) {
    let codes = codes();
    bencher.bench_local(|| {
        let mut total = 0;
        for &code in black_box(&codes) {
            let reason = http::StatusCode::from_u16(code)
                .ok()
                .and_then(|s| s.canonical_reason());
            total += reason.map_or(0, str::len);
        }
        total
    });
}

#[divan::bench]
fn code_title_ours(bencher: Bencher) {
    let codes = codes();
    bencher.bench_local(|| {
        let mut total = 0;
        for &code in black_box(&codes) {
            total += StatusCode::from_code(code).map_or(0, |s| s.title().len());
        }
        total
    });
}

#[divan::bench]
fn code_description_ours(bencher: Bencher) {
    let codes = codes();
    bencher.bench_local(|| {
        let mut total = 0;
        for &code in black_box(&codes) {
            total += StatusCode::from_code(code).map_or(0, |s| s.description().len());
        }
        total
    });
}

/// 1,024 `(framework, name)` pairs: known names and near misses, half each.
fn names() -> Vec<(Framework, String)> {
    let known: Vec<(Framework, &str)> = Framework::ALL
        .iter()
        .flat_map(|&f| {
            StatusCode::ALL
                .iter()
                .filter_map(move |s| Some((f, s.reference(f)?)))
        })
        .collect();
    pseudo_random(1024, 2)
        .map(|n| {
            let (framework, name) = known[(n as usize / 2) % known.len()];
            if n % 2 == 0 {
                (framework, name.to_owned())
            } else {
                (framework, format!("{name}X"))
            }
        })
        .collect()
}

#[divan::bench]
fn reference_hash_map(bencher: Bencher) {
    let names = names();
    // Built at start-up, as a hand-written reverse table would be.
    let maps: Vec<HashMap<&str, u16>> = Framework::ALL
        .iter()
        .map(|&f| {
            StatusCode::ALL
                .iter()
                .filter_map(|s| Some((s.reference(f)?, s.code())))
                .collect()
        })
        .collect();
    bencher.bench_local(|| {
        let mut total = 0u32;
        for (framework, name) in black_box(&names) {
            let index = Framework::ALL
                .iter()
                .position(|f| f == framework)
                .unwrap_or(0);
            total += maps[index]
                .get(name.as_str())
                .map_or(0, |&code| u32::from(code));
        }
        total
    });
}

#[divan::bench]
fn reference_ours(bencher: Bencher) {
    let names = names();
    bencher.bench_local(|| {
        let mut total = 0u32;
        for (framework, name) in black_box(&names) {
            total +=
                StatusCode::from_reference(*framework, name).map_or(0, |s| u32::from(s.code()));
        }
        total
    });
}

/// Status texts in every accepted form, plus unknown and malformed ones.
fn texts() -> Vec<String> {
    pseudo_random(1024, 3)
        .map(|n| {
            let status = StatusCode::ALL[(n as usize / 5) % StatusCode::ALL.len()];
            match n % 5 {
                0 => status.code().to_string(),
                1 => status.to_string(),
                2 => status.title().to_ascii_lowercase(),
                3 => format!("{}", 100 + (n / 7) % 500),
                _ => format!("{} Nope", status.title()),
            }
        })
        .collect()
}

#[divan::bench]
fn from_str_ours(bencher: Bencher) {
    let texts = texts();
    bencher.bench_local(|| {
        let mut total = 0u32;
        for text in black_box(&texts) {
            total += text
                .parse::<StatusCode>()
                .map_or(0, |s| u32::from(s.code()));
        }
        total
    });
}

/// Framework keys and near misses.
fn framework_names() -> Vec<String> {
    pseudo_random(1024, 4)
        .map(|n| {
            let name = Framework::ALL[(n as usize / 2) % Framework::ALL.len()].name();
            if n % 2 == 0 {
                name.to_owned()
            } else {
                name.to_ascii_lowercase()
            }
        })
        .collect()
}

#[divan::bench]
fn framework_from_name_ours(bencher: Bencher) {
    let names = framework_names();
    bencher.bench_local(|| {
        let mut total = 0;
        for name in black_box(&names) {
            total += Framework::from_name(name).map_or(0, |f| f.name().len());
        }
        total
    });
}

#[divan::bench]
fn reference_loop_floor(bencher: Bencher) {
    let names = names();
    bencher.bench_local(|| {
        let mut total = 0u32;
        for (framework, name) in black_box(&names) {
            total += u32::from(*black_box(framework) as u8)
                + name.len() as u32
                + u32::from(name.as_bytes()[name.len() / 2]);
        }
        total
    });
}
