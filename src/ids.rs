//! Stable names made from text: file names for recipes and patients, ids for pages.

/// Turns a title into a file name: lowercase letters and digits joined by hyphens, other
/// scripts written in Latin letters first (`Cara Díaz` is `cara-diaz`, `味噌汁` `wei-zeng-zhi`).
/// A title with nothing left to write (`???`) gets `recipe-` and a stable id made from it, so two
/// such titles never share a file.
pub fn slug(title: &str) -> String {
    plain_slug(title).unwrap_or_else(|| format!("recipe-{:08x}", stable_hash(title) as u32))
}

/// The slug of a text in Latin letters and digits, or `None` when nothing of it can be written
/// so.
pub fn plain_slug(title: &str) -> Option<String> {
    let mut out = String::new();
    for c in deunicode::deunicode(title)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-').to_owned();
    (!out.is_empty()).then_some(out)
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
        assert_eq!(slug(&"a".repeat(100)).len(), 60);
    }

    #[test]
    fn slugs_transliterate_and_what_cannot_be_written_gets_a_stable_id() {
        assert_eq!(slug("Cara Díaz"), "cara-diaz");
        assert_eq!(slug("Crème brûlée"), "creme-brulee");
        let cjk = slug("味噌汁");
        assert!(
            !cjk.is_empty() && cjk.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{cjk}"
        );
        assert_ne!(slug("味噌汁"), slug("豆腐"));
        assert_eq!(slug("???"), slug("???"));
        assert!(slug("???").starts_with("recipe-"));
        assert_ne!(slug("???"), slug("!!!"));
    }
}
