// Two titles that make the same variant name.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("variant_collision");

fn main() {
    let _ = StatusCode::Ok;
}
