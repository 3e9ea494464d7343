// CRLF line endings are accepted; the text is normalised to LF.
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("crlf_line_endings");

fn main() {
    assert_eq!(StatusCode::ALL, &[StatusCode::Ok]);
    assert_eq!(StatusCode::Ok.title(), "OK");
    assert_eq!(StatusCode::Ok.go_constant(), Some("http.StatusOK"));
    assert_eq!(StatusCode::Ok.class(), StatusClass::Success);
    assert!(StatusCode::Ok.description().starts_with("The request worked.\n\n* Source:"));
    assert!(!StatusCode::Ok.description().contains('\r'));
}
