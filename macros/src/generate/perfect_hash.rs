//! Compile-time perfect hashing for string lookups (framework names,
//! reason phrases): one hash of the input, one table probe, one comparison.
//!
//! The scheme is hash-and-displace: a key's hash picks a bucket, and the
//! bucket's displacement pair moves its keys to free slots. The generator
//! searches for displacements here; the generated code repeats the same
//! arithmetic in [`runtime_support`], so the two must change together (the
//! round-trip tests over every name catch any drift).

use proc_macro2::TokenStream;
use quote::quote;

const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
/// ORed into every byte when folding ASCII case; only ever applied to both
/// sides alike, so non-letters merely hash a little more alike.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// A perfect hash over `keys`: `slots[i]` is the key index stored in slot `i`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHash {
    /// Hash only the length and three 8-byte windows (first, middle, last)
    /// instead of every byte: constant time, no length-dependent loop.
    /// Used whenever those windows tell all keys apart.
    pub windowed: bool,
    pub seed: u64,
    pub displacements: Vec<(u32, u32)>,
    pub slots: Vec<usize>,
}

/// The hash the generated code computes (see `runtime_support`).
pub fn hash(seed: u64, bytes: &[u8], fold_case: bool, windowed: bool) -> u64 {
    if windowed {
        hash_windowed(seed, bytes, fold_case)
    } else {
        hash_full(seed, bytes, fold_case)
    }
}

/// Loads `bytes[at..at + 8]` (zero-padded past the end) as a little-endian
/// word, with the fold mask over the bytes actually present.
fn word(bytes: &[u8], at: usize, fold: u64) -> u64 {
    let present = bytes.len().saturating_sub(at).min(8);
    let mut word = [0u8; 8];
    word[..present].copy_from_slice(&bytes[at..at + present]);
    let mask = if present == 0 {
        0
    } else {
        fold >> (8 * (8 - present))
    };
    u64::from_le_bytes(word) | mask
}

fn mix(h: u64, word: u64) -> u64 {
    (h.rotate_left(23) ^ word).wrapping_mul(MULTIPLIER)
}

fn hash_windowed(seed: u64, bytes: &[u8], fold_case: bool) -> u64 {
    let fold = if fold_case { FOLD } else { 0 };
    let len = bytes.len();
    let mut h = seed ^ (len as u64).wrapping_mul(MULTIPLIER);
    let (first, middle, last) = if len >= 8 {
        (
            word(bytes, 0, fold),
            word(bytes, (len - 8) / 2, fold),
            word(bytes, len - 8, fold),
        )
    } else {
        (word(bytes, 0, fold), 0, 0)
    };
    h = mix(mix(mix(h, first), middle), last);
    h ^ (h >> 29)
}

fn hash_full(seed: u64, bytes: &[u8], fold_case: bool) -> u64 {
    let fold = if fold_case { FOLD } else { 0 };
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    for at in (0..bytes.len()).step_by(8) {
        h = mix(h, word(bytes, at, fold));
    }
    h ^ (h >> 29)
}

/// The slot a key's hash lands in under a bucket's displacement.
fn place(h: u64, displacement: (u32, u32), len: usize) -> usize {
    let (f1, f2) = (h as u32, (h >> 16) as u32);
    let (d1, d2) = displacement;
    (d2.wrapping_add(f1.wrapping_mul(d1)).wrapping_add(f2) as usize) % len
}

fn bucket_of(h: u64, buckets: usize) -> usize {
    ((h >> 32) as usize) % buckets
}

/// Mixed into the seed so one table can hold the same text for several
/// owners (a name in two frameworks): owner `n` hashes with `salt(n)`.
pub fn salt(owner: u64) -> u64 {
    owner.wrapping_add(1).wrapping_mul(MULTIPLIER)
}

/// Finds a perfect hash for `keys`, each `(salt, text)` and distinct (after
/// case folding if `fold_case`): windowed if the windows tell the keys
/// apart, else over every byte. `None` only if the search space is
/// exhausted, which for tables of this size does not happen in practice.
pub fn build(keys: &[(u64, &str)], fold_case: bool) -> Option<PerfectHash> {
    let fold = if fold_case { FOLD } else { 0 };
    let mut windows: Vec<(u64, usize, u64, u64, u64)> = keys
        .iter()
        .map(|(salt, key)| {
            let bytes = key.as_bytes();
            let len = bytes.len();
            let (middle, last) = if len >= 8 {
                (word(bytes, (len - 8) / 2, fold), word(bytes, len - 8, fold))
            } else {
                (0, 0)
            };
            (*salt, len, word(bytes, 0, fold), middle, last)
        })
        .collect();
    windows.sort_unstable();
    if windows.windows(2).all(|pair| pair[0] != pair[1]) {
        if let Some(table) = search(keys, fold_case, true) {
            return Some(table);
        }
    }
    search(keys, fold_case, false)
}

