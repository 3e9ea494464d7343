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
    pub seed: u64,
    pub displacements: Vec<(u32, u32)>,
    pub slots: Vec<usize>,
}

/// The hash the generated code computes (see `runtime_support`).
pub fn hash(seed: u64, bytes: &[u8], fold_case: bool) -> u64 {
    let fold = if fold_case { FOLD } else { 0 };
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        let mask = fold >> (8 * (8 - chunk.len()));
        h = (h.rotate_left(23) ^ (u64::from_le_bytes(word) | mask)).wrapping_mul(MULTIPLIER);
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

/// Finds a perfect hash for distinct `keys` (distinct after case folding
/// if `fold_case`). `None` only if the search space is exhausted, which
/// for tables of this size does not happen in practice.
pub fn build(keys: &[&str], fold_case: bool) -> Option<PerfectHash> {
    let len = keys.len();
    if len == 0 {
        return Some(PerfectHash {
            seed: 0,
            displacements: vec![(0, 0)],
            slots: Vec::new(),
        });
    }
    let buckets = len.div_ceil(3);
    'seeds: for seed in 0..1000u64 {
        let hashes: Vec<u64> = keys
            .iter()
            .map(|key| hash(seed, key.as_bytes(), fold_case))
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
            seed,
            displacements,
            slots,
        });
    }
    None
}

/// The slot `key` would occupy; the caller compares the key stored there.
#[cfg(test)]
fn lookup(table: &PerfectHash, key: &str, fold_case: bool) -> usize {
    let h = hash(table.seed, key.as_bytes(), fold_case);
    let buckets = table.displacements.len();
    place(
        h,
        table.displacements[bucket_of(h, buckets)],
        table.slots.len().max(1),
    )
}

/// Private helpers the generated lookups call: the same hash and probe as
/// above, for the generated crate.
pub fn runtime_support() -> TokenStream {
    quote! {
        /// Hash of a lookup key; mirrors the generator's `perfect_hash::hash`.
        #[inline]
        fn __perfect_hash(seed: u64, bytes: &[u8], fold: u64) -> u64 {
            const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
            let mut h = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                h = (h.rotate_left(23) ^ (u64::from_le_bytes(word) | fold)).wrapping_mul(MULTIPLIER);
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut word = [0u8; 8];
                word[..rest.len()].copy_from_slice(rest);
                let mask = fold >> (8 * (8 - rest.len()));
                h = (h.rotate_left(23) ^ (u64::from_le_bytes(word) | mask)).wrapping_mul(MULTIPLIER);
            }
            h ^ (h >> 29)
        }

        /// The slot of `key` in a table built by the generator's `perfect_hash::build`.
        #[inline]
        fn __perfect_slot(seed: u64, displacements: &[(u32, u32)], len: usize, key: &str, fold: u64) -> usize {
            let h = __perfect_hash(seed, key.as_bytes(), fold);
            let (d1, d2) = displacements[((h >> 32) as usize) % displacements.len()];
            let (f1, f2) = (h as u32, (h >> 16) as u32);
            (d2.wrapping_add(f1.wrapping_mul(d1)).wrapping_add(f2) as usize) % len
        }
    }
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
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let table = build(&keys, false).unwrap();
        for (index, key) in keys.iter().enumerate() {
            assert_eq!(table.slots[lookup(&table, key, false)], index, "{key}");
        }
    }

    #[test]
    fn folding_makes_case_irrelevant() {
        let keys = ["No Content", "Not Found", "I'm a teapot"];
        let table = build(&keys, true).unwrap();
        for (index, key) in keys.iter().enumerate() {
            let upper = key.to_ascii_uppercase();
            assert_eq!(table.slots[lookup(&table, &upper, true)], index, "{key}");
        }
    }

    #[test]
    fn build_is_deterministic_and_handles_no_keys() {
        let keys = ["a", "bb", "ccc", "dddd", "eeeee", "ffffffffffffffffff"];
        assert_eq!(build(&keys, false), build(&keys, false));
        assert_eq!(build(&[], false).unwrap().slots.len(), 0);
    }
}
