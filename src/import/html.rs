//! HTML in imported text: tags and entities as recipe sites leave them in JSON-LD strings, and the
//! JSON-LD blocks of a saved web page. Both are read with an HTML parser, never by pattern.

use scraper::{Html, Node, Selector};

/// Elements that end a line of text when they open.
const BLOCKS: &[&str] = &[
    "p", "br", "li", "div", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
];

/// The text a reader sees in a piece of HTML: tags dropped, entities decoded, a line break where
/// a paragraph, list item or `<br>` starts. Plain text comes back as it was.
pub fn text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return html.to_owned();
    }
    let fragment = Html::parse_fragment(html);
    let mut out = String::with_capacity(html.len());
    for node in fragment.root_element().descendants() {
        match node.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(element) if BLOCKS.contains(&element.name()) => out.push('\n'),
            _ => {}
        }
    }
    // Entities escaped twice ("&amp;frac12;") are common in recipe plugins' output.
    if out.contains('&') && out.contains(';') {
        out = html_escape::decode_html_entities(&out).into_owned();
    }
    out
}

/// Says whether a text looks like an HTML page rather than JSON.
pub fn is_page(text: &str) -> bool {
    let start = text.trim_start().get(..15).unwrap_or(text.trim_start());
    start.starts_with('<') && !start.starts_with("<![CDATA[")
}

/// The contents of every `<script type="application/ld+json">` block of a page, in page order.
pub fn json_ld_blocks(page: &str) -> Vec<String> {
    let document = Html::parse_document(page);
    let Ok(scripts) = Selector::parse("script") else {
        return Vec::new();
    };
    document
        .select(&scripts)
        .filter(|s| {
            s.value().attr("type").is_some_and(|t| {
                t.split(';')
                    .next()
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
            })
        })
        .map(|s| s.text().collect::<String>())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_entities_are_decoded() {
        assert_eq!(
            text("<strong>1 cup</strong> whole milk"),
            "1 cup whole milk"
        );
        assert_eq!(text("Mac &amp; cheese"), "Mac & cheese");
        assert_eq!(text("&frac12; cup"), "½ cup");
        assert_eq!(text("&amp;frac12; cup"), "½ cup");
        assert_eq!(text("Salt &#038; pepper"), "Salt & pepper");
        assert_eq!(text("<p>Stir.</p><p>Serve.</p>").trim(), "Stir.\nServe.");
        assert_eq!(text("1 < 2 & 3"), "1 < 2 & 3");
    }

    #[test]
    fn json_ld_blocks_are_found_in_a_page() {
        let page = r#"<html><head><script>var x = 1;</script>
            <script type="application/ld+json">{"@type": "Recipe"}</script>
            <script type="APPLICATION/LD+JSON; charset=utf-8">[1]</script></head><body></body></html>"#;
        assert_eq!(json_ld_blocks(page), ["{\"@type\": \"Recipe\"}", "[1]"]);
    }
}
