// A framework added in frameworks.yaml alone: its `Framework` variant, its
// `StatusCode` method and both lookups exist with no Rust change.
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("added_framework");

fn main() {
    assert_eq!(Framework::ALL, &[Framework::Go, Framework::Node]);
    assert_eq!(Framework::Node.name(), "Node.js HTTP Status Code Name");
    assert_eq!(Framework::from_name("Node.js HTTP Status Code Name"), Some(Framework::Node));
    assert_eq!(StatusCode::Ok.node_status_name(), Some("OK"));
    assert_eq!(StatusCode::Ok.reference(Framework::Node), Some("OK"));
    assert_eq!(StatusCode::from_reference(Framework::Node, "OK"), Some(StatusCode::Ok));
    assert_eq!(StatusCode::from_reference(Framework::Go, "OK"), None);
    assert_eq!(StatusCode::Ok.class(), StatusClass::Success);
}
