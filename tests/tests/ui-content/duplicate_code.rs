// Two files define code 200 (the second is also misnamed).
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("duplicate_code");

fn main() {
    let _ = StatusCode::Ok;
}
