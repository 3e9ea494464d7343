// The seed file, byte for byte (a symlink to tests/fixtures/seed-204.md, a
// copy of shared/seed/204.md), goes through the whole pipeline.
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("seed_verbatim");

fn main() {
    assert_eq!(StatusCode::ALL, &[StatusCode::NoContent]);
    assert_eq!(StatusCode::NoContent.title(), "No Content");
    assert_eq!(StatusCode::NoContent.class(), StatusClass::Success);
    assert_eq!(StatusCode::NoContent.python3_5_constant(), Some("http.HTTPStatus.NO_CONTENT"));
    let text = StatusCode::NoContent.description();
    assert!(text.starts_with("The server has successfully fulfilled the request"));
    assert!(text.contains("explicit cache\ncontrols[^1]."));
    assert!(text.contains("[^1]: Calculating Heuristic Freshness"));
    assert!(!text.contains("<sup") && !text.contains("<span"), "raw HTML left in: {text}");
    assert_eq!(StatusCode::from_reference(Framework::Rails, ":no_content"), Some(StatusCode::NoContent));
}
