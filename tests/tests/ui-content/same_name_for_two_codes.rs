// One framework name given to two codes.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("same_name_for_two_codes");

fn main() {
    let _ = StatusCode::Ok;
}
