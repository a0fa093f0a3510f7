//! gutjoint turns a folder of YAML recipes and a Typst layout into a printable patient handout.
//!
//! The pipeline, one module a stage: [`catalog`] loads and checks the recipes ([`recipe`] is the
//! model, [`load`] reads YAML with located [`diag`]nostics); [`plan`] picks a week of meals;
//! [`handout`] assembles the plain data a layout receives, with tag meanings from [`nutrition`];
//! [`render`] compiles the layout in a sandboxed Typst world and exports a tagged PDF. Only
//! [`cmd`] and the binary touch the terminal, and [`serve`] the network; only [`input`] (which opens every file a user
//! names) and [`output`] (the final atomic write) touch the disk.

pub mod catalog;
pub mod cli;
pub mod clinic;
pub mod cmd;
pub mod diag;
pub mod error;
pub mod foods;
pub mod handout;
pub mod import;
pub mod ingredients;
pub mod input;
pub mod intake;
pub mod load;
pub mod nutrients;
pub mod nutrition;
pub mod output;
pub mod patients;
pub mod plan;
pub mod portions;
pub mod printed;
pub mod profile;
pub mod recipe;
pub mod references;
pub mod render;
pub mod safety;
pub mod serve;
pub mod shopping;

pub use error::Error;

/// FNV-1a over the bytes: the same number in every run and on every platform, unlike the
/// standard hasher. Names batch files and recipe page folders.
pub fn stable_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
