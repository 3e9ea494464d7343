// A framework name that is a number.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("reference_not_text");

fn main() {
    let _ = StatusCode::Ok;
}
