//! The library's entry point: one `Session` makes many documents in memory, the same ones the
//! command line writes.

use gutjoint::load::profile::Profile;
use gutjoint::render::PageImage;
use gutjoint::session::{DocOptions, Inputs, Session, Today};

use crate::{DATE, gutjoint};

fn options(layout: &str) -> DocOptions {
    // DATE, as a date.
    let date = time::Date::from_calendar_date(2026, time::Month::November, 26).unwrap();
    DocOptions {
        layout: layout.to_owned(),
        today: Today::Fixed(date),
        ..DocOptions::default()
    }
}

#[test]
fn a_session_renders_in_memory_what_build_writes() {
    let session = Session::load(&Inputs::default()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for layout in ["week", "cards"] {
        let document = session
            .document(&Profile::default(), &options(layout))
            .unwrap();
        let pdf = document.render().unwrap().pdf;
        let out = dir.path().join(format!("{layout}.pdf"));
        gutjoint(&["build", "--layout", layout, "--date", DATE, "-o"])
            .args(&[out.to_str().unwrap()])
            .success();
        assert!(
            std::fs::read(&out).unwrap() == pdf,
            "the session's {layout} differs from `gutjoint build --layout {layout}`"
        );
    }
}

#[test]
fn a_document_draws_its_pages_as_svg_and_png() {
    let session = Session::load(&Inputs::default()).unwrap();
    let document = session
        .document(&Profile::default(), &options("week"))
        .unwrap();
    let pages = document.render().unwrap().pages;
    let svg = document.render_pages(PageImage::Svg).unwrap();
    assert_eq!(svg.pages.len(), pages);
    assert!(String::from_utf8_lossy(&svg.pages[0]).contains("<svg"));
    let png = document
        .render_pages(PageImage::Png { pixels_per_pt: 0.5 })
        .unwrap();
    assert_eq!(png.pages.len(), pages);
    assert!(png.pages[0].starts_with(b"\x89PNG"));
}
