// `references` is a list.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("references_not_a_mapping");

fn main() {
    let _ = StatusCode::Ok;
}
