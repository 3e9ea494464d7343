// Files in the content directory that are not `.md` are ignored.
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("other_files_ignored");

fn main() {
    assert_eq!(StatusCode::ALL, &[StatusCode::Ok]);
    assert_eq!(StatusCode::Ok.title(), "OK");
    assert_eq!(StatusCode::Ok.go_constant(), Some("http.StatusOK"));
    assert_eq!(StatusCode::Ok.class(), StatusClass::Success);
    assert!(StatusCode::Ok.description().starts_with("The request worked.\n\n* Source:"));
    assert!(!StatusCode::Ok.description().contains('\r'));
}