fn search(keys: &[(u64, &str)], fold_case: bool, windowed: bool) -> Option<PerfectHash> {
    let len = keys.len();
    if len == 0 {
        let displacements = vec![(0, 0)];
        return Some(PerfectHash {
            windowed,
            seed: 0,
            displacements,
            slots: Vec::new(),
        });
    }
    let buckets = len.div_ceil(3);
    'seeds: for seed in 0..1000u64 {
        let hashes: Vec<u64> = keys
            .iter()
            .map(|(salt, key)| hash(seed ^ salt, key.as_bytes(), fold_case, windowed))
            .collect();
        let mut by_bucket: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (index, &h) in hashes.iter().enumerate() {
            by_bucket[bucket_of(h, buckets)].push(index);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        // Largest buckets first; ties by index keep the search deterministic.
        order.sort_by_key(|&bucket| (std::cmp::Reverse(by_bucket[bucket].len()), bucket));
        let mut slots: Vec<Option<usize>> = vec![None; len];
        let mut displacements = vec![(0u32, 0u32); buckets];
        for bucket in order {
            let members = &by_bucket[bucket];
            if members.is_empty() {
                continue;
            }
            let found = (0..len as u32)
                .flat_map(|d1| (0..len as u32).map(move |d2| (d1, d2)))
                .find(|&d| {
                    let mut taken: Vec<usize> = Vec::with_capacity(members.len());
                    members.iter().all(|&key| {
                        let slot = place(hashes[key], d, len);
                        let free = slots[slot].is_none() && !taken.contains(&slot);
                        taken.push(slot);
                        free
                    })
                });
            let Some(displacement) = found else {
                continue 'seeds;
            };
            displacements[bucket] = displacement;
            for &key in members {
                slots[place(hashes[key], displacement, len)] = Some(key);
            }
        }
        let slots = slots.into_iter().collect::<Option<Vec<usize>>>()?;
        return Some(PerfectHash {
            windowed,
            seed,
            displacements,
            slots,
        });
    }
    None
}

/// The slot `key` would occupy; the caller compares the key stored there.
#[cfg(test)]
fn lookup(table: &PerfectHash, salt: u64, key: &str, fold_case: bool) -> usize {
    let h = hash(table.seed ^ salt, key.as_bytes(), fold_case, table.windowed);
    let buckets = table.displacements.len();
    place(
        h,
        table.displacements[bucket_of(h, buckets)],
        table.slots.len().max(1),
    )
}

