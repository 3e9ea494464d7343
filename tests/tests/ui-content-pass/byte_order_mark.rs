// A UTF-8 byte-order mark is accepted and dropped.
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("byte_order_mark");

fn main() {
    assert_eq!(StatusCode::ALL, &[StatusCode::Ok]);
    assert_eq!(StatusCode::Ok.title(), "OK");
    assert_eq!(StatusCode::Ok.go_constant(), Some("http.StatusOK"));
    assert_eq!(StatusCode::Ok.class(), StatusClass::Success);
    assert!(StatusCode::Ok.description().starts_with("The request worked.\n\n* Source:"));
    assert!(!StatusCode::Ok.description().contains('\r'));
}
