// Front matter and nothing else.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("empty_body");

fn main() {
    let _ = StatusCode::Ok;
}
