//! Rebuilds the crate when the embedded recipes, layouts, fonts or data change: `include_dir!`
//! and `include_str!` of a folder are not tracked by cargo on their own.

fn main() {
    for dir in ["recipes", "layouts", "fonts", "data", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