/// Private helpers the generated lookups call: the same hashes and probe
/// as above, for the generated crate.
pub fn runtime_support() -> TokenStream {
    quote! {
        /// `bytes[at..at + 8]`, zero-padded, folded; mirrors `perfect_hash::word`.
        #[inline(always)]
        fn __perfect_word(bytes: &[u8], at: usize, fold: u64) -> u64 {
            let present = if bytes.len() > at { bytes.len() - at } else { 0 };
            let present = if present > 8 { 8 } else { present };
            let mut word = [0u8; 8];
            word[..present].copy_from_slice(&bytes[at..at + present]);
            let mask = if present == 0 { 0 } else { fold >> (8 * (8 - present)) };
            u64::from_le_bytes(word) | mask
        }

        #[inline(always)]
        fn __perfect_mix(h: u64, word: u64) -> u64 {
            (h.rotate_left(23) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        }

        /// Mirrors the generator's `perfect_hash::hash`.
        #[inline]
        fn __perfect_hash(seed: u64, bytes: &[u8], fold: u64, windowed: bool) -> u64 {
            let len = bytes.len();
            let mut h = seed ^ (len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            if windowed {
                let (first, middle, last) = if len >= 8 {
                    let mut first = [0u8; 8];
                    first.copy_from_slice(&bytes[..8]);
                    let mut middle = [0u8; 8];
                    middle.copy_from_slice(&bytes[(len - 8) / 2..(len - 8) / 2 + 8]);
                    let mut last = [0u8; 8];
                    last.copy_from_slice(&bytes[len - 8..]);
                    (
                        u64::from_le_bytes(first) | fold,
                        u64::from_le_bytes(middle) | fold,
                        u64::from_le_bytes(last) | fold,
                    )
                } else {
                    (__perfect_word(bytes, 0, fold), 0, 0)
                };
                h = __perfect_mix(__perfect_mix(__perfect_mix(h, first), middle), last);
            } else {
                let mut at = 0;
                while at < len {
                    h = __perfect_mix(h, __perfect_word(bytes, at, fold));
                    at += 8;
                }
            }
            h ^ (h >> 29)
        }

        /// The slot of `key` in a table built by the generator's `perfect_hash::build`.
        #[inline]
        fn __perfect_slot(seed: u64, displacements: &[(u32, u32)], len: usize, key: &str, fold: u64, windowed: bool) -> usize {
            let h = __perfect_hash(seed, key.as_bytes(), fold, windowed);
            let (d1, d2) = displacements[((h >> 32) as usize) % displacements.len()];
            let (f1, f2) = (h as u32, (h >> 16) as u32);
            (d2.wrapping_add(f1.wrapping_mul(d1)).wrapping_add(f2) as usize) % len
        }
    }
}

/// The generated statics for `table`, and the expression for the slot index
/// of `key` (a `&str` expression) when hashed with `seed_expr ^ table seed`.
/// `entries[i]` is the slot value for key `i`, of type `slot_type`.
pub fn emit(
    table: &PerfectHash,
    slot_type: TokenStream,
    entries: &[TokenStream],
    salt: TokenStream,
    key: TokenStream,
    fold_case: bool,
) -> (TokenStream, TokenStream) {
    let (seed, windowed, len) = (table.seed, table.windowed, table.slots.len());
    let displacements = table
        .displacements
        .iter()
        .map(|(d1, d2)| quote!((#d1, #d2)));
    let slots = table.slots.iter().map(|&index| &entries[index]);
    let fold = fold_mask(fold_case);
    let statics = quote! {
        static DISPLACEMENTS: &[(u32, u32)] = &[#(#displacements),*];
        static SLOTS: [#slot_type; #len] = [#(#slots),*];
    };
    let slot =
        quote!(SLOTS[__perfect_slot(#seed ^ #salt, DISPLACEMENTS, #len, #key, #fold, #windowed)]);
    (statics, slot)
}

/// What to emit if `build` ever fails: a clear error, not a wrong table.
pub fn no_table_error(keys: usize) -> TokenStream {
    let message =
        format!("httpstatuses: found no perfect hash for {keys} keys; please report this");
    quote!(::core::compile_error!(#message))
}

/// The fold mask literal for generated calls.
pub fn fold_mask(fold_case: bool) -> u64 {
    if fold_case {
        FOLD
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_lands_in_its_own_slot() {
        let keys: Vec<String> = (100..600)
            .map(|code| format!("http.Status{code}"))
            .collect();
        // The same texts under two owners, as one name in two frameworks.
        let keys: Vec<(u64, &str)> = [salt(0), salt(1)]
            .iter()
            .flat_map(|&salt| keys.iter().map(move |key| (salt, key.as_str())))
            .collect();
        let table = build(&keys, false).unwrap();
        for (index, (salt, key)) in keys.iter().enumerate() {
            assert_eq!(
                table.slots[lookup(&table, *salt, key, false)],
                index,
                "{key}"
            );
        }
    }

    #[test]
    fn folding_makes_case_irrelevant() {
        let keys = [(0, "No Content"), (0, "Not Found"), (0, "I'm a teapot")];
        let table = build(&keys, true).unwrap();
        for (index, (_, key)) in keys.iter().enumerate() {
            let upper = key.to_ascii_uppercase();
            assert_eq!(table.slots[lookup(&table, 0, &upper, true)], index, "{key}");
        }
    }

    #[test]
    fn build_is_deterministic_and_handles_no_keys() {
        let keys = [
            (0, "a"),
            (0, "bb"),
            (0, "ccc"),
            (0, "dddd"),
            (0, "ffffffffffffffffff"),
        ];
        assert_eq!(build(&keys, false), build(&keys, false));
        assert_eq!(build(&[], false).unwrap().slots.len(), 0);
    }
}

#[cfg(test)]
mod mode_tests {
    use super::*;

    #[test]
    fn keys_the_windows_cannot_tell_apart_fall_back_to_the_full_hash() {
        // Same length, same first, middle and last 8 bytes.
        let keys = [
            (0, "Response::A_HTTP_xxxxxxxxxxxxx_TIMEOUT"),
            (0, "Response::B_HTTP_xxxxxxxxxxxxx_TIMEOUT"),
        ];
        let table = build(&keys, false).unwrap();
        assert!(!table.windowed);
        for (index, (salt, key)) in keys.iter().enumerate() {
            assert_eq!(table.slots[lookup(&table, *salt, key, false)], index);
        }
        let distinct = [(0, "http.StatusOK"), (0, "http.StatusCreated"), (0, ":ok")];
        assert!(build(&distinct, false).unwrap().windowed);
    }
}
