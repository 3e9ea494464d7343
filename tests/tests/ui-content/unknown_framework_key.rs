// A `references` key that frameworks.yaml does not declare.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("unknown_framework_key");

fn main() {
    let _ = StatusCode::Ok;
}
