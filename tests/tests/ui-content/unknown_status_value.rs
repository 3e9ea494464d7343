// A `status` outside the accepted values.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("unknown_status_value");

fn main() {
    let _ = StatusCode::Ok;
}
