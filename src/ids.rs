//! Stable names made from text: file names for recipes and patients, ids for pages.

/// Turns a title into a file name: lowercase letters and digits joined by hyphens.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "recipe".to_owned()
    } else {
        out
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Lentil & tomato soup!"), "lentil-tomato-soup");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("???"), "recipe");
        assert_eq!(slug(&"a".repeat(100)).len(), 60);
    }
}
